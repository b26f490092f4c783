import ArgumentParser
import BoothKit
import Foundation

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Which glossary concepts the transcripts use, in which forms, by whom; deprecated renderings flagged.",
        discussion: """
        Terms are matched on the match key (case, compatibility forms, quotes, dashes and ё folded), \
        word by word through Snowball stems ("Минских соглашений" finds "Минские соглашения"), \
        acronyms as written ("OSCE", "NATO's"), and multi-word terms also with function words added \
        or dropped, as a lower-confidence variant ("indivisible security" for "indivisibility of \
        security"). A match never crosses a sentence or a marker such as "(inaudible)".

        Formats: text (a summary for people), json (one document: every concept with its \
        occurrences per file, speaker and delivery mode, its forms, and the deprecated or forbidden \
        forms with their positions), csv (one row per occurrence, file by file in input order, each \
        file's in text order, written as files are done; cells that a spreadsheet would run as formulas \
        are neutralized). Memory: csv stays flat whatever the run; text and json keep a count per \
        concept and file, and json spills the occurrences to a temporary file until the end.

        EXAMPLES
          booth coverage Corpora/
          booth coverage --glossary terms.csv --format json transcripts/ > cov.json
          booth coverage --fail-on deprecated statement.txt  # 1 on a deprecated term
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }
    enum FailOn: String, ExpressibleByArgument, CaseIterable { case deprecated, forbidden }

    @OptionGroup var input: InputOptions
    @OptionGroup var analysis: AnalysisOptions


    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(help: "Exit with status 1 when a term of this status or worse occurs: deprecated (or forbidden), forbidden.")
    var failOn: FailOn?

    @ArgumentParser.Flag(help: "In text output, also list the concepts never seen.")
    var all = false

    func run() throws {
        // Each file is reduced to its occurrences on its worker, and the transcript dropped; the tally keeps
        // totals and spills the occurrences JSON lists to a temporary file; CSV rows go out per file.
        let glossary = try analysis.glossaryOptions.load()
        let format = format
        let tally = CoverageTally(glossary: glossary,
                                  fragment: format == .json ? { CoverageRendering.occurrenceJSON($0, glossary: glossary) } : nil)
        var worst: TermStatus?
        if format == .csv { StandardOutput.shared.write(CSVTable.line(CoverageRendering.csvHeader)) }
        let inputFailure = try analysis.runInOrder(input.inputs, glossary: glossary) { transcript, matches in
            let occurrences = Coverage.occurrences(in: transcript, matches, glossary: glossary)
            return (transcript.source.name, occurrences,
                    format == .csv ? CoverageRendering.csvRows(occurrences, glossary: glossary) : "")
        } consume: { (file: String, occurrences: [Coverage.Occurrence], rows: String) in
            for occurrence in occurrences where occurrence.status.isDiscouraged {
                if worst.map({ occurrence.status > $0 }) ?? true { worst = occurrence.status }
            }
            if format == .csv { StandardOutput.shared.write(rows) } else { try tally.add(file: file, occurrences) }
        }
        switch format {
        case .text: StandardOutput.shared.write(CoverageRendering.text(tally, listUnseen: all))
        case .json: try CoverageRendering.writeJSON(tally, to: StandardOutput.shared)
        case .csv: break
        }
        try StandardOutput.shared.flush()
        if let inputFailure { throw inputFailure }
        if let failOn, let worst, failOn == .deprecated || worst == .forbidden { throw ExitCode(1) }
    }
}
