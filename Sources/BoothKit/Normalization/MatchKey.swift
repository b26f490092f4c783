/// The text used for matching terms: the normalized text case-folded and in NFKC (ICU's
/// NFKC_Casefold), with typographic quotes, apostrophes and dashes folded to ASCII and Russian ё to е.
///
/// Folding works word by word: each folded non-ASCII word is one edit, and ASCII case changes, which keep
/// every offset, need none; so every key range maps back to the normalized text, and from there to the
/// original file.
public struct MatchKey: Sendable {
    /// The normalized text the key was made from.
    public let normalized: NormalizedText
    /// The key as UTF-8.
    public let bytes: [UInt8]
    /// From the normalized text to the key.
    let map: EditMap

    /// Folds a normalized text.
    /// - Complexity: O(n); ASCII is folded without calling ICU.
    public init(_ normalized: NormalizedText) throws(NormalizationError) {
        let folder = try KeyFolder()
        let result = try folder.fold(normalized.bytes)
        self.normalized = normalized
        self.bytes = result.text
        self.map = result.map
    }

    /// The key.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The range of the normalized text that a key range came from.
    public func normalizedRange(of range: Range<Int>) -> Range<Int> { map.sourceRange(forTarget: range) }

    /// The range of the original file that a key range came from.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        normalized.originalRange(of: normalizedRange(of: range))
    }
}

/// Folds UTF-8 text for the match key.
struct KeyFolder: Sendable {
    private let casefold: ICUNormalizer

    init() throws(NormalizationError) { casefold = try ICUNormalizer(.nfkcCasefold) }

    /// A folder (the ICU normalizer it uses is shared and thread-safe).
    static func shared() throws(SegmentationError) -> KeyFolder {
        do { return try KeyFolder() } catch { throw SegmentationError(message: error.message) }
    }

    /// Folds one scalar after case folding: quotes, apostrophes, dashes, ё. Nil when it stays.
    static func punctuationFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return "-"
        case 0x0451: return "\u{0435}"  // ё → е
        default: return nil
        }
    }

    func fold(_ text: [UInt8]) throws(NormalizationError) -> (text: [UInt8], map: EditMap) {
        // Plain ASCII folds to itself lowercased ("`" as "'"), offsets unchanged: no edit map needed.
        if let key = Self.asciiKey(text) { return (key, EditMap()) }
        return try foldWithEdits(text)
    }

    /// The fold of `text[range]` into `key` (a buffer the caller reuses), with the map back to the range
    /// (offsets from its start): what `fold` gives, without copying plain ASCII out first.
    func fold(_ text: [UInt8], _ range: Range<Int>, into key: inout [UInt8]) throws(NormalizationError) -> EditMap {
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: text[range])
        // ASCII, and Russian text (every other character a letter of the basic alphabet), folded in place
        // in one pass: the same length, so every offset still holds and no edit is needed (`foldWithEdits`
        // would make one edit, and one array, per word with a capital or ё).
        let outcome = key.withUnsafeMutableBufferPointer { Self.foldASCIIAndBasicRussianInPlace($0) }
        guard let stoppedAt = outcome.stoppedAt else { return EditMap() }
        // Anything else: the ASCII lowered, the rest word by word with edits. Where no Russian letter was
        // folded before the character that stopped the pass (English with a curly quote), the text up to
        // it is as it should be, and only the rest is lowered; else the text is copied again.
        if outcome.foldedNonASCII {
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: text[range])
            _ = key.withUnsafeMutableBufferPointer { ByteScan.lowerASCII($0) }
        } else {
            _ = key.withUnsafeMutableBufferPointer { ByteScan.lowerASCII(UnsafeMutableBufferPointer(rebasing: $0[stoppedAt...])) }
        }
        let folded = try foldWithEdits(key, asciiLowered: true)
        key = folded.text
        return folded.map
    }

    /// How far `foldASCIIAndBasicRussianInPlace` went: to the end, or to the first character it does not
    /// fold (`stoppedAt`), and whether it changed any non-ASCII byte before it.
    struct InPlaceFold {
        /// Nil when the whole text was folded.
        var stoppedAt: Int?
        var foldedNonASCII: Bool
        var isComplete: Bool { stoppedAt == nil }
    }

    /// Folds, in place, text whose every non-ASCII character is a letter of the basic Russian alphabet
    /// (А–я, Ё, ё; what `basicCyrillicFold` takes): ASCII as `ByteScan.lowerASCII` lowers it, eight bytes
    /// at a time; Russian letters to lower case, ё as е. Stops at the first other non-ASCII character,
    /// with the bytes before it folded and those from it on as they were.
    static func foldASCIIAndBasicRussianInPlace(_ text: UnsafeMutableBufferPointer<UInt8>) -> InPlaceFold {
        var index = 0, foldedNonASCII = false
        let count = text.count
        let raw = UnsafeMutableRawBufferPointer(text)
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian
                if let lowered = ByteScan.loweredASCII(word) {
                    if lowered != word { raw.storeBytes(of: lowered.littleEndian, toByteOffset: index, as: UInt64.self) }
                    index += 8
                    continue
                }
            }
            let lead = text[index]
            if lead < 0x80 {
                _ = ByteScan.lowerOne(text, index)
                index += 1
                continue
            }
            guard index + 1 < count else { return InPlaceFold(stoppedAt: index, foldedNonASCII: foldedNonASCII) }
            let trail = text[index + 1]
            guard let folded = Self.foldRussianLetter(lead, trail) else {
                return InPlaceFold(stoppedAt: index, foldedNonASCII: foldedNonASCII)
            }
            if folded != (lead, trail) {
                text[index] = folded.lead
                text[index + 1] = folded.trail
                foldedNonASCII = true
            }
            index += 2
        }
        return InPlaceFold(stoppedAt: nil, foldedNonASCII: foldedNonASCII)
    }

    /// The match key of plain-ASCII text (what `foldWithEdits` gives it: capitals lowercased, "`" as
    /// "'"), or nil when the text holds anything else.
    static func asciiKey(_ bytes: [UInt8]) -> [UInt8]? {
        var key = bytes
        return key.withUnsafeMutableBufferPointer { ByteScan.lowerASCII($0) } ? key : nil
    }

    /// The fold, word by word, each folded non-ASCII word one edit of the map. ASCII capitals and "`"
    /// are changed in place first, without edits: they keep their length, so every offset still holds.
    /// `asciiLowered`: the caller has already lowered the ASCII bytes (`ByteScan.lowerASCII`).
    func foldWithEdits(_ text: [UInt8], asciiLowered: Bool = false) throws(NormalizationError) -> (text: [UInt8], map: EditMap) {
        var lowered = text
        if !asciiLowered { _ = lowered.withUnsafeMutableBufferPointer { ByteScan.lowerASCII($0) } }
        var rewriter = TextRewriter(input: lowered)
        // One edit per piece: "«Москва»" is three, so the word maps back without its quotation marks.
        rewriter.mergesAdjacentEdits = false
        var index = 0
        let count = lowered.count
        while index < count {
            let byte = lowered[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            // A non-ASCII word (letters and marks), or a single other scalar, is folded as one piece.
            let start = index
            var end = index + UnicodeFormPass.scalarLength(byte)
            if Self.isWordScalar(lowered, at: start) {
                while end < count, lowered[end] >= 0x80, Self.isWordScalar(lowered, at: end) {
                    end += UnicodeFormPass.scalarLength(lowered[end])
                }
            }
            let folded = try foldPiece(lowered[start..<end])
            if !folded.elementsEqual(lowered[start..<end]) {
                rewriter.replace(start..<end, with: folded, reason: .fold)
            }
            index = end
        }
        return rewriter.finish()
    }

    private static func isWordScalar(_ text: [UInt8], at index: Int) -> Bool {
        // U+0400–U+047F (lead bytes D0, D1): Cyrillic letters, all alphabetic — the common case of
        // Russian text, answered without decoding the scalar's properties.
        if text[index] == 0xD0 || text[index] == 0xD1 { return true }
        // U+2000–U+203F (E2 80 …): spaces, dashes, quotes and other punctuation, none a letter or mark.
        if text[index] == 0xE2, index + 1 < text.count, text[index + 1] == 0x80 { return false }
        let value = UnicodeFormPass.scalar(in: text, at: index, length: UnicodeFormPass.scalarLength(text[index]))
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }

    private func foldPiece(_ piece: ArraySlice<UInt8>) throws(NormalizationError) -> [UInt8] {
        if let folded = Self.basicCyrillicFold(piece) ?? Self.typographicPunctuationFold(piece) { return folded }
        return try icuFoldPiece(piece)
    }

    /// The fold of one typographic dash, quote or apostrophe (U+2010–U+201F), without ICU: what
    /// NFKC_Casefold and `punctuationFold` give it ("-", "'" or "\""). Nil for anything else.
    static func typographicPunctuationFold(_ piece: ArraySlice<UInt8>) -> [UInt8]? {
        guard piece.count == 3, piece[piece.startIndex] == 0xE2, piece[piece.startIndex + 1] == 0x80 else { return nil }
        switch piece[piece.startIndex + 2] {
        case 0x90...0x95: return [UInt8(ascii: "-")]   // ‐ ‑ ‒ – — ―
        case 0x98...0x9B: return [UInt8(ascii: "'")]   // ‘ ’ ‚ ‛
        case 0x9C...0x9F: return [UInt8(ascii: "\"")]  // “ ” „ ‟
        default: return nil
        }
    }

    /// The fold of a word made only of the basic Russian alphabet (А–я, Ё, ё), without ICU: lower case,
    /// and ё as е — what NFKC_Casefold and `punctuationFold` give it. Nil for anything else.
    static func basicCyrillicFold(_ piece: ArraySlice<UInt8>) -> [UInt8]? {
        guard piece.count % 2 == 0 else { return nil }
        var output = [UInt8](repeating: 0, count: piece.count)
        var index = piece.startIndex, out = 0
        while index < piece.endIndex {
            guard let folded = foldRussianLetter(piece[index], piece[index + 1]) else { return nil }
            output[out] = folded.lead
            output[out + 1] = folded.trail
            index += 2
            out += 2
        }
        return output
    }

    /// The fold of one letter of the basic Russian alphabet, given as its two UTF-8 bytes: lower case, ё as
    /// е. Nil for any other pair of bytes.
    @inline(__always)
    static func foldRussianLetter(_ lead: UInt8, _ trail: UInt8) -> (lead: UInt8, trail: UInt8)? {
        switch (lead, trail) {
        case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F): return (lead, trail)    // а–я, as they are
        case (0xD0, 0x90...0x9F): return (0xD0, trail + 0x20)                 // А–П → а–п
        case (0xD0, 0xA0...0xAF): return (0xD1, trail - 0x20)                 // Р–Я → р–я
        case (0xD0, 0x81), (0xD1, 0x91): return (0xD0, 0xB5)                  // Ё, ё → е
        default: return nil
        }
    }

    /// The fold of a piece through ICU's NFKC_Casefold, then `punctuationFold`.
    func icuFoldPiece(_ piece: ArraySlice<UInt8>) throws(NormalizationError) -> [UInt8] {
        let casefolded = try casefold.normalize(piece)
        var output: [UInt8] = []
        output.reserveCapacity(casefolded.count)
        for scalar in String(decoding: casefolded, as: UTF8.self).unicodeScalars {
            UTF8.encode(Self.punctuationFold(scalar) ?? scalar) { output.append($0) }
        }
        return output
    }
}
