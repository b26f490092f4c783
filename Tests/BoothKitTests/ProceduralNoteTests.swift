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
    ])
    func recordsInTheOtherOfficialLanguages(line: String, kind: ProceduralNote.Kind) throws {
        let parsed = try transcript("Chair: We shall now close.\n\n\(line)\n")
        #expect(parsed.notes.map(\.kind) == [kind])
        #expect(parsed.notes.map { parsed.text(in: $0.range) } == [line])
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == ["We shall now close."])
    }

    /// Speech that opens with a note's words, but is no note: no time after "at", more than the phrase.
    @Test(arguments: [
        "The meeting was suspended at the request of my delegation, and we regret it.",
        "The agenda was adopted by consensus last week, and we welcome it.",
        "The meeting rose at a time when the region was burning, and the Council did nothing about it for 13 days.",
        "In favour: that is what my delegation voted, for the reasons I gave.",
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

    @Test func voteListsNeedTheirOpening() {
        let vocabulary = ProceduralNoteVocabulary.bundled
        let text = Array("In favour:\nAgainst: Russian Federation\nAgainst all odds, we won.".utf8)
        let lines = Lines(bytes: text).filter { !$0.isEmpty }
        #expect(lines.map { vocabulary.opensVoteList($0, in: text) } == [true, true, false])
    }
}
