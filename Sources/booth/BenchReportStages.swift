import BoothKit
import Foundation

/// The per-file work of `booth report` beyond segmenting, timed stage by stage on the benchmark's
/// transcripts, on one thread, with the glossary `report` uses by default (the bundled one): matching,
/// review, the run-wide rendering check and the JSON Lines of every flag; then all of `report`'s work in
/// this process, file by file and in batches of files. With the stages before them, they show where one
/// job's time goes, and what no stage timed alone accounts for.
struct ReportStages {
    var matching: Throughput
    var review: Throughput
    var ledger: Throughput
    var rendering: Throughput
    /// Decode, normalize, segment, match, review, ledger and JSON Lines, from memory: file by file, and
    /// stage by stage over each batch of files, as `report` runs.
    var fileByFile: Throughput
    var batched: Throughput

    var all: [Throughput] { [matching, review, ledger, rendering, fileByFile, batched] }
    var separateStages: [Throughput] { [matching, review, ledger, rendering] }

    /// Times each stage over `transcripts` (made from `corpus`, whose size gives the MB/s), the fastest
    /// of `rounds`; each stage's input is made once, beforehand, by the stage before it.
    static func measure(_ transcripts: [Transcript], corpus: BenchmarkCorpus, rounds: Int) throws -> ReportStages {
        let glossary = try GlossaryLoader.bundled()
        // Every language's tries built before the timing starts, as the first match would build them.
        let index = try TermIndex(glossary, building: Array(Set(glossary.concepts.flatMap { $0.terms.map(\.language) })))
        var matcher = try TermMatcher(index: index)
        let reviewer = Reviewer(glossary: glossary)
        var position = 0
        let matching = try Throughput.measure("term matching, bundled glossary", corpus: corpus, rounds: rounds) { _ in
            // A new matcher each round: its word cache starts empty, as in a run of `report`.
            if position % transcripts.count == 0 { matcher = try TermMatcher(index: index) }
            blackHole(try matcher.matches(in: transcripts[position % transcripts.count]))
            position += 1
        }
        let matches = try transcripts.map { try matcher.matches(in: $0) }
        position = 0
        let review = Throughput.measure("review (each file's flags)", corpus: corpus, rounds: rounds) { _ in
            blackHole(reviewer.reviewFile(transcripts[position % transcripts.count], matches[position % matches.count]))
            position += 1
        }
        let reviewed = zip(transcripts, matches).map { reviewer.reviewFile($0, $1) }
        // The run-wide check: every file's first uses recorded, then the flags built and rendered.
        let ledger = try Throughput.fastest("run-wide rendering check", bytes: corpus.byteCount, rounds: rounds) {
            let ledger = RenderingLedger()
            for file in reviewed { try ledger.record(file.renderings) }
            try ledger.forEachBatch(glossary: glossary) { batch in
                blackHole(ReportRendering.flagsJSON(batch, first: "", separator: "\n", last: "\n"))
            }
        }
        position = 0
        let rendering = Throughput.measure("JSON Lines of each file's flags", corpus: corpus, rounds: rounds) { _ in
            blackHole(ReportRendering.flagsJSON(reviewed[position % reviewed.count].flags, first: "", separator: "\n", last: "\n"))
            position += 1
        }
        // All of it, as one job of `report` does it but in this process and from memory: file by file, and
        // stage by stage over batches of files (`BatchLimits.staged`), as `report` runs.
        let normalizer = try Normalizer()
        let parser = TranscriptParser()
        func allOfIt(_ name: String, limits: BatchLimits) throws -> Throughput {
            try Throughput.fastest(name, bytes: corpus.byteCount, rounds: rounds) {
                let ledger = RenderingLedger(), matcher = try TermMatcher(index: index)
                var start = 0
                while start < corpus.texts.count {
                    var end = start, bytes = 0
                    while end < corpus.texts.count, end == start || limits.takesMore(afterFiles: end - start, bytes: bytes) {
                        bytes += corpus.texts[end].count
                        end += 1
                    }
                    let sources = try corpus.texts[start..<end].map { try SourceDecoder.decode($0, name: "bench") }
                    start = end
                    let transcripts = try sources.map { try normalizer.normalize($0) }.map { try parser.parse($0) }
                    let matches = try transcripts.map { try matcher.matches(in: $0) }
                    for (transcript, matches) in zip(transcripts, matches) {
                        let file = reviewer.reviewFile(transcript, matches)
                        try ledger.record(file.renderings)
                        blackHole(ReportRendering.flagsJSON(file.flags, first: "", separator: "\n", last: "\n"))
                    }
                }
                try ledger.forEachBatch(glossary: glossary) { batch in
                    blackHole(ReportRendering.flagsJSON(batch, first: "", separator: "\n", last: "\n"))
                }
            }
        }
        let fileByFile = try allOfIt("all of it, file by file", limits: .oneFile)
        let batched = try allOfIt("all of it, in batches of files", limits: .staged)
        return ReportStages(matching: matching, review: review, ledger: ledger, rendering: rendering,
                            fileByFile: fileByFile, batched: batched)
    }

    /// Where one job's time goes: the share of `report`'s one-job time that each stage takes alone, what
    /// no stage covers when each runs alone, and what the same work takes in this process, file by file
    /// and in batches.
    func breakdown(of report: Throughput, earlierStages: [Throughput]) -> String {
        let stages = earlierStages + separateStages
        let shares = stages.map { String(format: "%@ %.0f%%", $0.name, 100 * $0.seconds / report.seconds) }
        let rest = report.seconds - stages.reduce(0) { $0 + $1.seconds }
        return "where one job's time goes, each stage timed alone: " + shares.joined(separator: ", ")
            + String(format: "; the rest %.0f%%.", 100 * rest / report.seconds)
            + String(format: "\nthe same work in this process takes %.0f%% of one job's time in batches of files, %.0f%% file by file (%.2f× batches' time)",
                     100 * batched.seconds / report.seconds, 100 * fileByFile.seconds / report.seconds,
                     fileByFile.seconds / batched.seconds)
    }
}
