import ArgumentParser
import BoothKit
import Foundation

@main
struct Booth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "booth",
        abstract: "Read transcripts of interpreted remarks: normalize, segment, check terminology, report what not to quote, align with the source.",
        discussion: """
        Inputs are files, directories (searched recursively for *.txt, *.md, *.text, passing over \
        README, SOURCES, LICENSE, CHANGELOG and CONTRIBUTING files) or - for standard input; UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. \
        Every offset Booth prints is a UTF-8 byte offset into the original file.

        EXIT STATUS
          0   success
          1   flags at or above --fail-on were found (commands that take --fail-on)
          2   usage error (bad option or argument)
          65  bad input data (invalid UTF-8, binary file); the other inputs are still processed
          66  an input could not be opened
          74  I/O error while reading or writing

        EXAMPLES
          booth normalize Corpora/geneva-2022-01-21.txt
          booth normalize --format json Corpora/ > normalized.jsonl
          booth segment --format text Corpora/
          booth segment --turns Corpora/ > turns.jsonl
          booth coverage Corpora/
          booth coverage --glossary terms.csv --fail-on deprecated transcript.txt
          booth report Corpora/ --format html --output report.html
          booth align lavrov-ru.txt lavrov-en.txt
          booth bench
        """,
        version: "0.1.0",
        subcommands: [NormalizeCommand.self, SegmentCommand.self, CoverageCommand.self, GapsCommand.self, ReportCommand.self, AlignCommand.self, BenchCommand.self]
    )

    /// Runs the command: errors about the input exit with their documented status (65, 66, 74), and
    /// ArgumentParser's usage status (64) becomes the documented 2.
    static func main() {
        ChildRun.recordPeakMemoryAtExitIfAsked()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let status = Diagnostics.exitStatus(of: error) {
                Diagnostics.report(error)
                Foundation.exit(status)
            }
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
