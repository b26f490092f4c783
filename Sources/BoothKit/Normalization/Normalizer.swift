/// Cleans a transcript for people and for matching, and records every change so that nothing is lost.
///
/// The passes, in order: a web page saved as HTML rendered to its text, running heads and feet of PDF pages removed, HTML character references decoded (`&amp;`, `&#8217;`), character clean-up
/// (line endings, special spaces, invisible characters),
/// Unicode normalization with ICU (NFC or NFKC), emphasis around speaker labels, web chrome, whitespace,
/// and the repair of paragraphs broken by page layout. Their edit maps compose into one map from the
/// original bytes to the normalized text.
///
/// ```swift
/// let normalized = try Normalizer().normalize(source)
/// print(normalized.text)
/// let original = NormalizedText.rebuildOriginal(normalized: normalized.bytes, edits: normalized.edits)
/// ```
public struct Normalizer: Sendable {
    /// What to normalize and how.
    public struct Options: Sendable {
        /// The Unicode normalization form of the display text.
        public var form: NormalizationForm
        /// The web-chrome patterns.
        public var boilerplate: BoilerplatePatterns
        /// Whether to join paragraphs broken in mid-sentence.
        public var repairsParagraphs: Bool

        public init(form: NormalizationForm = .nfc, boilerplate: BoilerplatePatterns = .bundled,
                    repairsParagraphs: Bool = true) {
            self.form = form
            self.boilerplate = boilerplate
            self.repairsParagraphs = repairsParagraphs
        }
    }

    public let options: Options
    private let passes: [any NormalizationPass]

    public init(options: Options = Options()) throws(NormalizationError) {
        self.options = options
        let grammar = SpeakerLabelGrammar.bundled
        var passes: [any NormalizationPass] = [
            HTMLMarkupPass(),
            PageFurniturePass(grammar: grammar),
            CharacterReferencePass(),
            CharacterCleanupPass(joinsWordsAtSoftHyphens: options.repairsParagraphs),
            try UnicodeFormPass(form: options.form),
            LabelEmphasisPass(grammar: grammar),
            BoilerplatePass(patterns: options.boilerplate, grammar: grammar),
            WhitespacePass(),
        ]
        if options.repairsParagraphs { passes.append(ParagraphRepairPass(grammar: grammar)) }
        self.passes = passes
    }

    /// Normalizes one text.
    /// - Complexity: O(n) in the text's length.
    public func normalize(_ source: SourceText) throws(NormalizationError) -> NormalizedText {
        var text = source.bytes
        var map = EditMap()
        for pass in passes {
            let result = try pass.apply(to: text)
            text = result.text
            map = map.followed(by: result.map)
        }
        return NormalizedText(source: source, bytes: text, map: map)
    }
}

extension Normalizer {
    /// Throughput of each pass alone (on the output of the passes before it), for profiling.
    public static func passThroughputs(corpus: BenchmarkCorpus, rounds: Int) throws -> [Throughput] {
        let normalizer = try Normalizer()
        var inputs = corpus.texts
        var results: [Throughput] = []
        for pass in normalizer.passes {
            let stage = BenchmarkCorpus(texts: inputs)
            results.append(try Throughput.measure("  pass \(type(of: pass))", corpus: stage, rounds: rounds) { text in
                blackHole(try pass.apply(to: text))
            })
            inputs = try inputs.map { try pass.apply(to: $0).text }
        }
        return results
    }
}
