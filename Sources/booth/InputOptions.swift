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
