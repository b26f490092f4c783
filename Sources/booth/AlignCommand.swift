import ArgumentParser
import BoothKit
import Foundation

struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align a source transcript with its interpretation, sentence by sentence; recover what the gaps hide.",
        discussion: """
        Turns are paired in speaker order, then sentences within turns by dynamic programming in a band \
        around the diagonal (1-1, 1-2, 2-1, 2-2 links; 1-0 omissions; 0-1 additions). Costs combine \
        Gale & Church's length model (the length ratio is measured on the pair itself), anchors found on \
        both sides (glossary concepts, numbers in digits or words, names compared across scripts through \
        ICU transliteration) and question marks. For each "(inaudible)" of the interpretation, the source \
        words that fill it are reported.

        Sentence ids are 0-based, in text order, per file. Formats: tsv (source_ids, target_ids, \
        confidence, source_text, target_text), json (links and recovered gaps), tmx (TMX 1.4b, one tu \
        per link, speaker and confidence as properties), html (side by side; needs --output).

        --gold FILE scores the alignment against reference links (same id format: \
        "source ids<TAB>target ids" a line) and prints strict precision, recall and F1.

        EXAMPLES
          booth align lavrov-ru.txt lavrov-en.txt
          booth align --format tmx source.txt interpretation.txt > memory.tmx
          booth align --gold gold.tsv source.txt interpretation.txt
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json, tmx, html }

    @Argument(help: "The source transcript (the speaker's own words).") var source: String
    @Argument(help: "Its interpretation.") var target: String
    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var normalization: NormalizationOptions

    @Option(help: "Output format: tsv, json, tmx or html.") var format: Format = .tsv
    @Option(help: ArgumentHelp("Write the output to this file.", valueName: "file")) var output: String?
    @Option(help: ArgumentHelp("The source language; default: guessed from the script and, in Latin script, the words.", valueName: "code")) var sourceLang: String?
    @Option(help: ArgumentHelp("The target language; default: guessed from the script and, in Latin script, the words.", valueName: "code")) var targetLang: String?
    @Option(help: ArgumentHelp("Score against these reference links and print precision, recall and F1.", valueName: "file"))
    var gold: String?
    @ArgumentParser.Flag(help: "Align by length alone (no glossary, number or name anchors), for comparison.")
    var noAnchors = false

    func validate() throws {
        if format == .html && output == nil && gold == nil {
            throw ValidationError("--format html writes a page: name it with --output FILE.")
        }
    }

    func run() throws {
        let glossary = try glossaryOptions.load()
        let matcher = try TermMatcher(index: try TermIndex(glossary))
        let normalizer = try normalization.normalizer()
        func read(_ path: String, language: String?) throws -> (Transcript, [TermMatch]) {
            let entry: InputFiles.Entry = path == "-" ? .standardInput : .file(path)
            let transcript = try TranscriptParser(options: .init(language: language)).parse(try normalizer.normalize(InputFiles.read(entry)))
            return (transcript, try matcher.matches(in: transcript))
        }
        let (sourceTranscript, sourceMatches) = try read(source, language: sourceLang)
        let (targetTranscript, targetMatches) = try read(target, language: targetLang)
        let alignment = DocumentAligner(options: .init(usesAnchors: !noAnchors))
            .align(source: sourceTranscript, sourceMatches: sourceMatches, target: targetTranscript, targetMatches: targetMatches)

        if let gold {
            let goldStandard = try GoldStandard(text: String(decoding: try InputFiles.readBytes(gold), as: UTF8.self), file: gold)
            let score = goldStandard.score(alignment.links)
            StandardOutput.shared.write(String(format: "precision %.3f  recall %.3f  F1 %.3f  (%d links, %d gold)\n",
                                               score.precision, score.recall, score.f1, alignment.links.count, goldStandard.links.count))
            try StandardOutput.shared.flush()
            return
        }
        let sourceLanguage = sourceLang ?? sourceTranscript.turns.first?.language ?? "und"
        let targetLanguage = targetLang ?? targetTranscript.turns.first?.language ?? "und"
        let rendered: String
        switch format {
        case .tsv: rendered = AlignmentRendering.tsv(alignment)
        case .tmx: rendered = AlignmentRendering.tmx(alignment, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        case .html: rendered = AlignmentRendering.html(alignment)
        case .json: rendered = try AlignmentJSON.render(alignment, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
        if let output {
            do { try Data(rendered.utf8).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw InputError.io(file: output, reason: error.localizedDescription)
            }
        } else {
            StandardOutput.shared.write(rendered)
            try StandardOutput.shared.flush()
        }
    }
}

/// `booth align --format json`.
enum AlignmentJSON {
    struct LinkJSON: Encodable {
        var source: [Int], target: [Int], confidence: Double, sourceText: String, targetText: String
        @EncodedAsNull var speaker: String?
        enum CodingKeys: String, CodingKey { case source, target, confidence, sourceText = "source_text", targetText = "target_text", speaker }
    }
    struct GapJSON: Encodable {
        var targetSentence: Int, marker: String, line: Int, column: Int, sourceSentences: [Int], recovered: String
        enum CodingKeys: String, CodingKey {
            case targetSentence = "target_sentence", marker, line, column, sourceSentences = "source_sentences", recovered
        }
    }
    struct Document: Encodable {
        var source: String, target: String, sourceLanguage: String, targetLanguage: String, ratio: Double
        var links: [LinkJSON], gaps: [GapJSON]
        enum CodingKeys: String, CodingKey {
            case source, target, sourceLanguage = "source_language", targetLanguage = "target_language", ratio, links, gaps
        }
    }

    static func render(_ alignment: Alignment, sourceLanguage: String, targetLanguage: String) throws -> String {
        let links = alignment.links.map { link in
            LinkJSON(source: link.source, target: link.target, confidence: link.confidence,
                     sourceText: alignment.sourceText(link), targetText: alignment.targetText(link),
                     speaker: link.source.first.flatMap { alignment.source.turns[alignment.sourceUnits[$0].turn].speakerID }
                        ?? link.target.first.flatMap { alignment.target.turns[alignment.targetUnits[$0].turn].speakerID })
        }
        let gaps = alignment.gaps.map { gap in
            let position = alignment.target.position(of: gap.marker.range)
            return GapJSON(targetSentence: gap.targetUnit, marker: alignment.target.text(in: gap.marker.range),
                           line: position.line, column: position.column, sourceSentences: gap.sourceUnits, recovered: gap.recovered)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = Document(source: alignment.source.source.name, target: alignment.target.source.name,
                                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                ratio: (alignment.ratio * 1000).rounded() / 1000, links: links, gaps: gaps)
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
