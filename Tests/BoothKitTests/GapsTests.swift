import Testing
import TestSupport
@testable import BoothKit

@Suite struct GapsTests {
    @Test func stockholmHasThreeInterpretedGapsByLavrovWithTheirPlaces() throws {
        let stockholm = try transcript(file: Fixtures.stockholm)
        let bundled = try GlossaryLoader.bundled()
        let matches = try TermMatcher(index: try TermIndex(bundled)).matches(in: stockholm)
        let gaps = Gaps.find(in: stockholm, matches: matches, glossary: bundled)
        #expect(gaps.count == 3)
        #expect(gaps.allSatisfy { $0.speaker == "LAVROV" && $0.mode == .interpreted && $0.kind == .inaudible })
        #expect(gaps.map(\.position) == [Position(line: 11, column: 72), Position(line: 11, column: 101),
                                         Position(line: 19, column: 677)])
        let original = stockholm.source
        #expect(gaps.allSatisfy { original.text(in: $0.start..<$0.end) == "(inaudible)" })
        // The third gap sits in a sentence holding NATO, a glossary concept.
        #expect(gaps[2].concepts.contains("nato"))
        #expect(gaps[2].before == "the security of others. And NATO’s extension to")
        #expect(gaps[2].after == "will infringe upon our security, obviously. This is")
        #expect(gaps[0].sentence == "So Mr. Secretary of State, (inaudible).")
    }

    @Test func timestampsCrosstalkAndNonGapMarkers() throws {
        let parsed = try transcript("MODERATOR: One (inaudible 00:12:31) two [crosstalk] three (Laughter.) four (audio interrupted).\n")
        let gaps = Gaps.find(in: parsed)
        #expect(gaps.map(\.kind) == [.inaudible, .crosstalk, .audioInterrupted])
        #expect(gaps.first?.timestamp == "00:12:31")
        #expect(gaps.allSatisfy { $0.concepts.isEmpty })
        let totals = Gaps.totals(gaps)
        #expect(totals.bySpeaker == ["MODERATOR": 3])
        #expect(gaps.allSatisfy { $0.turnTime == nil })
    }

    /// Chinese has no spaces between words: the context is the sixteen characters either side, not the
    /// whole paragraph.
    @Test func contextInTextWithoutSpacesIsBounded() throws {
        let before = String(repeating: "我们坚决反对这种做法并且要求对方立即停止一切挑衅行为", count: 4)
        let after = String(repeating: "我们将采取必要措施来维护国家主权安全和发展利益", count: 4)
        let parsed = try transcript("毛宁：\(before)（听不清）\(after)\n")
        let gaps = Gaps.find(in: parsed)
        #expect(gaps.map(\.kind) == [.inaudible] && gaps.first?.speaker == "毛宁")
        #expect(gaps.first?.before == "并且要求对方立即停止一切挑衅行为")
        #expect(gaps.first?.after == "我们将采取必要措施来维护国家主权")
    }

    /// Speech a transcription service did not transcribe, or an interpretation not given, is a gap too:
    /// what the speaker said there is not in the text.
    @Test func untranscribedSpeechIsAGap() throws {
        let parsed = try transcript("Transcript\n\nSpeaker 1 (00:01:10): Thank you. [foreign language 00:01:15] So we agree.\n\n"
            + "PRESIDENT ZELENSKYY: (Via interpreter) We discussed it. (No interpretation.) Thank you.\n")
        let gaps = Gaps.find(in: parsed)
        #expect(gaps.map(\.kind) == [.untranscribed, .untranscribed])
        #expect(gaps.map(\.timestamp) == ["00:01:15", nil])
        #expect(gaps.map(\.mode) == [.original, .interpreted])
        #expect(gaps.map(\.before) == ["Thank you.", "We discussed it."])
    }

    /// A gap without a time of its own is placed by its turn's, where the transcript times its turns.
    @Test func aGapCarriesItsTurnsTime() throws {
        let parsed = try transcript("Transcript\n\n[00:01:23] SECRETARY BLINKEN: Hello (inaudible) there.\n\n"
            + "Speaker 2 (00:02:00): Yes [crosstalk 00:02:05] no.\n\nLAVROV: Well (inaudible).\n")
        let gaps = Gaps.find(in: parsed)
        #expect(gaps.map(\.turnTime) == ["00:01:23", "00:02:00", nil])
        #expect(gaps.map(\.timestamp) == [nil, "00:02:05", nil])
    }
}
