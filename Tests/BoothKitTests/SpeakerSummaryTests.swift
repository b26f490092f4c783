import Testing
import TestSupport
@testable import BoothKit

/// Each speaker's turns, sentences and words, the interpreted share, the languages and the gaps.
@Suite struct SpeakerSummaryTests {
    /// Stockholm: Lavrov's one turn is interpreted, all of its words, with the file's three gaps;
    /// Blinken's is original. The words are ICU's, the markers' own words not counted.
    @Test func stockholmsSpeakersInFigures() throws {
        let stockholm = try transcript(file: Fixtures.stockholm)
        let summaries = try SpeakerSummary.summaries(of: stockholm)
        #expect(summaries.map(\.speakerID) == ["LAVROV", "BLINKEN"])
        let lavrov = summaries[0], blinken = summaries[1]
        #expect(lavrov.who == "FOREIGN MINISTER LAVROV" && lavrov.source == .label)
        #expect(lavrov.turns == 1 && lavrov.sentences == stockholm.turns[0].sentences.count)
        #expect(lavrov.words > 500 && lavrov.interpretedWords == lavrov.words && lavrov.interpretedTurns == 1)
        #expect(lavrov.gaps == 3)
        #expect(blinken.interpretedWords == 0 && blinken.gaps == 0 && blinken.wordsByLanguage == ["en": blinken.words])
    }

    /// Words are counted outside the markers; several turns add up; an interview's answers are the
    /// interviewee's, said to come from the header; speech without a speaker is a summary of its own.
    @Test func wordsTurnsAndSources() throws {
        let interview = try transcript("""
            Entretien de M. Jean-Noël Barrot avec « RFI »

            Q - Monsieur le Ministre, bonsoir.

            R - Bonsoir (inaudible) à tous.

            Q - Une question ?

            R - Oui. Nous sommes prêts.
            """)
        let summaries = try SpeakerSummary.summaries(of: interview)
        #expect(summaries.map(\.speakerID) == ["QUESTION", "BARROT"])
        let barrot = summaries[1]
        #expect(barrot.source == .header && barrot.turns == 2 && barrot.sentences == 3 && barrot.firstTurn == 1)
        #expect(barrot.words == 7)  // Bonsoir à tous / Oui / Nous sommes prêts; not "inaudible"
        #expect(barrot.gaps == 1 && barrot.wordsByLanguage == ["fr": 7])
        let unlabelled = try SpeakerSummary.summaries(of: try transcript("Some words here (inaudible) and more.\n"))
        #expect(unlabelled.map(\.speakerID) == [nil] && unlabelled[0].words == 5 && unlabelled[0].who == nil)
    }

    /// Many files' speakers together: one summary per speaker id, the figures added up.
    @Test func totalsAddUpEachSpeakersFigures() throws {
        let files = try [Fixtures.geneva, Fixtures.stockholm].map { try SpeakerSummary.summaries(of: try transcript(file: $0)) }
        let totals = SpeakerSummary.totals(of: files)
        #expect(totals.map(\.speakerID) == ["LAVROV", "BLINKEN"])
        #expect(totals[0].turns == 2 && totals[0].words == files[0][0].words + files[1][0].words)
        #expect(totals[0].gaps == 3 && totals[0].interpretedWords == totals[0].words)
        #expect(totals[1].wordsByLanguage == ["en": files[0][1].words + files[1][1].words])
    }

    /// Chinese has no spaces: its words are ICU's dictionary words, and a language the label says was
    /// spoken is kept ("(spoke in Russian)").
    @Test func chineseWordsAndSpokenLanguages() throws {
        let chinese = try SpeakerSummary.summaries(of: try transcript("2024年3月4日外交部发言人毛宁主持例行记者会\n\n毛宁：我们坚决反对。我们将采取必要措施。\n"))
        #expect(chinese.first?.words ?? 0 >= 6)
        let record = try SpeakerSummary.summaries(of: try transcript("""
            Security Council

            Mr. Nebenzia (Russian Federation) (spoke in Russian): We have listened carefully to the briefing.
            """))
        #expect(record.first?.spokenLanguages == ["ru"] && record.first?.interpretedTurns == 1)
    }
}
