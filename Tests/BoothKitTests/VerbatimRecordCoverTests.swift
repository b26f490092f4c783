import Foundation
import Testing
import TestSupport
@testable import BoothKit

/// The cover page of a UN verbatim record (S/PV), as a PDF's text gives it: date and hour, the president
/// and members with dot leaders, the agenda.
@Suite struct VerbatimRecordCoverTests {
    static let cover = """
        United Nations S/PV.9000
        Security Council
        Seventy-eighth year
        9000th meeting
        Monday, 10 April 2023, 10 a.m.
        New York

        President: Mr. Nebenzia . . . . . . . . . . . . . . . . . . . (Russian Federation)
        Members: Albania . . . . . . . . . . . . . . . . . . . . . . . . Mr. Hoxha
        Brazil . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. De Almeida Filho

        Agenda
        Maintenance of international peace and security

        The meeting was called to order at 10.05 a.m.

        The President (spoke in Russian): I welcome the Secretary-General.
        """

    @Test func coverPageFields() throws {
        let parsed = try transcript(Self.cover)
        let header = parsed.header
        #expect(header.isoDate == "2023-04-10")
        #expect(header.time?.text == "10 a.m.")
        #expect(header.participants.map(\.text) == ["Mr. Nebenzia (Russian Federation)", "Mr. Hoxha (Albania)", "Mr. De Almeida Filho (Brazil)"])
        // The span runs from the first name to the last, in the original.
        let first = try #require(header.participants.first)
        #expect(parsed.source.text(in: parsed.originalRange(of: first.range)).hasPrefix("Mr. Nebenzia . . ."))
        #expect(parsed.source.text(in: parsed.originalRange(of: first.range)).hasSuffix("(Russian Federation)"))
        #expect(header.agenda.map(\.text) == ["Maintenance of international peace and security"])
        #expect(header.title?.text == "United Nations S/PV.9000" && header.symbol?.text == "S/PV.9000")
        // The body and the meeting's number are no place (they were: "Security Council, Seventy-eighth
        // year, 9000th meeting, New York").
        #expect(header.place == "New York")
        #expect(header.other.map(\.text) == ["Security Council", "Seventy-eighth year", "9000th meeting"])
        #expect(parsed.notes.map(\.kind) == [.opening])
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT"])
        // The president beside "President:" presides, and is who "The President" is; a member is not.
        #expect(header.presiding?.text == "Mr. Nebenzia")
        #expect(parsed.turns.map { $0.presiding.map(parsed.text(in:)) } == ["Mr. Nebenzia"])
    }

    /// After "The President returned to the Chair.", the cover page's president presides again.
    @Test func thePresidentReturnsToTheChair() throws {
        let parsed = try transcript(Self.cover + """


            Mr. Hoxha (Albania), Vice-President, took the Chair.

            The Acting President: I give the floor to the representative of Brazil.

            The President returned to the Chair.

            The President: I thank the Vice-President.
            """)
        #expect(parsed.turns.map(\.speakerID) == ["PRESIDENT", "ACTING PRESIDENT", "PRESIDENT"])
        #expect(parsed.turns.map { $0.presiding.map(parsed.text(in:)) } == ["Mr. Nebenzia", "Mr. Hoxha (Albania)", "Mr. Nebenzia"])
    }

    /// The French, Spanish and Chinese editions: a time after its preposition in the dateline, and in
    /// Chinese the president's line, "主席：" and a dot leader, a participant, not a turn.
    @Test func coverPagesInOtherLanguages() throws {
        let french = try transcript("Conseil de sécurité\nLundi 10 avril 2023, à 10 heures\nNew York\n\nLe Président (parle en russe) : Je vous remercie.\n")
        #expect(french.header.isoDate == "2023-04-10" && french.header.time?.text == "10 heures" && french.header.place == "New York")
        let russian = try transcript("Организация Объединенных Наций S/PV.9000\nСовет Безопасности\nСемьдесят восьмой год\n9000-е заседание\nПонедельник, 10 апреля 2023 года, 10 ч. 00 м.\nНью-Йорк\n\nПредседатель: Благодарю.\n")
        #expect(russian.header.place == "Нью-Йорк" && russian.header.other.count == 3)
        let spanish = try transcript("Consejo de Seguridad\nLunes 10 de abril de 2023, a las 10.00 horas\n\nEl Presidente (habla en ruso): Gracias.\n")
        #expect(spanish.header.isoDate == "2023-04-10" && spanish.header.time?.text == "10.00 horas")
        let chinese = try transcript("""
            安全理事会
            2023年4月10日星期一上午10时

            主席： 涅边贾先生 . . . . . . . . . . . . (俄罗斯联邦)
            成员： 阿尔巴尼亚 . . . . . . . . . . . . 霍贾先生

            议程
            维护国际和平与安全

            主席（以俄语发言）：我欢迎秘书长。
            """)
        #expect(chinese.header.participants.map(\.text) == ["涅边贾先生 (俄罗斯联邦)", "霍贾先生 (阿尔巴尼亚)"])
        #expect(chinese.header.agenda.map(\.text) == ["维护国际和平与安全"])
        #expect(chinese.header.isoDate == "2023-04-10" && chinese.header.time?.text == "上午10时")
        func time(_ line: String) -> String? {
            let bytes = Array(line.utf8)
            return HeaderVocabulary.hanTime(in: bytes, 0..<bytes.count, from: 0).map { bytes.string($0) }
        }
        #expect(time("午後３時") == "午後３時" && time("15时30分开会") == "15时30分" && time("第9000次会议") == nil && time("123时") == nil)
        #expect(chinese.turns.map(\.speakerID) == ["主席"] && chinese.turns[0].spokenLanguage == "ru")
        // In speech, after the first label, the president's line with dots is the president's turn.
        let speech = try transcript("Вопрос: Что дальше?\n\nПредседатель: Итак..... переходим к следующему пункту.\n")
        #expect(speech.turns.map(\.speakerID) == ["ВОПРОС", "ПРЕДСЕДАТЕЛЬ"])
    }

    @Test(arguments: [
        ("10 a.m.", true), ("3 p.m. EDT", true), ("10 ч. 00 м.", true), ("13 h 15", true), ("10 Uhr", true),
        ("10.05 a.m.", true), ("10 members", false), ("10", false), ("100 a.m.", false),
    ])
    func anHourAloneIsATimeBeforeItsWord(line: String, isTime: Bool) {
        #expect(HeaderVocabulary.bundled.isTimeLine(line) == isTime)
    }

    /// A record's symbol is a word of its own: series, session, "PV." or "SR.", the meeting's number.
    @Test func documentSymbols() {
        func symbol(_ line: String) -> String? {
            let text = Array(line.utf8)
            return HeaderVocabulary.documentSymbol(in: 0..<text.count, of: text).map { text.string($0) }
        }
        #expect(symbol("United Nations S/PV.9000") == "S/PV.9000" && symbol("A/78/PV.12 (Resumption 1)") == "A/78/PV.12")
        #expect(symbol("Организация Объединенных Наций E/2024/SR.5") == "E/2024/SR.5")
        #expect(symbol("see document S/PV.") == nil && symbol("xS/PV.9000") == nil && symbol("S/PV.9000x") == nil)
    }

    /// A PDF gives the symbol a line of its own, and repeats it on every page as a running head: the cover
    /// page's is the header's (it was removed with the running heads, and the header had none); the others
    /// stay chrome. "Adoption of the agenda", the item every meeting opens with, is an agenda item (it was
    /// read as a place).
    @Test func aSymbolAloneOnTheCoverPage() throws {
        let parsed = try transcript("""
            United Nations
            S/PV.9000
            Security Council
            9000th meeting
            Monday, 10 April 2023, 10 a.m.
            New York

            Adoption of the agenda

            The agenda was adopted.

            The President (spoke in Russian): I thank Mr. Griffiths for his briefing.

            S/PV.9000

            Adoption of the agenda

            Mr. Hoxha (Albania): We thank the presidency.
            """)
        #expect(parsed.header.symbol?.text == "S/PV.9000")
        #expect(parsed.header.agenda.map(\.text) == ["Adoption of the agenda"])
        #expect(!(parsed.header.place ?? "").contains("agenda"))
        #expect(parsed.chrome.map { parsed.source.text(in: $0).trimmingCharacters(in: .whitespacesAndNewlines) } == ["S/PV.9000"])
        #expect(parsed.headings.map { parsed.text(in: $0) } == ["Adoption of the agenda"])
        #expect(parsed.turns.map { $0.sentences.count } == [1, 1])
    }

    /// A dot leader is five periods or more; "Mr. Hoxha" has one, "U.S.A." three, "word. . . ." four.
    @Test func dotLeaders() {
        func leader(_ line: String) -> String? {
            let text = Array(line.utf8)
            return HeaderVocabulary.dotLeader(in: 0..<text.count, of: text).map { text.string($0) }
        }
        #expect(leader("Albania . . . . . Mr. Hoxha") == ". . . . . ")
        #expect(leader("Albania........Mr. Hoxha") == "........")
        #expect(leader("Mr. Smith of the U.S.A.") == nil && leader("it compounds. . . . The") == nil)
        // A line with a leader is a member only after "Members:" or another member.
        let text = Array("Brazil . . . . . Mr. De Almeida Filho".utf8)
        #expect(HeaderVocabulary.bundled.ledParticipant(inLine: 0..<text.count, of: text, continuing: false) == nil)
        #expect(HeaderVocabulary.bundled.ledParticipant(inLine: 0..<text.count, of: text, continuing: true)?.field.text == "Mr. De Almeida Filho (Brazil)")
    }
}
