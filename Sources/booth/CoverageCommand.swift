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
        forms with their positions), csv (one row per occurrence; cells that a spreadsheet would run \
        as formulas are neutralized).

        EXAMPLES
          booth coverage Corpora/
          booth coverage --glossary my-terms.csv --format json transcripts/ > coverage.json
          booth coverage --fail-on deprecated press-release.txt   # exit 1 on a deprecated term
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
        // Each file is reduced to its occurrences on its worker; the transcripts are not kept.
        var files: [String] = []
        var occurrences: [Coverage.Occurrence] = []
        let glossary = try analysis.glossaryOptions.load()
        let inputFailure = try analysis.runInOrder(input.inputs, glossary: glossary) { transcript, matches in
            (transcript.source.name, Coverage.occurrences(in: transcript, matches, glossary: glossary))
        } consume: { (file: String, found: [Coverage.Occurrence]) in
            files.append(file)
            occurrences += found
        }
        let coverage = Coverage(glossary: glossary, files: files, occurrences: occurrences)
        switch format {
        case .text: StandardOutput.shared.write(CoverageRendering.text(coverage, listUnseen: all))
        case .json: StandardOutput.shared.write(try CoverageRendering.json(coverage) + "\n")
        case .csv: StandardOutput.shared.write(CoverageRendering.csv(coverage))
        }
        try StandardOutput.shared.flush()
        if let inputFailure { throw inputFailure }
        if let failOn {
            let worst = coverage.discouraged.map(\.status).max()
            if let worst, failOn == .deprecated || worst == .forbidden { throw ExitCode(1) }
        }
    }
}
