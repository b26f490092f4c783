import ArgumentParser
import BoothKit
import Foundation

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print transcripts normalized: Unicode, typography, invisible characters, web chrome, broken paragraphs.",
        discussion: """
        Nothing is lost: every change is an edit from a byte range of the original file to its \
        replacement, with a reason (unicode, whitespace, boilerplate, paragraph-repair, markup). \
        With --format json each input gives one JSON object on one line:

          {"source": "a.txt", "encoding": "utf-8", "text": "…",
           "edits": [{"start": 0, "end": 2, "original": "\\n\\n", "replacement": "", "reason": "whitespace"}]}

        start/end are UTF-8 byte offsets into the original; replaying the edits over the text \
        rebuilds the original byte for byte.

        Web chrome patterns come from the bundled Lexicons/boilerplate.txt; add your own with \
        --boilerplate FILE (one regular expression a line, matched against whole lines).

        EXAMPLES
          booth normalize Corpora/stockholm-2021-12-02.txt
          booth normalize --format json --form nfkc transcripts/ > normalized.jsonl
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var input: InputOptions
    @OptionGroup var parallel: ParallelOptions

    @Option(help: "Output format: text (the normalized text) or json (one object per input, with edits).")
    var format: Format = .text

    @Option(help: "Unicode normalization form of the text: nfc or nfkc.")
    var form: NormalizationForm = .nfc

    @OptionGroup var normalization: NormalizationOptions

    func run() throws {
        let normalizer = try normalization.normalizer(form: form)
        let format = format
        try parallel.forEachInput(input.inputs) { source in
            let normalized = try normalizer.normalize(source)
            switch format {
            case .text: return normalized.bytes
            case .json: return Array(Self.jsonLine(source: source, normalized: normalized).utf8)
            }
        } consume: { StandardOutput.shared.write(bytes: $0) }
    }

    /// One line of `--format json`, keys sorted: edits (end, original, reason, replacement, start),
    /// encoding, source, text. Written directly: for a large file, `JSONEncoder` took four times as long
    /// as the normalization and several times the memory.
    static func jsonLine(source: SourceText, normalized: NormalizedText) -> String {
        let edits = normalized.edits.map { edit -> String in
            var object = JSONObjectWriter()
            object.int("end", edit.end)
            object.string("original", edit.original)
            object.string("reason", edit.reason.rawValue)
            object.string("replacement", edit.replacement)
            object.int("start", edit.start)
            return object.text
        }
        var record = JSONObjectWriter()
        record.raw("edits", "[" + edits.joined(separator: ",") + "]")
        record.string("encoding", source.encoding.rawValue)
        record.string("source", source.name)
        record.string("text", normalized.text)
        return record.text + "\n"
    }
}

extension NormalizationForm: ExpressibleByArgument {}

/// Normalizer options from the command line: the bundled boilerplate plus the user's files.
func normalizerOptions(form: NormalizationForm, extraBoilerplate: [String], repairsParagraphs: Bool) throws -> Normalizer.Options {
    // The bundled patterns alone are compiled once a process (`BoilerplatePatterns.bundled`).
    guard !extraBoilerplate.isEmpty else { return Normalizer.Options(form: form, repairsParagraphs: repairsParagraphs) }
    var patterns = BundledLexicons.text(named: "boilerplate.txt") ?? ""
    for path in extraBoilerplate {
        let bytes = try InputFiles.readBytes(path)
        patterns += "\n" + String(decoding: bytes, as: UTF8.self)
    }
    let boilerplate = try BoilerplatePatterns(listText: patterns, file: extraBoilerplate.last ?? "boilerplate.txt")
    return Normalizer.Options(form: form, boilerplate: boilerplate, repairsParagraphs: repairsParagraphs)
}
