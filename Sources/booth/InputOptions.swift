import ArgumentParser
import BoothKit

/// The inputs every command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files, directories (recursive: *.txt, *.md, *.text), or - for standard input.",
                                 valueName: "input"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one input file or directory, or - for standard input.") }
    }
}

/// Runs `body` for every input; a bad input is reported on stderr and skipped, and the run ends with
/// the exit status of the first failure once every input has been tried.
func forEachInput(_ inputs: [String], _ body: (SourceText) throws -> Void) throws {
    var failure: Int32 = 0
    for entry in InputFiles.expand(inputs) {
        do {
            let source = try InputFiles.read(entry)
            try body(source)
        } catch {
            guard let status = Diagnostics.exitStatus(of: error) else { throw error }
            Diagnostics.report(error)
            if failure == 0 { failure = status }
        }
    }
    try StandardOutput.shared.flush()
    if failure != 0 { throw ExitCode(failure) }
}
