import ArgumentParser
import BoothKit

/// The glossary option shared by the commands that match terms.
struct GlossaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A glossary: TBX (v2/TBX-Basic or v3), CSV or TSV. Default: the bundled Lexicons/diplomacy.tbx.",
                               valueName: "file"))
    var glossary: String?

    /// Loads the glossary, printing its warnings on stderr.
    func load() throws -> Glossary {
        let loaded = try glossary.map { try GlossaryLoader.load(path: $0) } ?? GlossaryLoader.bundled()
        for warning in loaded.warnings { Diagnostics.warn(warning.description) }
        return loaded
    }
}
