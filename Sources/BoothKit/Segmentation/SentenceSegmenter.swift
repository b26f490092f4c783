/// Sentence segmentation of plain text in one language: ICU's break iterator plus Booth's rules
/// (see `SentenceSplitter`). Transcripts are segmented turn by turn by `TranscriptParser`; this type is
/// for text outside a transcript, and for scoring against sentence-boundary test sets.
public struct SentenceSegmenter: Sendable {
    public let language: String
    public let rules: SegmentationRules

    /// A segmenter for a language code ("en", "ru", …), with its bundled rules unless others are given.
    public init(language: String, rules: SegmentationRules? = nil) {
        self.language = language
        self.rules = rules ?? .bundled(language: language)
    }

    /// The sentences of a text, each a paragraph (line) at a time, trimmed of surrounding spaces.
    public func sentences(in text: String) throws(SegmentationError) -> [String] {
        let splitter = try SentenceSplitter(language: language, rules: rules)
        let bytes = Array(text.utf8)
        var result: [String] = []
        for line in Lines(bytes: bytes) {
            result += splitter.sentences(in: bytes, line).map { bytes.string($0) }
        }
        return result
    }
}
