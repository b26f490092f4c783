import Foundation
import PackagePlugin

/// Embeds every file of the package's `Lexicons/` folder into the target as Swift source, so the
/// bundled defaults (boilerplate patterns, markers, abbreviations, glossaries) ship inside the
/// binary, while users still read and extend the plain files in `Lexicons/`.
@main
struct EmbedLexiconsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let lexicons = context.package.directoryURL.appending(path: "Lexicons")
        let names = try FileManager.default.contentsOfDirectory(atPath: lexicons.path)
            .filter { !$0.hasPrefix(".") && !$0.hasSuffix(".md") }
            .sorted()
        let inputs = names.map { lexicons.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLexicons.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(names.count) files of Lexicons/",
                executable: try context.tool(named: "lexicon-embedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
