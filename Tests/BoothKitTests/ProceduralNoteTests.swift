import Testing
import TestSupport
@testable import BoothKit

/// A meeting record's procedural notes (the UN's verbatim records set them in italics, which plain text
/// loses) are nobody's speech.
@Suite struct ProceduralNoteTests {
    static let record = """
        Security Council
        9000th meeting

        The meeting was called to order at 10.05 a.m.

        Adoption of the agenda

        The agenda was adopted.

        The President (spoke in French): I shall now put the draft resolution to the vote.

        A vote was taken by show of hands.

        In favour:
        Albania, Brazil, Ecuador, France, Gabon, Ghana, Japan, Malta

        Against:
        Russian Federation

        Abstaining:
        China

        The President (spoke in French): The draft resolution received 8 votes in favour.

        The meeting was suspended at 11.30 a.m. and resumed at 11.45 a.m.

        Mr. Nebenzia (Russian Federation) (spoke in Russian): We regret the outcome.

        The meeting rose at 1.15 p.m.
        """

    @Test func notesAreInNoTurn() throws {
        let parsed = try transcript(Self.record)
        #expect(parsed.notes.map(\.kind) == [.opening, .agenda, .vote, .suspension, .closing])
        #expect(parsed.notes.map { parsed.text(in: $0.range) }.first == "The meeting was called to order at 10.05 a.m.")
        #expect(parsed.notes.map { parsed.text(in: $0.range) }.last == "The meeting rose at 1.15 p.m.")
        // The vote's note holds its record, up to the next label.
        let vote = parsed.text(in: parsed.notes[2].range)
        #expect(vote.hasPrefix("A vote was taken by show of hands.\n"))
        #expect(vote.hasSuffix("Abstaining:\nChina"))
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "PRESIDENT", "NEBENZIA"])
        let sentences = parsed.turns.map { turn in turn.sentences.map { parsed.text(in: $0.range) } }
        #expect(sentences == [["I shall now put the draft resolution to the vote."],
                              ["The draft resolution received 8 votes in favour."],
                              ["We regret the outcome."]])
        // Before the first label, a note is no header line either.
        #expect(!parsed.header.other.contains { $0.text.contains("called to order") })
        #expect(!(parsed.header.place ?? "").contains("called to order"))
        // Spans point into the original.
        let closing = parsed.originalRange(of: parsed.notes[4].range)
        #expect(parsed.source.text(in: closing) == "The meeting rose at 1.15 p.m.")
    }

    /// An agenda item is short and does not end as a sentence: layout repair would join the note after it.
    @Test func aNoteIsNeverJoinedToTheLineBefore() throws {
        let parsed = try transcript("""
            Maintenance of international peace and security

            The meeting was called to order at 10.05 a.m.

            The President: I welcome the Secretary-General.
            """)
        #expect(parsed.notes.map { parsed.text(in: $0.range) } == ["The meeting was called to order at 10.05 a.m."])
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT"])
    }

    @Test(arguments: [
        ("Заседание закрывается в 13 ч. 15 м.", ProceduralNote.Kind.closing),
        ("Заседание открывается в 10 ч. 05 м.", .opening),
        ("Повестка дня утверждается.", .agenda),
        ("La séance est levée à 13 h 15.", .closing),
        ("L'ordre du jour est adopté.", .agenda),
        ("Se levanta la sesión a las 13.15 horas.", .closing),
        ("Se procede a votar a mano alzada.", .vote),
        ("下午1时15分散会。", .closing),
        ("上午１０时０５分开会。", .opening),
        ("It was so decided.", .decision),
        ("(The sitting closed at 23.00)", .closing),
        // The General Assembly records each text adopted with the number it was given.
        ("Draft resolution A/78/L.5 was adopted (resolution 78/3).", .decision),
        ("Draft resolution I was adopted by 120 votes to 14, with 32 abstentions (resolution 78/101).", .decision),
        ("Проект резолюции A/78/L.5 принимается (резолюция 78/3).", .decision),
        ("Le projet de résolution A/78/L.5 est adopté (résolution 78/3).", .decision),
        ("Queda aprobado el proyecto de resolución A/78/L.5 (resolución 78/3).", .decision),
        ("决议草案A/78/L.5获得通过（第78/3号决议）。", .decision),
        // Who takes the chair, in the UN's records.
        ("In the absence of the President, Mr. Kelly (Ireland), Vice-President, took the Chair.", .chair),
        ("Mr. De la Fuente Ramírez (Mexico), Vice-President, took the Chair.", .chair),
        ("The President returned to the Chair.", .chair),
        ("В отсутствие Председателя место Председателя занимает заместитель Председателя г-н Келли (Ирландия).", .chair),
        ("En l’absence du Président, M. Kelly (Irlande), Vice-Président, assume la présidence.", .chair),
        ("El Presidente vuelve a ocupar la Presidencia.", .chair),
        // The European Parliament's: when an item is voted on, where the results are, the end of a debate.
        ("Vote: Thursday, 14 September 2023.", .vote),
        ("Vote: see Minutes.", .vote),
        ("(For the results of the vote and other details: see Minutes)", .vote),
        ("(The debate closed)", .debate),
        ("(The sitting resumed at 15.00)", .opening),
        ("(The order of business was thus established)", .agenda),
        ("(Parliament approved the request)", .decision),
    ])
    func recordsInTheOtherOfficialLanguages(line: String, kind: ProceduralNote.Kind) throws {
        let parsed = try transcript("Chair: We shall now close.\n\n\(line)\n")
        #expect(parsed.notes.map(\.kind) == [kind])
        #expect(parsed.notes.map { parsed.text(in: $0.range) } == [line])
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == ["We shall now close."])
    }

    /// Speech that opens with a note's words, but is no note: no time after "at", more than the phrase, no
    /// adopted text's number.
    @Test(arguments: [
        "The meeting was suspended at the request of my delegation, and we regret it.",
        "The agenda was adopted by consensus last week, and we welcome it.",
        "The meeting rose at a time when the region was burning, and the Council did nothing about it for 13 days.",
        "In favour: that is what my delegation voted, for the reasons I gave.",
        "Draft resolution A/78/L.5 was adopted last year, and we welcome it.",
        "In 2019 Ireland, Vice-President, took the Chair of the working group, and we thank it.",
        "The President returned to the Chair, and we resumed our work on the draft text.",
    ])
    func speechWithANotesWordsStaysSpeech(line: String) throws {
        let parsed = try transcript("Chair: We shall now close.\n\n\(line)\n")
        #expect(parsed.notes.isEmpty)
        #expect(parsed.turns[0].sentences.count == 2)
    }

    /// The General Assembly's records head each agenda item by its number: before the first label an item of
    /// the header's agenda (with the title after it), among the speech a section heading.
    @Test func agendaItemsByNumberAreHeadings() throws {
        let parsed = try transcript("""
            General Assembly
            12th plenary meeting

            Agenda item 8 (continued)

            General debate

            The President: I now give the floor to the Minister.

            Agenda item 73 (continued)

            The President: The Assembly will now take a decision.

            Point 5 of the agreement

            Point 5 of the agreement says we must act.
            """)
        #expect(parsed.header.agenda.map(\.text) == ["Agenda item 8 (continued)", "General debate"])
        #expect(parsed.headings.map { parsed.text(in: $0) } == ["Agenda item 73 (continued)"])
        let sentences = parsed.turns.flatMap { turn in turn.sentences.map { parsed.text(in: $0.range) } }
        // A line that names a point without its number-and-heading shape stays speech.
        #expect(sentences == ["I now give the floor to the Minister.", "The Assembly will now take a decision.",
                              "Point 5 of the agreement", "Point 5 of the agreement says we must act."])
        let russian = try transcript("Председатель: Спасибо.\n\nПункт 73 повестки дня (продолжение)\n\nПредседатель: Слово предоставляется представителю.\n")
        #expect(russian.headings.map { russian.text(in: $0) } == ["Пункт 73 повестки дня (продолжение)"])
    }

    /// The European Parliament's verbatim report: numbered item headings, "(debate)" or an item every
    /// sitting has, are headings; "(The sitting opened at 9.00)" a note.
    @Test func europeanParliamentReport() throws {
        let parsed = try transcript("""
            1. Opening of the sitting

            (The sitting opened at 9.00)

            3. Situation in Belarus (debate)

            President. – The next item is the debate on the situation in Belarus.

            Manfred Weber, on behalf of the PPE Group. – (DE) Madam President, we stand with the people.

            (Applause)

            4. Voting time

            President. – The next item is the vote.

            5. Our three priorities

            (The sitting closed at 23.00)
            """)
        #expect(parsed.header.agenda.map(\.text) == ["1. Opening of the sitting", "3. Situation in Belarus (debate)"])
        #expect(parsed.headings.map { parsed.text(in: $0) } == ["4. Voting time"])
        #expect(parsed.notes.map(\.kind) == [.opening, .closing])
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "WEBER", "PRESIDENT"])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["Madam President, we stand with the people.", "(Applause)"])
        // A numbered line of another title is the speaker's.
        #expect(parsed.turns[2].sentences.map { parsed.text(in: $0.range) }.last == "Our three priorities")
    }

    /// The UN's Chinese records: labels with the delegation and the language spoken in full-width
    /// parentheses, no space before them; an honorific after the name is no part of the id.
    @Test func chineseVerbatimRecord() throws {
        let parsed = try transcript("""
            上午10时05分开会。

            主席（以法语发言）：我感谢秘书长的通报。

            涅边贾先生（俄罗斯联邦）（以俄语发言）：我们认真听取了秘书长的发言。

            托马斯-格林菲尔德女士（美利坚合众国）（以英语发言）：谢谢主席先生。

            张军先生（中国）：中国支持秘书长的努力。

            下午1时15分散会。
            """)
        #expect(parsed.notes.map(\.kind) == [.opening, .closing])
        #expect(parsed.turns.map(\.speakerID) == ["主席", "涅边贾", "托马斯-格林菲尔德", "张军"])
        #expect(parsed.turns.map(\.spokenLanguage) == ["fr", "ru", "en", nil])
        #expect(parsed.turns.map(\.mode) == [.interpreted, .interpreted, .interpreted, .original])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["我们认真听取了秘书长的发言。"])
        // The label with its asides is the label's span.
        let label = try #require(parsed.turns[1].labelRange)
        #expect(parsed.text(in: label) == "涅边贾先生（俄罗斯联邦）（以俄语发言）：")
        // Prose with a bracket before a colon is no label: the words before must be a label's.
        let prose = try transcript("毛宁：谢谢。\n\n他说（据报道）：我们反对。\n\n据有关方面透露的消息（新华社）：我们反对。\n")
        #expect(prose.turns.map(\.speakerID) == ["毛宁"])
    }

    /// The UN's Arabic records: a label is an honorific or a title and a name, or a name with asides;
    /// the id the name after the honorific, whole; prose before a colon stays prose.
    @Test func arabicVerbatimRecord() throws {
        let parsed = try transcript("""
            افتتحت الجلسة الساعة 10/05.

            الرئيس (تكلم بالفرنسية): أشكر الأمين العام على إحاطته.

            السيد نيبينزيا (الاتحاد الروسي) (تكلم بالروسية): لقد استمعنا باهتمام إلى الأمين العام.

            السيدة توماس - غرينفيلد (الولايات المتحدة الأمريكية) (تكلمت بالإنكليزية): شكرا سيدي الرئيس.

            السيد تشانغ جون (الصين): تؤيد الصين جهود الأمين العام.

            قال الوزير: إننا نرفض ذلك.

            في هذا السياق: نحن نؤيد القرار.

            رفعت الجلسة الساعة 13/15.
            """)
        #expect(parsed.notes.map(\.kind) == [.opening, .closing])
        #expect(parsed.turns.map(\.speakerID) == ["الرئيس", "نيبينزيا", "توماس-غرينفيلد", "تشانغ جون"])
        #expect(parsed.turns.map(\.spokenLanguage) == ["fr", "ru", "en", nil])
        #expect(parsed.turns.allSatisfy { $0.language == "ar" })
        // "The minister said:" and "In this context:" are the Chinese delegate's turn going on.
        #expect(parsed.turns[3].sentences.count == 3)
        let question = try transcript("سؤال: هل ستحضرون القمة؟\n\nالمتحدث الرسمي: نعم.\n")
        #expect(question.turns.map(\.speakerID) == ["سؤال", "المتحدث الرسمي"])
        // A title, then a name: the name is the id, the title the role (the id was the label whole). The
        // title goes on over the words with the article and "باسم" (on behalf of), "وزارة" (ministry).
        let titled = try transcript("وزير الخارجية سيرغي لافروف: شكرا.\n\nالمتحدث باسم وزارة الخارجية ماريا زاخاروفا: نعم.\n\nوزير الخارجية: نعم.\n")
        #expect(titled.turns.map(\.speakerID) == ["سيرغي لافروف", "ماريا زاخاروفا", "وزير الخارجية"])
        #expect(titled.turns.map { $0.speaker?.role } == ["وزير الخارجية", "المتحدث باسم وزارة الخارجية", nil])
        // "؟" ends a sentence: a last line ending with it is speech, not a related article's title.
        let last = try transcript("المتحدث الرسمي: نعم.\n\nهل هذا صحيح؟\n")
        #expect(last.turns[0].sentences.map { last.text(in: $0.range) } == ["نعم.", "هل هذا صحيح؟"] && last.trailer.isEmpty)
        // Events in Arabic: inaudible, laughter.
        let events = try transcript("سؤال: هل (غير مسموع) القمة؟ (ضحك)\n")
        #expect(events.markers.map(\.kind) == [.inaudible, .laughter])
    }

    @Test func voteListsNeedTheirOpening() {
        let vocabulary = ProceduralNoteVocabulary.bundled
        let text = Array("In favour:\nAgainst: Russian Federation\nAgainst all odds, we won.".utf8)
        let lines = Lines(bytes: text).filter { !$0.isEmpty }
        #expect(lines.map { vocabulary.opensVoteList($0, in: text) } == [true, true, false])
    }

    /// What a note's phrase leaves is its detail: the time, the adopted document, who takes the chair.
    @Test(arguments: [
        ("The meeting rose at 1.15 p.m.", "1.15 p.m."),
        ("Заседание закрывается в 13 ч. 15 м.", "13 ч. 15 м."),
        ("Se levanta la sesión a las 13.15 horas.", "13.15 horas"),
        ("(The sitting closed at 23.00)", "23.00"),
        ("下午1时15分散会。", "下午1时15分"),
        ("Draft resolution A/78/L.5 was adopted (resolution 78/3).", "A/78/L.5"),
        ("In the absence of the President, Mr. Kelly (Ireland), Vice-President, took the Chair.", "Mr. Kelly (Ireland)"),
        ("Mr. De la Fuente Ramírez (Mexico), Vice-President, took the Chair.", "Mr. De la Fuente Ramírez (Mexico)"),
        ("The President returned to the Chair.", nil),
    ] as [(String, String?)])
    func aNotesDetail(line: String, detail: String?) throws {
        let parsed = try transcript("Chair: We shall now close.\n\n\(line)\n")
        #expect(parsed.notes.map { $0.detail.map(parsed.text(in:)) } == [detail])
    }

    /// The European Parliament's "IN THE CHAIR: ROBERTA METSOLA" reads as a label ("IN THE CHAIR:") and is
    /// a note: who presides from there on, her title on the next line. Before, it was a turn of "CHAIR"
    /// saying "ROBERTA METSOLA" and "President".
    @Test func theEuropeanParliamentsChairIsANote() throws {
        let parsed = try transcript("""
            IN THE CHAIR: ROBERTA METSOLA
            President

            (The sitting opened at 9.00)

            President. – The next item is the debate on the situation in Belarus.

            Manfred Weber, on behalf of the PPE Group. – (DE) Madam President, we stand with the people of Belarus.

            Vote: Thursday, 14 September 2023.

            IN THE CHAIR: PINA PICIERNO
            Vice-President

            President. – The next item is the vote.
            """)
        #expect(parsed.notes.map(\.kind) == [.chair, .opening, .vote, .chair])
        #expect(parsed.notes.map { parsed.text(in: $0.range) }.first == "IN THE CHAIR: ROBERTA METSOLA\nPresident")
        #expect(parsed.notes.compactMap { $0.detail.map(parsed.text(in:)) } == ["ROBERTA METSOLA", "9.00", "Thursday, 14 September 2023", "PINA PICIERNO"])
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "WEBER", "PRESIDENT"])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["Madam President, we stand with the people of Belarus."])
        #expect(parsed.header.participants.isEmpty && parsed.header.other.isEmpty)
        // "President. –" is whoever holds the chair.
        #expect(parsed.turns.map { $0.presiding.map(parsed.text(in:)) } == ["ROBERTA METSOLA", nil, "PINA PICIERNO"])
    }

    /// The Parliament's French report: "PRÉSIDENCE:" and the title in lower case after the hyphen.
    @Test func theEuropeanParliamentsChairInFrench() throws {
        let parsed = try transcript("""
            PRÉSIDENCE: ROBERTA METSOLA
            Présidente

            La Présidente. – L’ordre du jour appelle le débat.

            Manfred Weber, au nom du groupe PPE. – (DE) Madame la Présidente, nous sommes aux côtés du peuple biélorusse.

            PRÉSIDENCE: PINA PICIERNO
            Vice-présidente

            La Présidente. – Le débat est clos.
            """)
        #expect(parsed.notes.map { parsed.text(in: $0.range) } == ["PRÉSIDENCE: ROBERTA METSOLA\nPrésidente", "PRÉSIDENCE: PINA PICIERNO\nVice-présidente"])
        #expect(parsed.turns.map { $0.presiding.map(parsed.text(in:)) } == ["ROBERTA METSOLA", nil, "PINA PICIERNO"])
        #expect(parsed.turns[1].sentences.count == 1)
    }

    /// The General Assembly's Acting President is the Vice-President the note names, until the President
    /// returns to the chair.
    @Test func whoPresidesInTheGeneralAssembly() throws {
        let parsed = try transcript("""
            The President: I give the floor to the representative of Brazil.

            Mr. Costa Filho (Brazil): Brazil supports the draft resolution.

            In the absence of the President, Mr. Kelly (Ireland), Vice-President, took the Chair.

            The Acting President: I now give the floor to the representative of Mexico.

            Mr. De la Fuente Ramírez (Mexico) (spoke in Spanish): Mexico will vote in favour.

            The Acting President: I thank the representative of Mexico.

            The President returned to the Chair.

            The President: We have heard the last speaker.
            """)
        #expect(parsed.notes.map(\.kind) == [.chair, .chair])
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "COSTA FILHO", "ACTING PRESIDENT", "DE LA FUENTE RAMÍREZ",
                                                  "ACTING PRESIDENT", "PRESIDENT"])
        #expect(parsed.turns.map { $0.presiding.map(parsed.text(in:)) } == [nil, nil, "Mr. Kelly (Ireland)", nil, "Mr. Kelly (Ireland)", nil])
        // The notes were the last words of the turns before them.
        #expect(parsed.turns.map(\.sentences.count) == [1, 1, 1, 1, 1, 1])
    }
}
