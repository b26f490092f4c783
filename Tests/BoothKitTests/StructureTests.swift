import Testing
import TestSupport
@testable import BoothKit

func transcript(_ text: String, language: String? = nil) throws -> Transcript {
    try TranscriptParser(options: .init(language: language)).parse(try normalized(text))
}

func transcript(file: String) throws -> Transcript {
    try TranscriptParser().parse(try Normalizer().normalize(Fixtures.source(file)))
}

@Suite struct TranscriptOnCorporaTests {
    @Test func genevaHasHeaderAndTwoTurns() throws {
        let geneva = try transcript(file: Fixtures.geneva)
        #expect(geneva.header.isoDate == "2022-01-21")
        #expect(geneva.header.place == "Hotel Wilson, Geneva, Switzerland")
        #expect(geneva.header.genre?.text == "Remarks")
        #expect(geneva.header.bylines.map(\.text) == ["Antony J. Blinken, Secretary of State"])
        #expect(geneva.header.title?.text.hasPrefix("Secretary Antony J. Blinken And Russian Foreign Minister Sergey Lavrov") == true)
        #expect(geneva.turns.map(\.speakerID) == ["LAVROV", "BLINKEN"])
        #expect(geneva.turns.map(\.label?.role) == ["FOREIGN MINISTER", "SECRETARY"])
        #expect(geneva.turns.map(\.mode) == [.interpreted, .original])
        #expect(geneva.turns[0].deliveryMarkers.map(\.kind) == [.delivery])
        // The label as written: the original's emphasis is not part of it.
        let label = try #require(geneva.turns[0].labelRange)
        #expect(geneva.source.text(in: geneva.originalRange(of: label)) == "FOREIGN MINISTER LAVROV:")
    }

    /// The same header copied from a browser as plain text: no emphasis around the byline, and a place
    /// ending in an abbreviation; a site's navigation before the title is chrome (a link, or Russian
    /// sites' breadcrumbs and menu items).
    @Test func aPlainTextHeaderHasItsBylineAndPlace() throws {
        let parsed = try transcript("""
            https://www.state.gov/secretary-blinkens-remarks-to-the-press/

            Secretary Blinken's Remarks to the Press

            Remarks

            Ned Price, Department Spokesperson

            Washington, D.C.

            March 1, 2026

            SECRETARY BLINKEN: Good morning.
            """)
        #expect(parsed.header.title?.text == "Secretary Blinken's Remarks to the Press")
        #expect(parsed.header.bylines.map(\.text) == ["Ned Price, Department Spokesperson"])
        #expect(parsed.header.place == "Washington, D.C.")
        #expect(parsed.header.isoDate == "2026-03-01")
        // Places and bylines apart, either way round.
        let parser = HeaderParser(vocabulary: .bundled)
        for byline in ["Antony J. Blinken, Secretary of State", "Linda Thomas-Greenfield, U.S. Representative to the United Nations",
                       "Сергей Лавров, Министр иностранных дел"] { #expect(parser.isByline(byline), "\(byline)") }
        for place in ["Geneva, Switzerland", "Hotel Wilson, Geneva", "Office of the President, Kyiv", "Ministry of Foreign Affairs, Moscow",
                      "Москва, Смоленская площадь"] { #expect(!parser.isByline(place), "\(place)") }
        let russian = try transcript("Главная » Новости\n\nНовости\n\nВыступление С.В.Лаврова\n\nС.В.Лавров: Добрый день.\n")
        #expect(russian.header.title?.text == "Выступление С.В.Лаврова")
        #expect(russian.header.place == nil)
    }

    /// A foreign ministry publishes the minister's opening statement without a label, after the title:
    /// that speech is a turn with no speaker, not header lines (where its gaps and terms were lost).
    @Test func anOpeningStatementWithoutALabelIsSpeech() throws {
        let english = try transcript("""
            Remarks by Foreign Minister Sergey Lavrov at a joint news conference following talks with Foreign Minister of Turkiye Hakan Fidan, Moscow, June 11, 2024

            Ladies and gentlemen,

            We have held very useful talks with my Turkish colleague. We discussed (inaudible) a wide range of issues.

            Question (retranslated from Turkish): Mr Minister, how do you assess the prospects?

            Sergey Lavrov: We are ready for talks.
            """)
        #expect(english.header.title?.text.hasPrefix("Remarks by Foreign Minister Sergey Lavrov") == true)
        #expect(english.header.other.isEmpty)
        // The date and place at the title's end are the header's.
        #expect(english.header.isoDate == "2024-06-11" && english.header.date?.text == "June 11, 2024")
        #expect(english.header.place == "Moscow")
        let dateRange = try #require(english.header.date?.range)
        #expect(english.text(in: dateRange) == "June 11, 2024")
        // The title names the minister, who speaks later under a label: the statement is his.
        #expect(english.turns.map(\.speakerID) == ["LAVROV", "QUESTION", "LAVROV"])
        #expect(english.turns[0].label == nil && english.turns[0].headerSpeaker?.who == "LAVROV")
        #expect(english.turns[0].sentences.count == 3)
        #expect(english.markers.map(\.kind) == [.inaudible])
        let russian = try transcript("Выступление С.В.Лаврова, Москва, 11 июня 2024 года\n\nУважаемые дамы и господа,\n\nПровели очень полезные переговоры с моим турецким коллегой.\n\nВопрос: Как Вы оцениваете?\n")
        #expect(russian.turns.map(\.speakerID) == [nil, "ВОПРОС"])
        #expect(russian.header.isoDate == "2024-06-11" && russian.header.place == "Москва")
        // No salutation, and a first paragraph without a word of the first person: the speech after it
        // claims it back; the title ending in a date is not joined to it.
        let plain = try transcript("Выступление С.В.Лаврова, Москва, 11 июня 2024 года\n\nПровели очень полезные переговоры с турецким коллегой Х.Фиданом сегодня.\n\n"
            + "Обсудили широкий круг вопросов, и мы договорились продолжить работу над ними.\n\nВопрос: Как Вы оцениваете?\n")
        #expect(plain.header.title?.text == "Выступление С.В.Лаврова, Москва, 11 июня 2024 года")
        #expect(plain.header.other.isEmpty)
        #expect(plain.turns.map(\.speakerID) == [nil, "ВОПРОС"])
        #expect(plain.turns[0].sentences.count == 2)
        // An editor's summary in the third person stays in the header, and the Kremlin's dateline gives
        // the date and the place.
        let kremlin = try transcript("""
            Press statements following Russian-Chinese talks

            Vladimir Putin and President of the People's Republic of China Xi Jinping made statements for the press.

            May 16, 2024, 13:30, Beijing

            President of Russia Vladimir Putin: Mr Chairman, my friend, ladies and gentlemen,
            """)
        #expect(kremlin.header.other.map(\.text) == ["Vladimir Putin and President of the People's Republic of China Xi Jinping made statements for the press."])
        #expect(kremlin.header.isoDate == "2024-05-16" && kremlin.header.place == "Beijing")
        #expect(kremlin.turns.map(\.speakerID) == ["PUTIN"])
        // A line in bold is a section heading, not a byline, unless it reads as one.
        let briefing = try transcript("Daily Press Briefing\n\n**Ukraine**\n\n**Stéphane Dujarric, Spokesman for the Secretary-General**\n\nQuestion: Thank you.\n")
        #expect(briefing.header.other.map(\.text) == ["Ukraine"])
        #expect(briefing.header.bylines.map(\.text) == ["Stéphane Dujarric, Spokesman for the Secretary-General"])
        // A press release's dateline, the place first.
        let release = try transcript("Press Release\n\nWashington, D.C., January 21, 2022\n\nSECRETARY BLINKEN: Good morning.\n")
        #expect(release.header.isoDate == "2022-01-21" && release.header.place == "Washington, D.C.")
        #expect(release.header.date.map { release.text(in: $0.range) } == "January 21, 2022")
        // Speech with no header before it: more than one sentence on the line.
        let bare = try transcript("Good afternoon, everyone. Thank you for coming to today's briefing on the meeting.\n\nQUESTION: Thank you.\n")
        #expect(bare.header.isEmpty)
        #expect(bare.turns.map(\.speakerID) == [nil, "QUESTION"])
        // Header lines stay header: a title ending in a period, a place, a byline, a genre, a date.
        let header = try transcript("""
            Secretary Blinken Meets With Russian Foreign Minister Lavrov in Geneva.

            Remarks

            Antony J. Blinken, Secretary of State

            Hotel Wilson, Geneva, Switzerland

            January 21, 2022

            SECRETARY BLINKEN: Good morning.
            """)
        #expect(header.turns.map(\.speakerID) == ["BLINKEN"])
        #expect(header.header.place == "Hotel Wilson, Geneva, Switzerland")
        #expect(header.header.title?.text == "Secretary Blinken Meets With Russian Foreign Minister Lavrov in Geneva.")
    }

    /// Topics set apart in bold or as markdown headings are no speech: not the turn's paragraphs, and the
    /// turn goes on after them; speech in bold, and labels, are not headings.
    @Test func sectionHeadingsAmongTheSpeechAreNoSentences() throws {
        let parsed = try transcript("""
            Daily Press Briefing

            Good afternoon. I want to start with an update from our colleagues on Ukraine.

            **Gaza**

            Turning to Gaza, our colleagues tell us that the crossings remain closed.

            ## Questions and Answers

            Question: **We will not accept this.** Is that the position?

            **Spokesman:** I have nothing to add.
            """)
        #expect(parsed.headings.map { parsed.text(in: $0) } == ["**Gaza**", "## Questions and Answers"])
        #expect(parsed.turns.map(\.speakerID) == [nil, "QUESTION", "SPOKESMAN"])
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == [
            "Good afternoon.", "I want to start with an update from our colleagues on Ukraine.",
            "Turning to Gaza, our colleagues tell us that the crossings remain closed."])
        for line in ["**We will not accept this.**", "**a** and **b**", "#hashtag", "**" + String(repeating: "word ", count: 11) + "end**"] {
            let bytes = Array(line.utf8)
            #expect(!TranscriptParser.isSectionHeading(0..<bytes.count, in: bytes), "\(line)")
        }
    }

    /// Words of the first and second person are found as bytes: capitals of any script, the typographic
    /// apostrophe, whole words only.
    @Test func speechWordsAreWholeWordsInAnyCase() {
        let vocabulary = HeaderVocabulary.bundled
        func holds(_ line: String) -> Bool {
            let bytes = Array(line.utf8)
            return vocabulary.holdsSpeechWord(0..<bytes.count, in: bytes)
        }
        for line in ["Мы провели переговоры.", "МЫ ПРОВЕЛИ ПЕРЕГОВОРЫ.", "We’ve met.", "Thank you.", "с моим коллегой", "Ёж и мы", "Nous avons parlé."] {
            #expect(holds(line), "\(line)")
        }
        for line in ["Weather and usage were discussed.", "Мыло и Нашатырь", "The ministers met in Moscow.", "Ourselves alone"] {
            #expect(!holds(line), "\(line)")
        }
    }

    /// The Kremlin names foreign leaders by their office and state before their names: labels of up to
    /// twelve words, "of" after a state's word ("Republic of India"); a Chinese name is read surname first.
    /// A later label of one word in mixed case is a label when it is a speaker's surname the file already
    /// gave ("Sergey Lavrov:" … "Lavrov:"); another lone word before a colon stays speech.
    @Test func aSpeakersSurnameAloneIsALaterLabel() throws {
        let parsed = try transcript("""
            Talks

            Sergey Lavrov: Good afternoon. We have held talks.

            Question: What next?

            Lavrov: We will see.

            Note: this is prose.

            Question: And Blinken?

            Blinken: He is not here.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["LAVROV", "QUESTION", "LAVROV", "QUESTION"])
        #expect(parsed.turns[2].sentences.map { parsed.text(in: $0.range) } == ["We will see.", "Note: this is prose."])
        #expect(parsed.turns[3].sentences.map { parsed.text(in: $0.range) } == ["And Blinken?", "Blinken: He is not here."])
        // Before the first label, such a line is the header's or speech's, not a label.
        let opening = try transcript("Lavrov: remarks\n\nSergey Lavrov: Thank you.\n")
        #expect(opening.turns.map(\.speakerID) == ["LAVROV"])
    }

    /// India's MEA prints a journalist's question under their first name, and the question introduces it:
    /// such a word is a label; the same shape without the introduction stays speech.
    @Test func aFirstNameThatTheSpeechIntroducesIsALabel() throws {
        let parsed = try transcript("""
            Weekly Media Briefing

            Official Spokesperson, Shri Randhir Jaiswal: Good afternoon.

            Sidhant: Sir, Sidhant from WION. My question is on the attack.

            Official Spokesperson, Shri Randhir Jaiswal: We condemn it.

            Update: Sidhant from WION asked again.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["JAISWAL", "SIDHANT", "JAISWAL"])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["Sir, Sidhant from WION.", "My question is on the attack."])
        #expect(parsed.turns[2].sentences.count == 2)
        // Before any other label too.
        let opening = try transcript("Briefing\n\nManish: Manish from PTI. A question.\n")
        #expect(opening.turns.map(\.speakerID) == ["MANISH"])
    }

    @Test func kremlinLabelsNameTheLeaderAndTheirState() throws {
        let parsed = try transcript("""
            Talks

            President of Russia Vladimir Putin: Thank you.

            President of the People's Republic of China Xi Jinping (retranslated): Thank you.

            Prime Minister of the Republic of India Narendra Modi (retranslated): Thank you.

            President of the United States of America Joseph Biden: Thank you.

            Chancellor of the Federal Republic of Germany Olaf Scholz (retranslated): Thank you.

            President of the Republic of Kazakhstan Kassym-Jomart Tokayev (retranslated): Thank you.

            Minister of Foreign Affairs of the Russian Federation Sergey Lavrov: Thank you.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["PUTIN", "XI", "MODI", "BIDEN", "SCHOLZ", "TOKAYEV", "LAVROV"])
        #expect(parsed.turns.map(\.mode) == [.original, .interpreted, .interpreted, .original, .interpreted, .interpreted, .original])
        // The role is the title with the state it names, after a state's word ("Republic") or a state of
        // the list ("President of Russia Vladimir": the list tells the state from a given name).
        #expect(parsed.turns.map { $0.label?.role } == [
            "PRESIDENT OF RUSSIA", "PRESIDENT OF THE PEOPLE'S REPUBLIC OF CHINA", "PRIME MINISTER OF THE REPUBLIC OF INDIA",
            "PRESIDENT OF THE UNITED STATES OF AMERICA", "CHANCELLOR OF THE FEDERAL REPUBLIC OF GERMANY",
            "PRESIDENT OF THE REPUBLIC OF KAZAKHSTAN", "MINISTER OF FOREIGN AFFAIRS OF THE RUSSIAN FEDERATION",
        ])
        #expect(SpeakerLabel(name: "Secretary General of NATO Jens Stoltenberg").role == "SECRETARY GENERAL OF NATO")
        #expect(SpeakerLabel(name: "Minister for Foreign Affairs Penny Wong").role == "MINISTER FOR FOREIGN AFFAIRS")
        #expect(SpeakerLabel(name: "Prime Minister of India Narendra Modi").role == "PRIME MINISTER OF INDIA")
        #expect(SpeakerLabel(name: "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan").role == "PRESIDENT OF THE UNITED ARAB EMIRATES")
        #expect(SpeakerLabel(name: "Президент России Владимир Путин").role == "ПРЕЗИДЕНТ РОССИИ")
        #expect(SpeakerLabel(name: "Президент Казахстана Касым-Жомарт Токаев").role == "ПРЕЗИДЕНТ КАЗАХСТАНА")
        // In English a state follows "of": "Chad" and "Georgia" after a title are given names.
        #expect(SpeakerLabel(name: "Senator Chad Smith").role == "SENATOR")
        #expect(SpeakerLabel(name: "Minister Georgia Ward").role == "MINISTER")
        // Still no labels: long headings before a colon, and a long label in capitals.
        let grammar = SpeakerLabelGrammar.bundled
        for line in ["Joint Statement of the Presidents of the Russian Federation and China:", "Statement by the President of the Russian Federation:",
                     "JOINT PRESS CONFERENCE OF THE MINISTERS OF FOREIGN AFFAIRS:", "The Republic of India and the People's Republic of China:"] {
            #expect(grammar.label(atStartOf: Substring(line)) == nil, "\(line)")
        }
    }

    @Test func stockholmHasThreeInaudibleMarkersInsideLavrovsSentences() throws {
        let stockholm = try transcript(file: Fixtures.stockholm)
        #expect(stockholm.header.isEmpty)
        #expect(stockholm.turns.map(\.speakerID) == ["LAVROV", "BLINKEN"])
        #expect(stockholm.turns.map(\.mode) == [.interpreted, .original])
        let inaudible = stockholm.markers.filter { $0.kind == .inaudible }
        #expect(inaudible.count == 3)
        #expect(stockholm.turns[0].markers.filter { $0.kind == .inaudible }.count == 3)
        // No marker ends a sentence: each lies inside one, with the sentence going on after it.
        for marker in inaudible {
            let sentence = try #require(stockholm.turns[0].sentences.first { $0.range.contains(marker.range.lowerBound) })
            #expect(marker.range.upperBound < sentence.range.upperBound)
        }
        let texts = stockholm.turns[0].sentences.map { stockholm.text(in: $0.range) }
        #expect(texts.prefix(2) == ["So Mr. Secretary of State, (inaudible).",
                                    "I believe that (inaudible) this meeting is held on the sidelines of the OSCE Ministerial Council."])
        #expect(texts.contains("And NATO’s extension to (inaudible) will infringe upon our security, obviously."))
    }

    @Test func stockholmTrailerKeepsTheRelatedContentTitles() throws {
        let stockholm = try transcript(file: Fixtures.stockholm)
        let trailer = stockholm.trailer.map { stockholm.source.text(in: $0) }.joined()
        #expect(trailer.contains("U.S. Department of State"))
        #expect(trailer.contains("The Lessons of 1989: Freedom and Our Future"))
        let chrome = stockholm.chrome.map { stockholm.source.text(in: $0) }.joined()
        #expect(chrome.contains("Official websites use .gov"))
    }

    @Test(arguments: Fixtures.corpora)
    func sentencesMapToOriginalTextThatNormalizesToThem(file: String) throws {
        let parsed = try transcript(file: file)
        let normalizer = try Normalizer()
        for turn in parsed.turns {
            for sentence in turn.sentences {
                let original = parsed.originalRange(of: sentence.range)
                let slice = SourceText(name: "slice", text: parsed.source.text(in: original))
                let again = try normalizer.normalize(slice).text
                #expect(again == parsed.text(in: sentence.range) + "\n")
            }
        }
    }
}

@Suite struct SpeakerLabelTests {
    @Test(arguments: [
        ("SECRETARY BLINKEN: Thank you.", "BLINKEN", "SECRETARY"),
        ("**FOREIGN MINISTER LAVROV:** Thank you.", "LAVROV", "FOREIGN MINISTER"),
        ("FOREIGN MINISTER LAVROV:  (Via interpreter) Thank you.", "LAVROV", "FOREIGN MINISTER"),
        ("MR PRICE: Good afternoon.", "PRICE", nil),
        ("MS. PSAKI: Hi everyone.", "PSAKI", nil),
        ("QUESTION: Thank you.", "QUESTION", nil),
        ("MODERATOR: Next question.", "MODERATOR", nil),
        ("PRESIDENT ZELENSKYY: (In Ukrainian) Thank you.", "ZELENSKYY", "PRESIDENT"),
        ("Q Thank you, Mr. Secretary.", "QUESTION", nil),
        ("Q. Thank you, Mr. Secretary.", "QUESTION", nil),
        // A question longer than any name before a colon is still one (it was read as speech).
        ("Q. Mr. Secretary, a question on the talks with the Russian side and on what comes next.", "QUESTION", nil),
        ("Q Господин министр, вопрос о переговорах с российской стороной и о том, что будет дальше.", "QUESTION", nil),
        ("С.В.Лавров: Добрый день.", "ЛАВРОВ", nil),
        ("Вопрос: Спасибо.", "ВОПРОС", nil),
        ("Э.Блинкен: (Через переводчика) Спасибо.", "БЛИНКЕН", nil),
        ("Secretary Blinken: Thank you.", "BLINKEN", "SECRETARY"),
        // Given names are not a role; the role runs to the last title word (Lexicons/speaker-roles.txt).
        ("Sergey Lavrov: Thank you.", "LAVROV", nil),
        ("Сергей Лавров: Спасибо.", "ЛАВРОВ", nil),
        ("Foreign Minister Sergey Lavrov: Thank you.", "LAVROV", "FOREIGN MINISTER"),
        ("SECRETARY OF STATE BLINKEN: Thank you.", "BLINKEN", "SECRETARY OF STATE"),
        ("Mr. Antony Blinken: Thank you.", "BLINKEN", nil),
        ("Президент В.В.Путин: Добрый день.", "ПУТИН", "ПРЕЗИДЕНТ"),
        ("Außenministerin Baerbock: Danke.", "BAERBOCK", "AUSSENMINISTERIN"),
        ("SECRETARY-GENERAL ANTÓNIO GUTERRES: Good morning.", "GUTERRES", "SECRETARY-GENERAL"),
        // An aside in parentheses before the colon is part of the label, not of the name.
        ("Emmanuel Macron (retranslated): Thank you.", "MACRON", nil),
        ("Э.Макрон (как переведено): Спасибо.", "МАКРОН", nil),
        ("QUESTION (Reuters): Thank you.", "QUESTION", nil),
        ("Prime Minister Kishida (via interpreter): Thank you.", "KISHIDA", "PRIME MINISTER"),
        // Press conferences name the questioner's agency; spokespeople are generic speakers.
        ("Reuters: What is China's position?", "REUTERS", nil),
        ("Global Times: What is China's position?", "GLOBAL TIMES", nil),
        ("Financial Times: A follow-up.", "FINANCIAL TIMES", nil),
        ("Phoenix TV: Thank you.", "PHOENIX TV", nil),
        ("Spokesperson: Please refer to the competent authorities.", "SPOKESPERSON", nil),
        ("Пресс-секретарь: Добрый день.", "ПРЕСС-СЕКРЕТАРЬ", nil),
        ("Реплика: Спасибо.", "РЕПЛИКА", nil),
        ("Remark: Thank you.", "REMARK", nil),
        ("Journaliste : Merci.", "JOURNALISTE", nil),
        // Unnamed voices of several words, lower case and all.
        ("Audience member: Thank you.", "AUDIENCE MEMBER", nil),
        ("Unidentified speaker: Yes.", "UNIDENTIFIED SPEAKER", nil),
        ("Голос из зала: Спасибо.", "ГОЛОС ИЗ ЗАЛА", nil),
        // Particles belong to the surname; Chinese names put the surname first (Lexicons/person-names.txt).
        ("President von der Leyen: Thank you.", "VON DER LEYEN", "PRESIDENT"),
        ("Ursula von der Leyen: Thank you.", "VON DER LEYEN", nil),
        ("Luiz Inácio Lula da Silva: Obrigado.", "DA SILVA", nil),
        ("M. Le Drian : Merci.", "LE DRIAN", nil),
        ("SPECIAL ENVOY DE MISTURA: Thank you.", "DE MISTURA", "SPECIAL ENVOY"),
        ("LE PRÉSIDENT : Merci.", "PRÉSIDENT", nil),  // an article, not a particle, before a title
        ("Wang Wenbin: Good afternoon.", "WANG", nil),
        ("Spokesperson Mao Ning: Good afternoon.", "MAO", "SPOKESPERSON"),
        ("Foreign Minister Wang Yi: Thank you.", "WANG", "FOREIGN MINISTER"),
        ("Long John: Thank you.", "JOHN", nil),
        // A surname in capitals before one given name, as Japan's and China's foreign ministries write it.
        ("Foreign Minister KAMIKAWA Yoko: Good afternoon.", "KAMIKAWA", "FOREIGN MINISTER"),
        ("Mr. WANG Yi: Thank you.", "WANG", nil),
        ("LE DRIAN Jean-Yves : Merci.", "LE DRIAN", nil),
        ("NHK Tanaka: A question.", "TANAKA", nil),  // a news agency and its reporter
        // An office named in place of a person, whole (the Élysée's label for the President).
        ("LE PRÉSIDENT DE LA RÉPUBLIQUE : Merci.", "PRÉSIDENT DE LA RÉPUBLIQUE", nil),
        ("Président de la République : Merci.", "PRÉSIDENT DE LA RÉPUBLIQUE", nil),
        ("President of the Russian Federation: Thank you.", "PRESIDENT OF THE RUSSIAN FEDERATION", nil),
        ("Президент Российской Федерации: Спасибо.", "ПРЕЗИДЕНТ РОССИЙСКОЙ ФЕДЕРАЦИИ", nil),
        ("Général de Gaulle : Merci.", "DE GAULLE", "GÉNÉRAL"),
        // NATO's roles and questioners in square brackets; a title word ending an aside makes it the role.
        ("Oana Lungescu [NATO Spokesperson]: Thank you.", "LUNGESCU", "NATO SPOKESPERSON"),
        ("Jens Stoltenberg [NATO Secretary General]: Good afternoon.", "STOLTENBERG", "NATO SECRETARY GENERAL"),
        ("Question [Teri Schultz, NPR]: A question.", "QUESTION", nil),
        ("Mr. Nebenzia (Russian Federation) (spoke in Russian): Thank you.", "NEBENZIA", nil),
        ("Mr. Smith (Chair): The meeting is open.", "SMITH", "CHAIR"),
        ("Mr. Smith Jones (Via interpreter): Thank you.", "JONES", nil),  // a delivery marker, not a role
        // A delegate beside the delegation is named by the surname alone after the honorific, whole.
        ("Mr. De la Fuente Ramírez (Mexico): Thank you.", "DE LA FUENTE RAMÍREZ", nil),
        ("Mr. Costa Filho (Brazil) (spoke in Portuguese): Thank you.", "COSTA FILHO", nil),
        ("M. De Rivière (France) (parle en anglais) : Merci.", "DE RIVIÈRE", nil),
        ("Mr. Zhang Jun (China) (spoke in Chinese): Thank you.", "ZHANG", nil),
        ("Г-н Де ла Фуэнте Рамирес (Мексика) (говорит по-испански): Спасибо.", "ДЕ ЛА ФУЭНТЕ РАМИРЕС", nil),  // was no label
        ("Mr. dela Cruz (Philippines): Thank you.", "DELA CRUZ", nil),  // was no label
        // The Kremlin's initials of a double first name, hyphenated; the German government's follow-up
        // question (both were no label, and the turn went to the speaker before).
        ("К.-Ж.Токаев (как переведено): Спасибо.", "ТОКАЕВ", nil),
        ("Х.Фидан (говорит по-турецки, перевод с турецкого): Спасибо.", "ФИДАН", nil),  // an aside of 72 bytes
        ("K.-J.Tokayev: Thank you.", "TOKAYEV", nil),
        ("Zusatzfrage: Warum nicht?", "ZUSATZFRAGE", nil),
        ("Question from the floor: When?", "QUESTION FROM THE FLOOR", nil),
        ("ADMIRAL KIRBY: Thanks, Karine.", "KIRBY", "ADMIRAL"),  // a rank is a role (it was none)
        ("Rear Admiral John Kirby: Thanks.", "KIRBY", "REAR ADMIRAL"),
        // Titles in Spanish, Italian and Portuguese, with their particles (the first two were no label).
        ("Ministro de Asuntos Exteriores, José Manuel Albares: Muchas gracias.", "ALBARES", "MINISTRO DE ASUNTOS EXTERIORES"),
        ("Ministro degli Esteri Antonio Tajani: Grazie.", "TAJANI", "MINISTRO DEGLI ESTERI"),
        ("Porta-voz Maria Laura da Rocha: Obrigada.", "DA ROCHA", "PORTA-VOZ"),
        ("Domanda: Quando arriva il ministro?", "DOMANDA", nil),
        ("Pergunta: Quando chega o ministro?", "PERGUNTA", nil),
        ("Питання: Коли прибуде міністр?", "ПИТАННЯ", nil),
        // An office without a person is its id whole: the Acting President is not the President.
        ("The Acting President (spoke in Spanish): I thank him.", "ACTING PRESIDENT", nil),
        ("The President: I thank him.", "PRESIDENT", nil),
        ("Deputy Spokesperson: Good afternoon.", "DEPUTY SPOKESPERSON", nil),
        // The role and the name either side of a comma (India's Ministry of External Affairs).
        ("Official Spokesperson, Shri Randhir Jaiswal: Good evening.", "JAISWAL", "OFFICIAL SPOKESPERSON"),
        ("Shri Vikram Misri, Foreign Secretary: Thank you.", "MISRI", "FOREIGN SECRETARY"),
        ("Minister of External Affairs, Dr. S. Jaishankar: Thank you.", "JAISHANKAR", "MINISTER OF EXTERNAL AFFAIRS"),
        ("SPOKESPERSON, MR. JAISWAL: Yes.", "JAISWAL", "SPOKESPERSON"),
        // Title words joined by a slash, as the EU names its High Representative (these were no labels).
        ("HIGH REPRESENTATIVE/VICE-PRESIDENT JOSEP BORRELL: Good morning.", "BORRELL", "HIGH REPRESENTATIVE/VICE-PRESIDENT"),
        ("Josep Borrell, High Representative/Vice-President: Thank you.", "BORRELL", "HIGH REPRESENTATIVE/VICE-PRESIDENT"),
        ("PM Modi: Thank you.", "MODI", "PM"),  // the id was PM
        // A title naming its institution or state after "of" (these were no labels).
        ("Charles Michel, President of the European Council: Good afternoon.", "MICHEL", "PRESIDENT OF THE EUROPEAN COUNCIL"),
        ("Volodymyr Zelenskyy, President of Ukraine (via interpreter): Thank you.", "ZELENSKYY", "PRESIDENT OF UKRAINE"),
        ("President of the European Commission, Ursula von der Leyen: Thank you.", "VON DER LEYEN", "PRESIDENT OF THE EUROPEAN COMMISSION"),
        // French official texts write the title after the name in lower case (these were no labels).
        ("M. Barrot, ministre de l’Europe et des Affaires étrangères : Merci.", "BARROT", "MINISTRE DE L’EUROPE ET DES AFFAIRES ÉTRANGÈRES"),
        ("Mme Baerbock, ministre fédérale des Affaires étrangères (interprétation) : Merci.", "BAERBOCK", "MINISTRE FÉDÉRALE DES AFFAIRES ÉTRANGÈRES"),
        ("M. Fabius, ministre des affaires étrangères : Merci.", "FABIUS", "MINISTRE DES AFFAIRES ÉTRANGÈRES"),
        ("M. Haddad, ministre délégué chargé de l’Europe : Merci.", "HADDAD", "MINISTRE DÉLÉGUÉ CHARGÉ DE L’EUROPE"),
        ("Le porte-parole : Bonjour à tous.", "PORTE-PAROLE", nil),
        // Spain's government: a period and a hyphen without a space (these were no labels), offices whole.
        ("Portavoz.- Sí, muchas gracias, Esther.", "PORTAVOZ", nil),
        ("Pregunta.- Buenas tardes.", "PREGUNTA", nil),
        ("Secretario de Estado de Comunicación.- Bueno, pues comenzamos.", "SECRETARIO DE ESTADO DE COMUNICACIÓN", nil),
        ("Ministra de Asuntos Exteriores.- Sí.", "MINISTRA DE ASUNTOS EXTERIORES", nil),
        ("Vicepresidenta Primera del Gobierno.- Gracias.", "VICEPRESIDENTA PRIMERA DEL GOBIERNO", nil),
        ("Sr. Sánchez.- Muchas gracias.", "SÁNCHEZ", nil),
        // An office of title words and their connectors is a label, named whole (it was none).
        ("Minister of Foreign Affairs: Thank you.", "MINISTER OF FOREIGN AFFAIRS", nil),
        ("Secretary of State: Thank you.", "SECRETARY OF STATE", nil),
        ("La ministre : Merci.", "MINISTRE", nil),
        ("La porte-parole adjointe : Bonjour.", "PORTE-PAROLE ADJOINTE", nil),
        // Korean names: surname first before a given name of two syllables, hyphenated or not.
        ("Foreign Minister Cho Tae-yul: Thank you.", "CHO", "FOREIGN MINISTER"),
        ("President Yoon Suk Yeol: Thank you.", "YOON", "PRESIDENT"),
        ("SECRETARY-GENERAL BAN KI-MOON: Thank you.", "BAN", "SECRETARY-GENERAL"),
        ("Sung Kim: Thank you.", "KIM", nil),  // a Korean-American name, in Western order
        ("Цой Сон Хи: Спасибо.", "ЦОЙ", nil),
        ("Ким Чен Ын: Спасибо.", "КИМ", nil),
        // Vietnamese names: surname first before two or three syllables.
        ("Prime Minister Pham Minh Chinh: Thank you.", "PHAM", "PRIME MINISTER"),
        ("Bùi Thanh Sơn: Cảm ơn.", "BÙI", nil),
        ("Буй Тхань Шон: Спасибо.", "БУЙ", nil),
        ("Ли Сергей Иванович: Спасибо.", "ИВАНОВИЧ", nil),  // not read as Korean
        ("Jean-Yves Le Drian : Merci.", "LE DRIAN", nil),
        ("Ambassador Mai Tom Smith: Thank you.", "SMITH", "AMBASSADOR"),
        // Long titles, written out: up to six capitalized words with a title word among them.
        ("NATO Secretary General Jens Stoltenberg: Good afternoon.", "STOLTENBERG", "NATO SECRETARY GENERAL"),
        ("Secretary of State Antony Blinken: Thank you.", "BLINKEN", "SECRETARY OF STATE"),
        ("Minister for Foreign Affairs Penny Wong: Thanks.", "WONG", "MINISTER FOR FOREIGN AFFAIRS"),
        ("Ван И (как переведено): Спасибо.", "ВАН", nil),
        // German government press conferences abbreviate roles.
        ("StS Hebestreit: Guten Tag.", "HEBESTREIT", "STS"),
        ("SRS'in Hoffmann: Danke.", "HOFFMANN", "SRS'IN"),
        ("VORS. WELTY: Ich eröffne die Pressekonferenz.", "WELTY", "VORS."),
        // …and name the journalist who asks, the role saying it is a question.
        ("FRAGE JESSEN: Wie geht es weiter?", "JESSEN", "FRAGE"),
        ("ZUSATZFRAGE DR. RINKE: Und dann?", "RINKE", "ZUSATZFRAGE"),
        ("Frage: Was sagen Sie dazu?", "FRAGE", nil),
        // …and their ministries' spokespeople by the surname and the ministry (these were no labels).
        ("Wagner (AA): Wir setzen uns für eine Waffenruhe ein.", "WAGNER", nil),
        ("Müller (BMVg): Dazu kann ich nichts sagen.", "MÜLLER", nil),
    ] as [(String, String, String?)])
    func labelStylesAreRecognized(line: String, speaker: String, role: String?) throws {
        let parsed = try transcript("Some header line\n\n" + line + "\n")
        let turn = try #require(parsed.turns.first)
        #expect(turn.speakerID == speaker)
        #expect(turn.label?.role == role)
    }

    /// kremlin.ru marks a foreign leader's interpreted words in the label: "Emmanuel Macron
    /// (retranslated):". The aside is the turn's delivery marker, with its span; an aside that is no
    /// marker ("(Reuters)") leaves the turn as it was; a parenthesis in prose makes no label.
    @Test func aDeliveryMarkerInTheLabelMakesTheTurnInterpreted() throws {
        let text = "Vladimir Putin: Good afternoon.\n\nEmmanuel Macron (retranslated): Thank you.\n\n"
            + "QUESTION (Reuters): A question.\n\nThe answer (in short): no.\n\nNote (see below): nothing.\n"
        let parsed = try transcript("Press statements\n\n" + text)
        #expect(parsed.turns.map(\.speakerID) == ["PUTIN", "MACRON", "QUESTION"])
        #expect(parsed.turns.map(\.mode) == [.original, .interpreted, .original])
        let macron = parsed.turns[1]
        #expect(macron.label?.name == "Emmanuel Macron (retranslated)")
        #expect(macron.deliveryMarkers.map(\.kind) == [.delivery])
        #expect(macron.deliveryMarkers.map { parsed.text(in: $0.range) } == ["(retranslated)"])
        #expect(macron.sentences.map { parsed.text(in: $0.range) } == ["Thank you."])
        #expect(parsed.turns[2].deliveryMarkers.isEmpty)
        #expect(parsed.turns[2].paragraphs.count == 3)  // the prose lines with a parenthesis are speech
        let russian = try transcript("Заявления для прессы\n\nЭ.Макрон (как переведено): Спасибо.\n")
        #expect(russian.turns.first?.mode == .interpreted)
        #expect(russian.turns.first?.speakerID == "МАКРОН")
    }

    /// "A." answers are labels beside "Q." questions; in a file without them, "A. Lincoln" is speech.
    @Test func dottedAnswersGoWithDottedQuestions() throws {
        let parsed = try transcript("Remarks\n\nSECRETARY BLINKEN: Hello.\n\nQ. What about Ukraine?\n\nA. We are working on it.\n\nQ. And Russia?\n")
        #expect(parsed.turns.map(\.speakerID) == ["BLINKEN", "QUESTION", "ANSWER", "QUESTION"])
        #expect(parsed.turns[2].sentences.map { parsed.text(in: $0.range) } == ["We are working on it."])
        let prose = try transcript("Remarks\n\nSECRETARY BLINKEN: As he said.\n\nA. Lincoln said it first.\n")
        #expect(prose.turns.map(\.speakerID) == ["BLINKEN"])
        #expect(prose.turns[0].paragraphs.count == 2)
    }

    /// Security Council verbatim records name the delegation and the language spoken, each in an aside:
    /// "Mr. Nebenzia (Russian Federation) (spoke in Russian):" — a turn interpreted from Russian.
    @Test func verbatimRecordLabelsCarryADelegationAndTheLanguageSpoken() throws {
        let parsed = try transcript("""
            Security Council
            9999th meeting

            The President (spoke in French): I now give the floor to the representative of the Russian Federation.

            Mr. Nebenzia (Russian Federation) (spoke in Russian): I thank the President for convening this meeting.

            Mrs. Thomas-Greenfield (United States of America): I thank the Secretary-General for his briefing.

            Mr. Zhang Jun (China) (spoke in Chinese; English text provided by the delegation): China supports the efforts.

            Mr. De Rivière (France) (spoke in French): France welcomes this.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "NEBENZIA", "THOMAS-GREENFIELD", "ZHANG", "DE RIVIÈRE"])
        #expect(parsed.turns.map(\.mode) == [.interpreted, .interpreted, .original, .interpreted, .interpreted])
        #expect(parsed.turns.map(\.spokenLanguage) == ["fr", "ru", nil, "zh", "fr"])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["I thank the President for convening this meeting."])
        let russian = try transcript("Совет Безопасности\n\nГ-н Небензя (Российская Федерация): Спасибо.\n\nГ-жа Томас-Гринфилд (Соединенные Штаты Америки) (говорит по-английски): Спасибо.\n")
        #expect(russian.turns.map(\.speakerID) == ["НЕБЕНЗЯ", "ТОМАС-ГРИНФИЛД"])
        #expect(russian.turns.map(\.spokenLanguage) == [nil, "en"])
        #expect(russian.turns.map(\.mode) == [.original, .interpreted])
        // The language translated from says the same.
        let translated = try transcript("Брифинг\n\nВопрос (перевод с английского): Спасибо.\n\nQUESTION (translated from Russian): Thank you.\n")
        #expect(translated.turns.map(\.spokenLanguage) == ["en", "ru"])
        #expect(translated.turns.map(\.mode) == [.interpreted, .interpreted])
        // As the Russian foreign ministry writes it, for the languages of its guests.
        let ministry = try transcript("""
            Пресс-конференция

            Вопрос (переводится с турецкого): Господин Министр, как Вы оцениваете перспективы?

            Х.Фидан (говорит по-турецки, перевод): Спасибо.

            Вопрос (в переводе с английского языка): Спасибо.

            Э.Блинкен (синхронный перевод с английского): Спасибо.
            """)
        #expect(ministry.turns.map(\.spokenLanguage) == ["tr", "tr", "en", "en"])
        #expect(ministry.turns.map(\.modeEvidence) == [.language, .language, .language, .language])
    }

    /// White House transcripts go on with an interrupted question ("Q — and second…"); video transcripts
    /// put the time in the label ("Speaker 1 (00:02):").
    @Test func interruptedQuestionsAndTimesInLabels() throws {
        let parsed = try transcript("""
            Press Briefing

            MS. JEAN-PIERRE: Good afternoon, everybody.

            Q First, on the aid package —

            MS. JEAN-PIERRE: Go ahead.

            Q — and second, on the talks.

            Speaker 1 (00:02): Welcome back.

            Antony Blinken (00:15): Thank you.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["JEAN-PIERRE", "QUESTION", "JEAN-PIERRE", "QUESTION", "SPEAKER 1", "BLINKEN"])
        #expect(parsed.turns.map { $0.time.flatMap(\.timestamp) } == [nil, nil, nil, nil, "00:02", "00:15"])
        #expect(parsed.turns[4].sentences.map { parsed.text(in: $0.range) } == ["Welcome back."])
        // A "Q" in prose stays prose.
        let prose = try transcript("Press Briefing\n\nMS. JEAN-PIERRE: Good afternoon.\n\nQ is a letter, and so is A.\n")
        #expect(prose.turns.map(\.speakerID) == ["JEAN-PIERRE"])
    }

    /// Transcription services put the time before the label: bracketed or bare, with seconds or not;
    /// the time is the turn's, and a time before prose is no label.
    @Test func aTimeBeforeALabelIsTheTurnsTime() throws {
        let parsed = try transcript("""
            Transcript

            [00:01:23] SECRETARY BLINKEN: Hello.

            00:01:30 Sergey Lavrov: Hi.

            (2:05) Emmanuel Macron (retranslated): Thank you.

            [00:03:10.5] Q Mr. Secretary, one more?

            12:30 is when we met: at noon.

            [00:04] QUESTION: Last one.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["BLINKEN", "LAVROV", "MACRON", "QUESTION", "QUESTION"])
        #expect(parsed.turns.map { $0.time.flatMap(\.timestamp) } == ["00:01:23", "00:01:30", "2:05", "00:03:10.5", "00:04"])
        #expect(parsed.turns.map(\.mode) == [.original, .original, .interpreted, .original, .original])
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == ["Hello."])
        #expect(parsed.turns[2].time.map { parsed.text(in: $0.range) } == "(2:05)")
        #expect(parsed.turns[3].paragraphs.count == 2)  // the prose line after it is speech
        for line in ["2022: a year", "[00:01] lower: case", "00:61x Lavrov: Hi.", "1:2 Lavrov: Hi.", "[00:01 Lavrov: Hi."] {
            #expect(try transcript("Transcript\n\n\(line)\n").turns.allSatisfy { $0.label == nil }, "\(line)")
        }
        // Otter: a name alone on its line and a time after it, the speech below — in a file with two or more.
        let otter = try transcript("Interview\n\nSergey Lavrov  0:02\nGood afternoon.\n\nSpeaker 2  0:15\nThank you.\nA second line.\n")
        #expect(otter.turns.map(\.speakerID) == ["LAVROV", "SPEAKER 2"])
        #expect(otter.turns.map { $0.time.flatMap(\.timestamp) } == ["0:02", "0:15"])
        #expect(otter.turns[1].sentences.map { otter.text(in: $0.range) } == ["Thank you.", "A second line."])
        let one = try transcript("Hotel Wilson 10:00\n\nWe met today.\n")
        #expect(one.turns.allSatisfy { $0.label == nil })
    }

    /// The European Parliament's verbatim reports end labels with a period and a dash, give the role
    /// after a comma and the language spoken as its code.
    @Test func parliamentLabelsEndWithADash() throws {
        let parsed = try transcript("""
            Debates - Tuesday, 16 January 2024 - Strasbourg

            President. – The next item is the debate on the situation in Ukraine.

            Ursula von der Leyen, President of the Commission. – Madam President, honourable Members, thank you.

            Manfred Weber, on behalf of the PPE Group. – (DE) Madam President, we stand with Ukraine. We will go on.

            Radosław Sikorski, Minister for Foreign Affairs of Poland. - Thank you.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "VON DER LEYEN", "WEBER", "SIKORSKI"])
        #expect(parsed.turns.map { $0.label?.role } == [nil, "PRESIDENT OF THE COMMISSION", "ON BEHALF OF THE PPE GROUP",
                                                        "MINISTER FOR FOREIGN AFFAIRS OF POLAND"])
        #expect(parsed.turns.map(\.spokenLanguage) == [nil, nil, "de", nil])
        // Read in the label's order: the role after the name.
        #expect(parsed.turns[2].label?.who == "WEBER, ON BEHALF OF THE PPE GROUP")
        #expect(try transcript("Talks\n\nFOREIGN MINISTER LAVROV: Thank you.\n").turns.first?.label?.who == "FOREIGN MINISTER LAVROV")
        #expect(parsed.turns.map(\.mode) == [.original, .original, .interpreted, .original])
        #expect(parsed.turns[2].sentences.map { parsed.text(in: $0.range) } == ["Madam President, we stand with Ukraine.", "We will go on."])
        // Prose with a dash after a sentence is no label.
        let prose = try transcript("Debates\n\nPresident. – Thank you.\n\nWe agreed on this. – And on that.\n\nThe Commission acted quickly. – Yes.\n\nMuchas gracias a todos.- Y ahora.\n")
        #expect(prose.turns.map(\.speakerID) == ["PRESIDENT"])
        #expect(prose.turns[0].paragraphs.count == 4)
    }

    /// Lines of a page's header that look like long titles name nobody: the header goes on past them.
    @Test func longTitlesWithoutANameAreNoLabels() throws {
        for line in ["Joint Statement of the Foreign Ministers: Full Text", "Press Conference of the Foreign Minister: Moscow",
                     "The Secretary of State said: we will", "Remarks by the President: Opening"] {
            let parsed = try transcript(line + "\n\nSECRETARY BLINKEN: Thank you.\n")
            #expect(parsed.turns.map(\.speakerID) == ["BLINKEN"], "\(line)")
        }
    }

    /// The label reading passes over lower-case words longer than any particle or title connector
    /// without looking them up: a longer particle added to the list would never be read.
    @Test func particlesAndConnectorsAreShortWords() {
        for word in PersonName.bundled.particles.union(SpeakerLabelGrammar.titleConnectors.map { $0.uppercased() }) {
            #expect(word.unicodeScalars.count <= SpeakerLabelGrammar.longestLowerCaseWord, "\(word)")
        }
        #expect(PersonName.bundled.particles.contains("DELLA"))
    }

    @Test func pinyinGivenNamesAreToldFromWesternNames() {
        for name in ["Wenbin", "Chunying", "Lijian", "Yi", "Jinping", "Ning", "Keqiang", "Xi'an", "Hua-chun",
                     "И", "Вэньбинь", "Цзиньпин", "Чуньин", "Лицзянь", "Нин", "Ган"] {
            #expect(ChineseGivenName.reads(name), "\(name)")
        }
        for name in ["John", "Smith", "Blinken", "Anthony", "Leyen", "Lavrov", "Wenbinxiaochunying",
                     "Лавров", "Сергей", "Непомнящий", "Захарова"] {
            #expect(!ChineseGivenName.reads(name), "\(name)")
        }
    }

    @Test func anOfficeIsATitleBeforeItsName() {
        let isTitle = { SpeakerLabel.roleWords.contains($0) }
        func office(_ label: String) -> String? {
            PersonName.bundled.office(in: label.split(separator: " ").map { $0.uppercased() }, isTitle: isTitle)?
                .joined(separator: " ")
        }
        #expect(office("Le Président de la République") == "PRÉSIDENT DE LA RÉPUBLIQUE")
        #expect(office("Secretary General of NATO") == "SECRETARY GENERAL OF NATO")
        #expect(office("President Putin of the Russian Federation") == nil)  // a person before "of"
        #expect(office("Russian Federation") == nil)  // no title
        #expect(office("President Macron") == nil)
        #expect(office("The Union") == nil)
    }

    @Test func koreanAndVietnameseGivenNamesAreToldFromWesternNames() {
        for name in ["Tae-yul", "Jae-in", "Ki-moon", "Geun-hye", "Kyung-wha", "Duck-soo", "Eui-yong", "JAE-MYUNG"] {
            #expect(KoreanGivenName.readsHyphenated(name), "\(name)")
        }
        for name in ["Jean-Yves", "Anne-Marie", "Jean-Pierre", "Smith-Jones", "Tae", "Tae-yul-ho", "Kyung-"] {
            #expect(!KoreanGivenName.readsHyphenated(name), "\(name)")
        }
        for name in ["Suk", "Yeol", "Jong", "Un", "Moon", "Hee", "Сон", "Хи", "Чен", "Ын", "Ёль", "Чжэ", "Тхэ"] {
            #expect(KoreanGivenName.isSyllable(name), "\(name)")
        }
        for name in ["John", "Smith", "Blinken", "Anna", "Suk2", "Сергей", "Иван", "Лавров", "Sонг"] {
            #expect(!KoreanGivenName.isSyllable(name), "\(name)")
        }
        for name in ["Minh", "Chinh", "Thanh", "Sơn", "Thị", "Ngân", "Xuân", "Phúc", "Thưởng", "Trọng", "Đức", "NGUYỄN",
                     "Тхань", "Шон", "Минь", "Тинь", "Фу", "Чонг"] {
            #expect(VietnameseSyllable.reads(name), "\(name)")
        }
        for name in ["John", "Anna", "Smith", "Blinken", "Lavrov", "Stoltenberg", "Антон", "Minh2", "Сергей", "Иван",
                     "Иванович", "Олег"] {
            #expect(!VietnameseSyllable.reads(name), "\(name)")
        }
    }

    @Test func titleWordsAreSingleWords() throws {
        let entries = BundledLexicons.entries(ofList: try #require(BundledLexicons.text(named: "speaker-roles.txt")))
        #expect(entries.count > 100)
        for (line, entry) in entries { #expect(!entry.contains(" "), "speaker-roles.txt:\(line): \(entry) is not one word") }
        #expect(SpeakerLabel.roleWords.contains("MINISTER") && SpeakerLabel.roleWords.contains("МИНИСТР"))
    }

    @Test func proseWithAColonIsNotALabel() throws {
        let parsed = try transcript("SECRETARY BLINKEN: Hello.\n\nNote: this is prose.\n\nThe bottom line is this: we talk.\n")
        #expect(parsed.turns.count == 1)
        #expect(parsed.turns[0].paragraphs.count == 3)
        let russian = try transcript("С.В.Лавров: Добрый день.\n\nНо главное вот что: это критический момент.\n\nИтог: мы договорились.\n")
        #expect(russian.turns.count == 1)
        #expect(russian.turns[0].paragraphs.count == 3)
        // With a comma: neither side a title alone, or the other side no name.
        let commas = ["However, the Minister said: we talk.", "Geneva, Switzerland: we talk.", "Madam Chair, Distinguished Delegates: we talk.",
                      "Thank you, Mr. President: we talk.", "Secretary, Minister: we talk.", "Yes, Minister: we talk.",
                      "Ladies and Gentlemen, Dear Friends: we talk.", "Господин Председатель, уважаемые коллеги: мы говорим.",
                      // A name and a lower-case title word, then prose (a verb) before the colon.
                      "M. Barrot, ministre de l’Europe a déclaré : nous parlons.", "M. Barrot, ministre, a déclaré : nous parlons.",
                      // A title of an institution, then prose.
                      "Charles Michel, President of the Council said: we talk.", "Yes, President of the Council: we talk.",
                      // A slash elsewhere than between title words.
                      "Yes/No Questions: we talk.", "Ukraine/Russia Talks: we talk."]
        let withCommas = try transcript("SECRETARY BLINKEN: Hello.\n\n" + commas.joined(separator: "\n\n") + "\n")
        #expect(withCommas.turns.count == 1)
        #expect(withCommas.turns[0].paragraphs.count == 1 + commas.count)
    }

    /// The opening statement's speaker is the one speaker of the file the title names before "with"
    /// (the partners of talks come after it), in any grammatical case; none when it names two or none.
    @Test func theHeaderNamesTheSpeakerOfAnUnlabelledOpening() throws {
        let russian = try transcript("""
            Выступление Министра иностранных дел России С.В.Лаврова в ходе переговоров с Министром иностранных дел Турции Х.Фиданом, Москва, 11 июня 2024 года

            Уважаемые дамы и господа,

            Мы провели очень полезные переговоры с нашими турецкими коллегами.

            Вопрос: Как Вы оцениваете?

            Х.Фидан (говорит по-турецки): Мы довольны.

            С.В.Лавров: Спасибо.
            """)
        #expect(russian.turns.map(\.speakerID) == ["ЛАВРОВ", "ВОПРОС", "ФИДАН", "ЛАВРОВ"])
        #expect(russian.turns[0].label == nil)
        let byline = try transcript("Press Statement\n\n*Antony J. Blinken, Secretary of State*\n\nGood morning. We have held very useful talks today here in Geneva with our colleagues.\n\nQUESTION: Why?\n\nSECRETARY BLINKEN: Because.\n")
        #expect(byline.turns.map(\.speakerID) == ["BLINKEN", "QUESTION", "BLINKEN"])
        #expect(byline.turns[0].speaker?.who == "SECRETARY BLINKEN")
        // Two speakers named before "with", or only a generic one speaking later: nobody is guessed.
        let joint = try transcript("Joint Press Availability of Secretary Blinken and Foreign Minister Lavrov\n\nGood morning. We have held very useful talks today here in Geneva with our colleagues.\n\nSECRETARY BLINKEN: Yes.\n\nFOREIGN MINISTER LAVROV: No.\n")
        #expect(joint.turns.map(\.speakerID) == [nil, "BLINKEN", "LAVROV"])
        let untitled = try transcript("Remarks to the Press\n\nGood morning. We have held very useful talks today here in Geneva with our colleagues.\n\nQUESTION: Why?\n")
        #expect(untitled.turns.map(\.speakerID) == [nil, "QUESTION"])
        // A Latin word that only starts like a speaker's id is not their name (Cyrillic case endings are).
        let other = try transcript("Remarks by Ambassador Lavrova\n\nGood morning. We have held very useful talks today here in Geneva with our colleagues.\n\nLAVROV: Yes.\n")
        #expect(other.turns.map(\.speakerID) == [nil, "LAVROV"])
    }

    /// The Chinese foreign ministry's transcripts: labels before a full-width colon (a name, a reporter,
    /// "问"), markers in full-width parentheses, the date in the title; prose before a colon ("他说：",
    /// "例如：") stays speech.
    @Test func chineseTranscriptsHaveLabelsMarkersAndADate() throws {
        let parsed = try transcript("""
            2024年3月4日外交部发言人毛宁主持例行记者会

            毛宁：各位记者朋友，下午好。今天我没有需要发布的消息。

            法新社记者：据报道，美国将实施新的制裁。中方对此有何回应？

            毛宁：我们坚决反对。（听不清）我们将采取必要措施。

            他说：“我们会回应。”

            例如：贸易和投资。

            问：中方是否会派代表出席？

            答：（笑声）请你保持关注。
            """)
        // "答：" answers: the spokesperson's the title names (`Interviewee`).
        #expect(parsed.turns.map(\.speakerID) == ["毛宁", "法新社记者", "毛宁", "问", "毛宁"])
        #expect(parsed.turns[4].speakerSource == .header)
        #expect(parsed.header.isoDate == "2024-03-04" && parsed.header.date.map { parsed.text(in: $0.range) } == "2024年3月4日")
        #expect(parsed.turns[2].sentences.map { parsed.text(in: $0.range) }
            == ["我们坚决反对。", "（听不清）我们将采取必要措施。", "他说：“我们会回应。”", "例如：贸易和投资。"])
        #expect(parsed.markers.map(\.kind) == [.inaudible, .laughter])
        #expect(parsed.markers.map { parsed.text(in: $0.range) } == ["（听不清）", "（笑声）"])
        #expect(parsed.turns.allSatisfy { $0.language == "zh" })
        // The spokesperson's title before the name, no space between: the name is the id, the title the role.
        let titled = try transcript("外交部发言人毛宁主持例行记者会\n\n外交部发言人毛宁：各位记者朋友，下午好。\n\n法新社记者：请问？\n\n毛宁：好的。\n\n中国外交部认为：这是错误的。\n")
        #expect(titled.turns.map(\.speakerID) == ["毛宁", "法新社记者", "毛宁"])
        #expect(titled.turns[0].speaker?.role == "外交部发言人" && titled.turns[2].sentences.count == 2)
        // Named as the label names them: no space between title and name in Han script.
        #expect(titled.turns[0].speaker?.who == "外交部发言人毛宁")
        // An unlabelled opening in the first person is speech, and the title names its speaker.
        let opening = try transcript("外交部发言人毛宁主持例行记者会\n\n各位记者朋友，下午好。我们今天没有需要发布的消息，下面请大家提问。\n\n法新社记者：请问？\n\n毛宁：我们坚决反对。\n")
        #expect(opening.turns.map(\.speakerID) == ["毛宁", "法新社记者", "毛宁"] && opening.turns[0].label == nil)
        #expect(opening.header.title?.text == "外交部发言人毛宁主持例行记者会" && opening.header.other.isEmpty)
        // An editor's line in the third person stays in the header.
        let summary = try transcript("外交部发言人毛宁主持例行记者会\n\n发言人就中美关系和乌克兰局势等问题回答了记者的提问。\n\n法新社记者：请问？\n")
        #expect(summary.turns.map(\.speakerID) == ["法新社记者"] && summary.header.other.count == 1)
    }

    /// Japan's foreign ministry: labels in lenticular brackets ("【記者】"), a heading's words there are no
    /// label; the dateline's date in an era's years with full-width digits; kana make the text Japanese.
    @Test func japaneseTranscriptsHaveBracketedLabelsAndAnEraDate() throws {
        let parsed = try transcript("""
            上川外務大臣会見記録

            （令和６年３月５日（火曜日）10時12分　於：本省会見室）

            【上川外務大臣】本日、私から冒頭発言はありません。

            【記者】ＮＨＫの山田です。（聞き取れず）についてお伺いします。

            【冒頭発言】これは見出しです。

            【上川外務大臣】ご指摘の点については、（笑い）検討しています。
            """)
        // The title after the name is the role; the name the id, as "FOREIGN MINISTER LAVROV" is LAVROV.
        #expect(parsed.turns.map(\.speakerID) == ["上川", "記者", "上川"])
        #expect(parsed.turns[0].label?.role == "外務大臣" && parsed.turns[0].label?.who == "上川外務大臣")
        func idAndRole(_ label: String) -> [String?] { let read = SpeakerLabel(name: Substring(label)); return [read.speakerID, read.role] }
        #expect(idAndRole("ブリンケン国務長官") == ["ブリンケン", "国務長官"] && idAndRole("ラブロフ外相") == ["ラブロフ", "外相"])
        #expect(idAndRole("王毅外长") == ["王毅", "外长"] && idAndRole("上川大臣") == ["上川", "大臣"])
        // A title alone, or after an office's name, is no name and a title: the label is the id, whole.
        #expect(idAndRole("外務大臣") == ["外務大臣", nil] && idAndRole("外務省報道官") == ["外務省報道官", nil])
        #expect(idAndRole("米国国務長官") == ["米国国務長官", nil])
        // A foreign name alone in katakana before a colon is a label, however long; words in hiragana are not.
        let colons = try transcript("ブリンケン：ありがとうございます。\n\nつまり：これは重要です。\n\nラブロフ：はい。\n")
        #expect(colons.turns.map(\.speakerID) == ["ブリンケン", "ラブロフ"] && colons.turns[0].sentences.count == 2)
        #expect(parsed.turns.allSatisfy { $0.language == "ja" })
        #expect(parsed.header.isoDate == "2024-03-05" && parsed.header.date.map { parsed.text(in: $0.range) } == "令和６年３月５日")
        #expect(parsed.header.time?.text == "10時12分")
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) } == ["ＮＨＫの山田です。", "（聞き取れず）についてお伺いします。", "【冒頭発言】これは見出しです。"])
        #expect(parsed.markers.map(\.kind) == [.inaudible, .laughter])
        // Dates: an era's year, ASCII or full-width digits; no date inside a longer number or out of range.
        func iso(_ line: String) -> String? { HeaderVocabulary.hanDate(in: Array(line.utf8), 0..<line.utf8.count)?.iso }
        #expect(iso("平成31年4月30日") == "2019-04-30" && iso("会見 2024年3月4日") == "2024-03-04" && iso("令和6年12月1日（日）") == "2024-12-01")
        #expect(iso("2024年13月1日") == nil && iso("12024年3月4日") == nil && iso("6年3月4日") == nil)
    }

    /// A foreign minister interpreted into Japanese: "（通訳）" after the label is a delivery marker in
    /// full-width parentheses; and an opening bracket right after "。" opens the next sentence (Unicode's
    /// rules would end the sentence before with it: "ありがとうございます。（").
    @Test func fullWidthDeliveryMarkersAndOpeningBrackets() throws {
        let parsed = try transcript("【ブリンケン国務長官】（通訳）ありがとうございます。日本は重要な同盟国です。\n\n【記者】ありがとうございます。（質問）「次の質問です。」と述べた。\n")
        #expect(parsed.turns[0].mode == .interpreted && parsed.turns[0].deliveryMarkers.map(\.kind) == [.delivery])
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == ["ありがとうございます。", "日本は重要な同盟国です。"])
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) }.first == "ありがとうございます。")
        #expect(parsed.turns[1].sentences.allSatisfy { sentence in
            !SentenceSplitter.openingMarks.contains { parsed.text(in: sentence.range).utf8.reversed().starts(with: $0.reversed()) } })
        let chinese = try transcript("毛宁：（翻译）谢谢。\n")
        #expect(chinese.turns[0].mode == .interpreted)
    }

    /// Korea's foreign ministry: a name and a title apart before an ASCII colon ("임수석 대변인:" → 임수석,
    /// the spokesperson), a role alone ("기자:"); prose before a colon ("그는 말했다:", "예:") stays speech;
    /// the date as "2024년 3월 5일"; Korean markers.
    @Test func koreanTranscriptsHaveLabelsMarkersAndADate() throws {
        let parsed = try transcript("""
            외교부 정례브리핑

            2024년 3월 5일

            임수석 대변인: 안녕하십니까. 오늘 브리핑을 시작하겠습니다.

            기자: 질문 드리겠습니다. (청취 불가) 어떻게 보십니까?

            그는 말했다: 좋다.

            예: 무역.

            대변인: (웃음) 답변 드리겠습니다.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["임수석", "기자", "대변인"])
        #expect(parsed.turns[0].speaker?.role == "대변인" && parsed.turns[0].speaker?.who == "임수석 대변인")
        #expect(parsed.turns[1].sentences.map { parsed.text(in: $0.range) }.suffix(2) == ["그는 말했다: 좋다.", "예: 무역."])
        #expect(parsed.header.isoDate == "2024-03-05" && parsed.header.place == nil)
        #expect(parsed.markers.map(\.kind) == [.inaudible, .laughter])
        #expect(parsed.turns.allSatisfy { $0.language == "ko" })
    }

    @Test func everyTurnOfOnePersonHasTheSameSpeakerID() throws {
        let parsed = try transcript("SECRETARY BLINKEN: Hello.\n\nQUESTION: A question.\n\nBLINKEN: An answer.\n")
        #expect(parsed.turns.map(\.speakerID) == ["BLINKEN", "QUESTION", "BLINKEN"])
    }

    @Test func textWithoutLabelsIsOneTurnWithoutSpeaker() throws {
        let parsed = try transcript("We met today. It was a good meeting.\n\nWe will meet again.\n")
        #expect(parsed.turns.count == 1)
        #expect(parsed.turns[0].speakerID == nil)
        #expect(parsed.turns[0].sentences.count == 3)
    }
}

@Suite struct MarkerTests {
    @Test(arguments: [
        ("(Via interpreter)", DeliveryMode.interpreted), ("(As interpreted)", .interpreted),
        ("(Through interpreter)", .interpreted), ("(through an interpreter)", .interpreted),
        ("(INTERPRETATION)", .interpreted), ("(Через переводчика)", .interpreted),
    ])
    func deliveryMarkersMakeATurnInterpreted(marker: String, mode: DeliveryMode) throws {
        let parsed = try transcript("PRESIDENT ZELENSKYY: \(marker) Thank you.\n")
        #expect(parsed.turns[0].mode == mode)
        #expect(parsed.turns[0].sentences.map { parsed.text(in: $0.range) } == ["Thank you."])
    }

    @Test func deliveryMarkerOpeningTheFirstParagraphCounts() throws {
        let parsed = try transcript("FOREIGN MINISTER LAVROV:\n\n(As interpreted) We are ready.\n")
        #expect(parsed.turns[0].mode == .interpreted)
        #expect(parsed.turns[0].sentences.count == 1)
    }

    /// "(Via interpreter)" at a speaker's first turn holds for their later turns; not for a generic
    /// label, whose speaker changes, and not for a language hint, which verbatim records give per turn.
    @Test func interpretationCarriesOverToASpeakersLaterTurns() throws {
        let parsed = try transcript("""
            MODERATOR: Our first question goes to Reuters.

            QUESTION: (Via interpreter) Minister, will the deal be extended?

            FOREIGN MINISTER LAVROV: (Via interpreter) Well, first of all –

            QUESTION: Sorry, one more thing.

            FOREIGN MINISTER LAVROV: – I will answer. The deal was about fertilizers.

            SECRETARY BLINKEN: Thank you, Sergey.

            FOREIGN MINISTER LAVROV: (In English) Thank you, Tony.

            Mr. Nebenzia (Russian Federation) (spoke in Russian): We have listened carefully.

            Mr. Nebenzia (Russian Federation): Let me add one thing in English.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["MODERATOR", "QUESTION", "LAVROV", "QUESTION", "LAVROV", "BLINKEN", "LAVROV", "NEBENZIA", "NEBENZIA"])
        #expect(parsed.turns.map(\.mode) == [.original, .interpreted, .interpreted, .original, .interpreted, .original, .original,
                                            .interpreted, .original])
        // Why, for a reader who weighs the transcript's word against Booth's reading.
        #expect(parsed.turns.map(\.modeEvidence) == [nil, .marker, .marker, nil, .carried, nil, nil, .language, nil])
    }

    /// A language marker that names the interpretation, in the text's own language, says the turn is
    /// interpreted (it read as spoken in English, so original); the language spoken is then unknown.
    @Test func aMarkerNamingTheInterpretationMakesATurnInterpreted() throws {
        let parsed = try transcript("""
            MINISTER LAVROV: (English interpretation) We agree with it and we will do it.

            MINISTER LAVROV: (In English) Thank you, we agree with it.

            MINISTER WANG: (Chinese interpretation) We agree with it and we will do it.
            """)
        #expect(parsed.turns.map(\.mode) == [.interpreted, .original, .interpreted])
        #expect(parsed.turns.map(\.modeEvidence) == [.marker, nil, .language])
        #expect(parsed.turns.map(\.spokenLanguage) == [nil, "en", "zh"])
    }

    /// The interpreter's own voice, labelled as transcription services label it, is interpreted speech.
    @Test func theInterpretersTurnsAreInterpreted() throws {
        let parsed = try transcript("""
            Antony Blinken (00:00):
            Good afternoon, everyone.

            Dmytro Kuleba (00:15):
            [foreign language 00:00:15]

            Interpreter (00:45):
            Thank you, Tony. We discussed the security situation.

            Interpreter for President Zelenskyy: We need support.

            INTERPRETER 2: Thank you.

            PRESIDENT ZELENSKYY: Thank you all.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["BLINKEN", "KULEBA", "INTERPRETER", "ZELENSKYY", "INTERPRETER 2", "ZELENSKYY"])
        #expect(parsed.turns.map(\.mode) == [.original, .original, .interpreted, .interpreted, .interpreted, .original])
        #expect(parsed.turns.map(\.modeEvidence) == [nil, nil, .interpreterLabel, .interpreterLabel, .interpreterLabel, nil])
        let russian = try transcript("Вопрос: Как Вы оцениваете?\n\nПереводчик: Спасибо за вопрос.\n")
        #expect(russian.turns.map(\.mode) == [.original, .interpreted])
    }

    @Test func languageHintGivesTheSpokenLanguage() throws {
        let parsed = try transcript("PRESIDENT ZELENSKYY: (In Ukrainian) Thank you.\n\nSECRETARY BLINKEN: (in English) Thanks.\n")
        #expect(parsed.turns.map(\.spokenLanguage) == ["uk", "en"])
        #expect(parsed.turns.map(\.mode) == [.interpreted, .original])
    }

    /// A bracketed time alone is a `time` marker; a time with anything else is not ("(12:30 p.m.)", or
    /// a ratio "(3:1)"), and "(Russian)" is a language hint like "(In Russian)".
    @Test func timesAloneAreTimeMarkers() {
        let vocabulary = MarkerVocabulary.bundled
        for time in ["00:45", "1:02:03", "12:30"] {
            let reading = vocabulary.classify(Substring(time))
            #expect(reading?.kind == .time && reading?.timestamp == time, "\(time)")
        }
        for other in ["12:30 p.m.", "3:1", "2022", "1:2:3", "Smith 12:30"] { #expect(vocabulary.classify(Substring(other)) == nil, "\(other)") }
        #expect(vocabulary.classify("Russian")?.language == "ru" && vocabulary.classify("In Russian")?.language == "ru")
        #expect(!MarkerKind.time.isGap && !MarkerKind.time.isEvent)
    }

    /// A language's name alone is a hint ("(Russian)", "(Russian, as interpreted)"), but not when it begins
    /// another name: a delegation in a verbatim record's label, a region or a pipeline in speech — those
    /// made the turn interpreted and hid a glossary term in the brackets from matching.
    @Test func languageNamesThatBeginOtherNamesAreNoHints() throws {
        let vocabulary = MarkerVocabulary.bundled
        for hint in ["Russian", "Russian, as interpreted", "Russian interpretation", "Russian 00:45", "Russian and English",
                     "spoke in Russian", "In Russian, partly inaudible"] {
            #expect(vocabulary.classify(Substring(hint))?.language == "ru", "\(hint)")
        }
        for name in ["Russian Federation", "Czech Republic", "Persian Gulf", "Turkish Stream", "Korean Peninsula", "German Marshall Fund"] {
            #expect(vocabulary.classify(Substring(name)) == nil, "\(name)")
        }
        let parsed = try transcript("""
            Security Council

            Mr. Nebenzia (Russian Federation): We have listened carefully to the briefing.

            Mr. Amar (Algeria) (spoke in Arabic): We discussed the pipeline (Turkish Stream) and the (Persian Gulf).
            """)
        #expect(parsed.turns.map(\.mode) == [.original, .interpreted])
        #expect(parsed.turns.map(\.spokenLanguage) == [nil, "ar"])
        #expect(parsed.turns[1].markers.isEmpty)
        // Languages beyond the UN's six and the EU's largest (these turns were original).
        let more = try transcript("""
            Joint press statements

            Prime Minister Modi (in Hindi): We welcome the President.

            President Prabowo (in Indonesian): Thank you, Prime Minister.

            Prime Minister Schoof (Dutch): We discussed trade.
            """)
        #expect(more.turns.map(\.spokenLanguage) == ["hi", "id", "nl"])
        #expect(more.turns.allSatisfy { $0.mode == .interpreted })
    }

    /// Phrases that other sources use for the same events and deliveries.
    @Test func markerPhrasesOfMoreSources() {
        let vocabulary = MarkerVocabulary.bundled
        let expected: [(String, MarkerKind)] = [
            ("off-mike", .inaudible), ("Microphone off", .inaudible), ("indecipherable", .inaudible), ("hors micro", .inaudible),
            ("Chuckles", .laughter), ("Смеётся", .laughter), ("audio cut out", .audioInterrupted),
            ("Through translator", .delivery), ("Simultaneous interpretation", .delivery), ("Синхронный перевод", .delivery),
            ("foreign language 00:03:15", .untranscribed), ("Speaking foreign language", .untranscribed), ("No interpretation.", .untranscribed),
            ("Speaks Russian", .language), ("translation from Russian", .language),
            ("indistinct", .inaudible), ("?", .inaudible), ("нрзб.", .inaudible), ("no audio", .audioInterrupted),
            ("Recording interrupted", .audioInterrupted), ("audio distortion", .audioInterrupted),
            ("ph", .uncertain), ("Phonetic", .uncertain), ("sp?", .uncertain), ("phonetic 00:03:15", .uncertain),
            ("akustisch unverständlich", .inaudible), ("inintelligible", .inaudible), ("incomprensibile", .inaudible),
            ("Heiterkeit", .laughter), ("Audience laughs", .laughter), ("applauds", .applause), ("words unclear", .inaudible),
            ("inaud.", .inaudible),
            // "Interpretation unavailable" was read as a delivery marker ("interpretation" and a qualifier).
            ("Interpretation unavailable", .untranscribed), ("translation unavailable", .untranscribed),
            ("speaks through an interpreter", .delivery), ("Translated", .delivery), ("Voice of interpreter", .delivery),
            ("Audio feed lost", .audioInterrupted), ("Simultaneous conversation", .crosstalk), ("speaks off-mic", .inaudible),
            // Portuguese, Italian, Spanish, Polish and Turkish transcripts (they were no markers).
            ("inaudível", .inaudible), ("fuori microfono", .inaudible), ("sin micrófono", .inaudible), ("niezrozumiałe", .inaudible),
            ("anlaşılmıyor", .inaudible), ("risos", .laughter), ("applausi", .applause), ("oklaski", .applause), ("alkış", .applause),
            ("traduzione", .delivery), ("tradução", .delivery),
        ]
        for (text, kind) in expected { #expect(vocabulary.classify(Substring(text))?.kind == kind, "\(text)") }
        #expect(vocabulary.classify("speaking Arabic")?.language == "ar")
        // Italian and Portuguese records say the language spoken too.
        #expect(vocabulary.classify("in inglese")?.language == "en" && vocabulary.classify("em inglês")?.language == "en")
        // Ukrainian transcripts' markers.
        #expect(vocabulary.classify("нерозбірливо")?.kind == .inaudible && vocabulary.classify("через перекладача")?.kind == .delivery)
        #expect(vocabulary.classify("українською")?.language == "uk" && vocabulary.classify("оплески")?.kind == .applause)
        // "Translated from" in French, Spanish and German.
        for (text, code) in [("interpretación del ruso", "ru"), ("traduit de l’anglais", "en"), ("Traduction du russe", "ru"),
                             ("Aus dem Russischen übersetzt", "ru"), ("Übersetzung aus dem Englischen", "en")] {
            #expect(vocabulary.classify(Substring(text))?.language == code, "\(text)")
        }
        #expect(vocabulary.classify("traduction")?.kind == .delivery)
        #expect(vocabulary.classify("foreign language 00:03:15")?.timestamp == "00:03:15")
        // Still no markers: words that only begin like one.
        for text in ["foreign languages teacher and author of the book", "Pause", "mic offers", "PH Senate", "SP Group", "? what"] { #expect(vocabulary.classify(Substring(text)) == nil, "\(text)") }
    }

    @Test func eventMarkersOfEveryKindAreFound() throws {
        let text = "MODERATOR: One [inaudible] two (Inaudible.) three (unintelligible) four (indiscernible) five [unclear] "
            + "six (inaudible 00:12:31) seven [crosstalk] eight (Laughter.) nine (Applause) ten (sic) eleven "
            + "(interpreter's note: the minister means the treaty) twelve (audio interrupted) thirteen (Smith 55).\n"
        let parsed = try transcript(text)
        let markers = parsed.turns[0].markers
        #expect(markers.map(\.kind) == [.inaudible, .inaudible, .inaudible, .inaudible, .inaudible, .inaudible,
                                        .crosstalk, .laughter, .applause, .sic, .interpreterNote, .audioInterrupted])
        #expect(markers[5].timestamp == "00:12:31")
        // One sentence: no marker ends it, not even "(Inaudible.)" with its period.
        #expect(parsed.turns[0].sentences.count == 1)
    }

    @Test func russianFrenchGermanSpanishSpellings() throws {
        let parsed = try transcript("С.В.Лавров: Мы (неразборчиво) готовы (смех) к диалогу (аплодисменты).\n")
        #expect(parsed.turns[0].markers.map(\.kind) == [.inaudible, .laughter, .applause])
        #expect(parsed.turns[0].language == "ru")
        let vocabulary = MarkerVocabulary.bundled
        #expect(vocabulary.classify("rires")?.kind == .laughter)
        #expect(vocabulary.classify("unverständlich")?.kind == .inaudible)
        #expect(vocabulary.classify("risas")?.kind == .laughter)
        #expect(vocabulary.classify("Smith 55") == nil)
        #expect(vocabulary.classify("inaudibleness") == nil)
    }

    @Test func userVocabularyExtendsTheMarkers() throws {
        let custom = MarkerVocabulary(listText: "[inaudible]\nmumbles\n[laughter]\nchuckles\n")
        let parser = TranscriptParser(options: .init(markers: custom))
        let parsed = try parser.parse(try normalized("MODERATOR: So (mumbles) and (chuckles) done.\n"))
        #expect(parsed.turns[0].markers.map(\.kind) == [.inaudible, .laughter])
    }

    @Test func unclosedBracketIsRecorded() throws {
        let parsed = try transcript("MODERATOR: We said (inaudible and then went on.\n")
        #expect(parsed.unclosedBrackets.count == 1)
        #expect(parsed.turns[0].markers.isEmpty)
    }
}

@Suite struct HeaderTests {
    @Test(arguments: [
        ("January 21, 2022", "2022-01-21"), ("Friday, January 21, 2022", "2022-01-21"), ("21 января 2022 г.", "2022-01-21"),
        ("2 décembre 2021", "2021-12-02"), ("2021-12-02", "2021-12-02"), ("02.12.2021", "2021-12-02"), ("Dec. 2, 2021", "2021-12-02"),
    ])
    func datesAreReadToISO(line: String, iso: String) {
        #expect(HeaderVocabulary.bundled.isoDate(fromLine: line) == iso)
    }

    @Test(arguments: ["February 30, 2022", "January 21", "We met on January 21, 2022.", "2022"])
    func nonDatesAreNotDates(line: String) {
        #expect(HeaderVocabulary.bundled.isoDate(fromLine: line) == nil)
    }

    /// Spokespersons' offices end the title with "on" and the date.
    @Test(arguments: [
        ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024", "March 4, 2024"),
        ("Regierungspressekonferenz vom 12. Juni 2024", "12. Juni 2024"),
        ("Point de presse du 6 juin 2024", "6 juin 2024"),
        ("Брифинг официального представителя МИД России от 6 марта 2024 года", "6 марта 2024 года"),
        ("Noon Briefing of Friday, 4 March 2022", "Friday, 4 March 2022"),
    ])
    func titlesEndingInADateAfterAPreposition(title: String, date: String) {
        #expect(HeaderVocabulary.bundled.dateAfterPreposition(endingTitle: title)?.text == Substring(date))
    }

    @Test(arguments: [
        "Remarks on the Treaty of 1987", "Statement on Ukraine", "Press Conference March 4, 2024",
        "Talks on March 4, 2024 and After", "Resolution 2231 of 2015",
    ])
    func titlesWithoutAFinalDate(title: String) {
        #expect(HeaderVocabulary.bundled.dateAfterPreposition(endingTitle: title) == nil)
    }

    @Test func timesOfDayAreTimeLines() {
        let vocabulary = HeaderVocabulary.bundled
        for line in ["1:47 P.M. EDT", "13:30", "10.00 Uhr", "15h30", "11:05 a.m. (local time)", "9:30am", "12:00 GMT"] {
            #expect(vocabulary.isTimeLine(line), "\(line)")
        }
        #expect(vocabulary.timeOfDayLength(in: "4:33 p.m. Ministry of Foreign Affairs") == 9)
        #expect(vocabulary.timeOfDayLength(in: "4:33 p.m. Geneva") == 9)
        #expect(vocabulary.isTimeLine("13:30 Moscow time") && vocabulary.isTimeLine("13:30 (Moscow time)"))
        for line in ["00:12:31", "1:47 at the Palace", "2024", "13:3", "Room 1.2", "10:00 first session", "123:45"] {
            #expect(!vocabulary.isTimeLine(line), "\(line)")
        }
    }

    /// A time of day gets a field of its own (it was taken for a place line); a list of participants
    /// ("Sprecher: …") is one too, each name a field; a title's date after "on" is the date.
    @Test func headerTimesAndListsOfSpeakers() throws {
        let briefing = try transcript("""
            Press Briefing by Press Secretary Karine Jean-Pierre

            James S. Brady Press Briefing Room

            1:47 P.M. EDT

            MS. JEAN-PIERRE:  Good afternoon, everyone.
            """)
        #expect(briefing.header.place == "James S. Brady Press Briefing Room")
        #expect(briefing.header.time.map { briefing.text(in: $0.range) } == "1:47 P.M. EDT")
        let german = try transcript("Regierungspressekonferenz vom 12. Juni 2024\n\nSprecher: StS Hebestreit, Wagner (AA)\n\nVORS. WOLF: Ich eröffne die Regierungspressekonferenz.\n")
        #expect(german.header.isoDate == "2024-06-12" && german.header.date.map { german.text(in: $0.range) } == "12. Juni 2024")
        #expect(german.header.place == nil && german.header.other.isEmpty)
        #expect(german.header.participants.map { german.text(in: $0.range) } == ["StS Hebestreit", "Wagner (AA)"])
        // Lists of participants: parted by commas and semicolons outside brackets and by a joining word.
        let lists = [
            ("Participants: Secretary Blinken and Foreign Minister Lavrov.", ["Secretary Blinken", "Foreign Minister Lavrov"]),
            ("Участники: С.В.Лавров, Х.Фидан (Турция) и М.Дамен", ["С.В.Лавров", "Х.Фидан (Турция)", "М.Дамен"]),
            ("Intervenants : M. Dupont (ministère, service de presse) ; Mme Martin", ["M. Dupont (ministère, service de presse)", "Mme Martin"]),
        ]
        for (line, names) in lists {
            let parsed = try transcript("Talks in Ankara\n\n\(line)\n\nQUESTION: Yes?\n")
            #expect(parsed.header.participants.map { parsed.text(in: $0.range) } == names, "\(line)")
            #expect(parsed.header.participants.map(\.text) == names)
        }
        // A line whose opening word lists nobody stays where it was.
        let note = try transcript("Talks in Ankara\n\nNote: the briefing began late.\n\nQUESTION: Yes?\n")
        #expect(note.header.participants.isEmpty && note.header.other.map(\.text) == ["Note: the briefing began late."])
        let kremlin = try transcript("Press statements\n\nMay 16, 2024, 13:30, Beijing\n\nVladimir Putin: Ladies and gentlemen,\n")
        #expect(kremlin.header.time?.text == "13:30" && kremlin.header.place == "Beijing")
        // Japan's foreign ministry: the time and the venue in one part of the dateline.
        let tokyo = try transcript("""
            Press Conference by Foreign Press Secretary KOBAYASHI Maki

            Wednesday, March 13, 2024, 4:33 p.m. Ministry of Foreign Affairs

            Press Secretary KOBAYASHI: I would like to begin with one announcement.
            """)
        #expect(tokyo.header.isoDate == "2024-03-13" && tokyo.header.place == "Ministry of Foreign Affairs")
        #expect(tokyo.header.time.map { tokyo.text(in: $0.range) } == "4:33 p.m.")
        #expect(tokyo.header.placeLines.map { tokyo.text(in: $0.range) } == ["Ministry of Foreign Affairs"])
    }
}

@Suite struct ListItemsPrefilterTests {
    /// The quick test before the list scan: a bullet or a number's "." lets it through; a dash or a
    /// curly quote (also three bytes from E2) does not.
    @Test func bulletsPassDashesAndQuotesDoNot() {
        func mayHold(_ text: String) -> Bool { let bytes = Array(text.utf8); return ListItems.mayHold(bytes, 0..<bytes.count) }
        #expect(!mayHold("Yes — it’s “fine”, they said – again."))
        #expect(mayHold("• The first • The second"))
        #expect(mayHold("Items ◦ one ◦ two"))
        #expect(mayHold("see 1) the first and 2) the second"))
        #expect(!mayHold("Nothing to see here, none at all"))
    }

    /// Pieces of English and Russian prose with every mark the two scans look for, and characters whose
    /// bytes fall across the eight-byte words the shortcuts skip.
    static let pieces = ["Москва", "это", " ", " ", "«", "»", "“", "”", "„", "‘", "’", "(", ")", "[", "]", "\"", "'",
                         "it's", "1.", "2)", "a.", " b)", "•", "◦", "—", "…", ".", ",", "Ё", "中文", "😀", "é", "x"]

    static func randomParagraphs(seed: UInt64) -> [[UInt8]] {
        var generator = SplitMix64(seed: seed)
        return (0..<3_000).map { _ in
            Array((0..<Int(generator.next() % 40)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
        }
    }

    /// The prefilter passes over eight bytes at a time, Russian letters included; what it says is what a
    /// byte-by-byte reading says: a bullet, or "." or ")" after a digit or after a lone small letter.
    @Test func prefilterIsTheByteByByteReading() {
        for text in Self.randomParagraphs(seed: 61) {
            let scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
            var expected = scalars.contains { [0x2022, 0x2043, 0x25E6, 0x25AA, 0x2023, 0x25CF].contains($0.value) }
            for (index, scalar) in scalars.enumerated() where (scalar == "." || scalar == ")") && index > 0 {
                let before = scalars[index - 1]
                if ("0"..."9").contains(before) { expected = true }
                if ("a"..."z").contains(before), index == 1 || scalars[index - 2] == " " { expected = true }
            }
            #expect(ListItems.mayHold(text, 0..<text.count) == expected, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// Bracket pairs found skipping eight bytes at a time are those found byte by byte.
    @Test func bracketPairsSkippingArePairsByteByByte() {
        var paired = 0
        for text in Self.randomParagraphs(seed: 67) {
            let range = min(1, text.count)..<text.count
            let fast = BracketPairs(text, range), slow = BracketPairs(text, range, skipsPlainRuns: false)
            #expect(fast.pairs == slow.pairs, "\(String(decoding: text, as: UTF8.self))")
            paired += fast.pairs.count
        }
        #expect(paired > 1_000)
    }
}

@Suite struct DottedLettersTests {
    /// Letters each followed by a period, by characters (the definition, without the shortcut).
    static func reference(_ token: String) -> Bool {
        var expectLetter = true, letters = 0
        for character in token {
            if expectLetter { guard character.isLetter else { return false }; letters += 1 } else if character != "." { return false }
            expectLetter.toggle()
        }
        return letters > 0 && expectLetter
    }

    @Test func shortcutAgreesWithTheDefinition() {
        let known: [(String, Bool)] = [("E.", true), ("U.S.", true), ("Л.Н.", true), ("a.m.", true), ("т.е.", true),
                                       ("talks.", false), ("США.", false), ("Mr.", false), ("x.", true), ("1.", false),
                                       ("e\u{323}\u{302}.", true), ("ab.", false), ("мы.", false)]
        for (token, expected) in known { #expect(SentenceSplitter.isDottedLetters(token) == expected, "\(token)") }
        var generator = SplitMix64(seed: 9)
        let pieces = ["a", "Z", ".", "я", "Ж", "\u{301}", "é", "1", "-", "ё"]
        for _ in 0..<20_000 {
            let token = (0..<Int(1 + generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(SentenceSplitter.isDottedLetters(token) == Self.reference(token), "\(token)")
        }
    }

    /// The one-lookup table of abbreviation kinds says what the three lists say, for every bundled
    /// abbreviation in three casings and for words on no list.
    @Test(arguments: ["en", "ru", "fr", "de", "es", "it", "pt"])
    func abbreviationKindsAreThoseOfTheLists(_ language: String) {
        let rules = SegmentationRules.bundled(language: language)
        let all = rules.titles.union(rules.numbers).union(rules.endings)
        #expect(all.count > 10)
        for abbreviation in all {
            for written in [abbreviation, abbreviation.uppercased(), abbreviation.prefix(1).uppercased() + abbreviation.dropFirst()] {
                let kinds = rules.kinds(of: written)
                #expect(kinds.contains(.title) == rules.titles.contains(abbreviation), "\(written)")
                #expect(kinds.contains(.number) == rules.numbers.contains(abbreviation), "\(written)")
                #expect(kinds.contains(.ending) == rules.endings.contains(abbreviation), "\(written)")
            }
        }
        for word in ["talks.", "Geneva.", "переговоры.", "É.", "", ".", "ЁЛКА.", "Ѓ.", "ѐж."] {
            #expect(rules.kinds(of: word) == SegmentationRules.Kinds(rawValue: (rules.titles.contains(word.lowercased()) ? 1 : 0)
                + (rules.numbers.contains(word.lowercased()) ? 2 : 0) + (rules.endings.contains(word.lowercased()) ? 4 : 0)), "\(word)")
        }
    }
}

@Suite struct CyrillicLoweringTests {
    /// ASCII and U+0400–U+045F lowered byte by byte as `String.lowercased()` lowers them: every character
    /// of the range, and random words of it; other characters refused.
    @Test func loweringIsStringLowercased() {
        func lowered(_ text: String) -> String? {
            var text = text
            return text.withUTF8 { bytes in
                let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
                defer { buffer.deallocate() }
                guard SegmentationRules.lowerASCIIAndCyrillic(bytes, into: buffer) else { return nil }
                return String(decoding: buffer, as: UTF8.self)
            }
        }
        let characters = (0x0400...0x045F).map { String(Unicode.Scalar($0)!) } + ["A", "z", ".", "-", "7"]
        for character in characters { #expect(lowered(character) == character.lowercased(), "\(character)") }
        var generator = SplitMix64(seed: 71)
        for _ in 0..<2_000 {
            let word = (0..<Int(generator.next() % 10)).map { _ in characters[Int(generator.next() % UInt64(characters.count))] }.joined()
            #expect(lowered(word) == word.lowercased(), "\(word)")
        }
        for other in ["É", "ѣ", "Ω", "и\u{0306}"] { #expect(lowered(other) == nil, "\(other)") }
    }
}

@Suite struct ASCIILabelTests {
    /// The byte reading of a label agrees with the String one wherever it decides: on random lines made
    /// of label-like pieces, and on every line of the sample transcripts and the Russian test pairs.
    @Test func byteReadingAgreesWithTheGrammar() throws {
        let grammar = SpeakerLabelGrammar.bundled
        func check(_ line: [UInt8]) {
            let verdict = line.withUnsafeBufferPointer { grammar.asciiLabel(in: $0, 0..<$0.count) }
            guard let verdict else { return }
            let expected = grammar.label(atStartOf: Substring(String(decoding: line, as: UTF8.self)))
            switch verdict {
            case .label(let name, let length):
                #expect(expected.map { String($0.name) } == name && expected?.length == length,
                        "\(String(decoding: line, as: UTF8.self).debugDescription)")
            case .notALabel:
                #expect(expected == nil, "\(String(decoding: line, as: UTF8.self).debugDescription)")
            }
        }
        let pieces = ["SECRETARY", "BLINKEN", "Q", "Mr", "Moderator", "MODERATOR", "Question", "S.V.Lavrov", "A.b",
                      "lavrov", " ", " ", ":", ":", ".", "-", "'", "’", "(", ")", " (retranslated)", " (Reuters)", "(x)",
                      "1", "Я", "ЛАВРОВ", "x", "É", "\t", "—", "…", "\"", "“", " (00:02)", " (spoke in Russian)", "von", "of",
                      ", ", ",", "Foreign Secretary", "Shri", " [NATO Spokesperson]", "[", "]", " [a:b]"]
        var generator = SplitMix64(seed: 31)
        var decided = 0
        for _ in 0..<30_000 {
            let line = (0..<Int(1 + generator.next() % 8)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(line.utf8)
            if bytes.withUnsafeBufferPointer({ grammar.asciiLabel(in: $0, 0..<$0.count) }) != nil { decided += 1 }
            check(bytes)
        }
        #expect(decided > 10_000)
        // Names of one to seven words before a colon, in every casing the rules tell apart.
        let words = ["SECRETARY", "Secretary", "secretary", "BLINKEN", "Lavrov", "Q", "Mr.", "MR.", "S.V.Lavrov",
                     "s.v.Lavrov", "A.B", "Moderator", "moderator", "Interpreter", "O'Brien", "Jean-Yves", "X1", "Я",
                     // Particles, title connectors and title words, and a lower-case word too long to be either.
                     "von", "der", "della", "de", "of", "the", "State", "General", "Minister", "answer", "Leyen",
                     // Generic speakers of several words.
                     "Audience", "member", "Unidentified", "speaker",
                     // Labels with a comma between the role and the name, either way round.
                     "Spokesperson,", "Secretary,", "Lavrov,", "Shri", "Speaker 2,"]
        for _ in 0..<30_000 {
            let count = Int(1 + generator.next() % 7)
            let name = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
            let asides = [" (retranslated)", " (как переведено)", " (a:b)", "  (x)", " ()", " (x", "", " (00:02)",
                          " (Russian Federation) (spoke in Russian)", " (a) (b) (c)", " [NATO Spokesperson]",
                          " [Teri Schultz, NPR]", " [x) (y]", " (x] [y)", " [00:02]"]
            let aside = asides[Int(generator.next() % UInt64(asides.count))]
            check(Array((name + aside + (generator.next() % 4 == 0 ? " :" : ":") + " Thank you.").utf8))
        }
        for file in Fixtures.corpora + ["stockholm", "geneva"].map({ "Tests/Fixtures/align/\($0)-ru.txt" }) {
            for line in try Fixtures.bytes(file).split(separator: 0x0A) {
                check(Array(line.prefix(SpeakerLabelGrammar.maximumLabelScalars * 4 + 4)))
            }
        }
        // Long names: exactly sixty characters before the colon are allowed, sixty-one are not.
        check(Array((String(repeating: "A", count: 60) + ": x").utf8))
        check(Array((String(repeating: "A", count: 61) + ": x").utf8))
    }
}

@Suite struct LanguageGuessTests {
    private func guess(_ text: String, sampleBytes: Int = 4096) -> String {
        let bytes = Array(text.utf8)
        return LanguageGuess.language(of: bytes, in: [0..<bytes.count], sampleBytes: sampleBytes)
    }

    /// The script most letters are written in decides; a tie goes to the script whose ISO 15924 code
    /// sorts first (Cyrillic before Latin); a text without letters is English.
    @Test func theMostUsedScriptDecides() {
        #expect(guess("The talks went well, Mr. Lavrov said.") == "en")
        #expect(guess("Переговоры прошли хорошо, сказал Лавров.") == "ru")
        #expect(guess("ОБСЕ and NATO: «Минск» is in Belarus") == "en")
        #expect(guess("OSCE — ОБСЕ, NATO — НАТО: Минск, Москва") == "ru")
        #expect(guess("abcd абвг") == "ru")  // four letters each
        #expect(guess("Η Ελλάδα και η ΕΕ, said the minister") == "en")  // 13 Latin letters, 11 Greek
        #expect(guess("Η Ελλάδα και η Ευρωπαϊκή Ένωση (EU)") == "el")
        #expect(guess("Ζ ab") == "en")
        #expect(guess("ΖΗ ab") == "el")  // a tie goes to the script whose code sorts first: Cyrl, Grek before Latn
        #expect(guess("") == "en" && guess("1, 2, 3 — 4!") == "en")
    }

    /// Only the first `sampleBytes` bytes count.
    @Test func onlyTheSampleCounts() {
        let text = String(repeating: "a", count: 100) + String(repeating: "я", count: 200)
        #expect(guess(text, sampleBytes: 120) == "en")
        #expect(guess(text, sampleBytes: 4096) == "ru")
    }
}
