/// Builds the output of one normalization pass from its input: the pass walks the input and says
/// what to replace; everything it does not mention is copied. The result is the new text and the
/// `EditMap` from input to output.
struct TextRewriter {
    private let input: [UInt8]
    private(set) var output: [UInt8] = []
    private var spans: [EditSpan] = []
    /// Input before this offset has been copied or replaced.
    private(set) var consumed = 0
    /// Whether an edit right after one of the same reason joins it (one edit in the map). Off where each
    /// edit must map back on its own: the match key folds word by word, and a word between two folded
    /// quotation marks must still map to the word alone.
    var mergesAdjacentEdits = true

    init(input: [UInt8]) {
        self.input = input
    }

    /// Replaces `range` of the input (at or after everything replaced so far) with `replacement`.
    mutating func replace(_ range: Range<Int>, with replacement: some Collection<UInt8>, reason: EditReason) {
        precondition(range.lowerBound >= consumed, "edits must come in order")
        if range.isEmpty && replacement.isEmpty { return }
        if spans.isEmpty { output.reserveCapacity(input.count + 64) }
        output.append(contentsOf: input[consumed..<range.lowerBound])
        let targetStart = output.count
        output.append(contentsOf: replacement)
        let span = EditSpan(source: range, target: targetStart..<output.count, reason: reason)
        if mergesAdjacentEdits, let last = spans.last, last.source.upperBound == range.lowerBound, last.reason == reason {
            spans[spans.count - 1] = EditSpan(source: last.source.lowerBound..<range.upperBound,
                                              target: last.target.lowerBound..<output.count, reason: reason)
        } else {
            spans.append(span)
        }
        consumed = range.upperBound
    }

    /// Deletes `range` of the input.
    mutating func delete(_ range: Range<Int>, reason: EditReason) {
        replace(range, with: EmptyCollection<UInt8>(), reason: reason)
    }

    /// Copies the rest of the input and returns the new text with its map.
    consuming func finish() -> (text: [UInt8], map: EditMap) {
        if spans.isEmpty { return (input, EditMap()) }
        output.append(contentsOf: input[consumed...])
        return (output, EditMap(spans))
    }
}
