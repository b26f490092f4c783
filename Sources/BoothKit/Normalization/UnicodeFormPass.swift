/// The normalization form of the display text.
public enum NormalizationForm: String, Sendable, Codable, CaseIterable {
    /// Canonical composition: changes no meaning, only how characters are encoded.
    case nfc
    /// Compatibility composition: also folds ligatures, full-width forms, superscripts and the like.
    case nfkc
}

/// Brings each line into NFC (or NFKC) with ICU. Lines already in form — nearly all — are only checked,
/// most without ICU (`QuickYesTable`); in the others each normalization segment that changes becomes its
/// own edit, so offsets stay precise.
struct UnicodeFormPass: NormalizationPass {
    let normalizer: ICUNormalizer
    /// Which BMP code points pass the quick check as Yes with combining class 0: a line of ASCII and such
    /// characters — curly quotes, dashes, Cyrillic and most Latin letters — is in form, and needs no ICU
    /// call at all.
    let quickYesBMP: QuickYesTable

    init(form: NormalizationForm) throws(NormalizationError) {
        normalizer = try ICUNormalizer(form == .nfc ? .nfc : .nfkc)
        quickYesBMP = form == .nfc ? QuickYesTable.nfc : QuickYesTable(normalizer)
    }

    func apply(to text: [UInt8]) throws(NormalizationError) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        for line in Lines(bytes: text) where !quickYesBMP.holdsOnly(text, line) {
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

/// A bit per BMP code point: quick check Yes with combining class 0 under one normalization form (UAX #15:
/// text made only of such code points is in that form). Surrogate code points are never set.
struct QuickYesTable: Sendable {
    private let bits: [UInt64]

    init(_ normalizer: ICUNormalizer) {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for codePoint in 0..<0x10000 where !(0xD800...0xDFFF).contains(codePoint) && normalizer.isQuickYes(UInt32(codePoint)) {
            bits[codePoint >> 6] |= 1 << UInt64(codePoint & 63)
        }
        self.bits = bits
    }

    static let nfc = QuickYesTable(try! ICUNormalizer(.nfc))

    /// Whether the code point's bit is set.
    func contains(_ codePoint: Int) -> Bool { codePoint < 0x10000 && bits[codePoint >> 6] & (1 << UInt64(codePoint & 63)) != 0 }

    /// Whether every scalar of the range is ASCII or in the table.
    func holdsOnly(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            bits.withUnsafeBufferPointer { bits in
                let end = range.upperBound
                var index = range.lowerBound
                @inline(__always) func has(_ scalar: Int) -> Bool { bits[scalar >> 6] & (1 << UInt64(scalar & 63)) != 0 }
                while index < end {
                    let lead = buffer[index]
                    if lead < 0x80 {
                        index = ByteScan.firstNonASCII(buffer, from: index, to: end)
                        continue
                    }
                    // Two bytes (Cyrillic, Greek, Latin with accents) and three (the rest of the BMP) decoded
                    // in line: a Russian line is nearly all two-byte characters.
                    if lead < 0xE0 {
                        guard index + 1 < end, has(Int(lead & 0x1F) << 6 | Int(buffer[index + 1] & 0x3F)) else { return false }
                        index += 2
                    } else if lead < 0xF0 {
                        guard index + 2 < end,
                              has(Int(lead & 0x0F) << 12 | Int(buffer[index + 1] & 0x3F) << 6 | Int(buffer[index + 2] & 0x3F))
                        else { return false }
                        index += 3
                    } else {
                        return false
                    }
                }
                return true
            }
        }
    }
}
