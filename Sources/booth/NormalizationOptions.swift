import ArgumentParser
import BoothKit

/// How transcripts are normalized before anything else reads them: the same options for every command,
/// so that `segment`, `coverage`, `gaps`, `report` and `align` see the text `normalize` prints.
struct NormalizationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("An extra boilerplate pattern file, added to the bundled patterns (repeatable).",
                               valueName: "file"))
    var boilerplate: [String] = []

    @ArgumentParser.Flag(help: "Do not join paragraphs broken in mid-sentence, nor words broken at a line's end.")
    var noParagraphRepair = false

    /// A normalizer with these options (and the given Unicode form: only `normalize` offers NFKC).
    func normalizer(form: NormalizationForm = .nfc) throws -> Normalizer {
        try Normalizer(options: try normalizerOptions(form: form, extraBoilerplate: boilerplate, repairsParagraphs: !noParagraphRepair))
    }
}
