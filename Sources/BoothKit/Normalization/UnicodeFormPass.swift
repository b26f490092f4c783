/// The normalization form of the display text.
public enum NormalizationForm: String, Sendable, Codable, CaseIterable {
    /// Canonical composition: changes no meaning, only how characters are encoded.
    case nfc
    /// Compatibility composition: also folds ligatures, full-width forms, superscripts and the like.
    case nfkc
}

/// Brings each line into NFC (or NFKC) with ICU. Lines already in form — nearly all — are only checked;
/// in the others each normalization segment that changes becomes its own edit, so offsets stay precise.
struct UnicodeFormPass: NormalizationPass {
    let normalizer: ICUNormalizer

    init(form: NormalizationForm) throws(NormalizationError) {
        normalizer = try ICUNormalizer(form == .nfc ? .nfc : .nfkc)
    }

    func apply(to text: [UInt8]) throws(NormalizationError) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        for line in Lines(bytes: text) where !text.isASCII(line) {
            if try normalizer.isNormalized(text[line]) { continue }
            var segmentStart = line.lowerBound
            var index = line.lowerBound
            // Walk scalars; a scalar with a boundary before it closes the segment before it.
            while index <= line.upperBound {
                let atEnd = index == line.upperBound
                let length = atEnd ? 0 : Self.scalarLength(text[index])
                if atEnd || (index > segmentStart && normalizer.hasBoundaryBefore(Self.scalar(in: text, at: index, length: length))) {
                    let segment = segmentStart..<index
                    let normalized = try normalizer.normalize(text[segment])
                    if !normalized.elementsEqual(text[segment]) {
                        rewriter.replace(segment, with: normalized, reason: .unicode)
                    }
                    segmentStart = index
                }
                if atEnd { break }
                index += length
            }
        }
        return rewriter.finish()
    }

    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }

    static func scalar(in text: [UInt8], at index: Int, length: Int) -> UInt32 {
        if length == 1 { return UInt32(text[index]) }
        var scalar = UInt32(text[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { scalar = scalar << 6 | UInt32(text[index + offset] & 0x3F) }
        return scalar
    }
}
