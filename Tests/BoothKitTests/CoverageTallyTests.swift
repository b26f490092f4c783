import Testing
import TestSupport
@testable import BoothKit

@Suite struct CoverageTallyTests {
    /// Gathered file by file, the tally gives the in-memory `Coverage`'s totals, forms, speakers, modes,
    /// counts per file and discouraged occurrences, and reads back exactly the occurrences it spilled.
    @Test func tallyAgreesWithTheInMemoryCoverage() throws {
        let glossary = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(glossary))
        let results = try Fixtures.corpora.map { file -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try transcript(file: file)
            return (parsed, try matcher.matches(in: parsed))
        }
        let coverage = Coverage(glossary: glossary, results: results)
        let tally = CoverageTally(glossary: glossary, fragment: { "\($0.file)@\($0.start)" }, separator: "|")
        for (transcript, matches) in results {
            try tally.add(file: transcript.source.name, Coverage.occurrences(in: transcript, matches, glossary: glossary))
        }
        #expect(tally.seen == coverage.seen.map(\.index))
        #expect(tally.seen.count > 20)
        for report in coverage.seen {
            let totals = try #require(tally.totals[report.index])
            #expect(totals.count == report.count)
            #expect(totals.forms == report.forms)
            #expect(totals.bySpeaker == report.bySpeaker && totals.byMode == report.byMode)
            let byFile = totals.byFileIndex.reduce(into: [String: Int]()) { $0[tally.files[$1.file], default: 0] += $1.count }
            #expect(byFile == report.byFile)
            var spilled = ""
            try tally.forEachSpilled(concept: report.index) { spilled += $0 }
            #expect(spilled == report.occurrences.map { "\($0.file)@\($0.start)" }.joined(separator: "|"))
        }
        #expect(tally.discouraged.sorted { ($0.file, $0.start) < ($1.file, $1.start) } == coverage.discouraged)
        #expect(!coverage.discouraged.isEmpty)
    }
}
