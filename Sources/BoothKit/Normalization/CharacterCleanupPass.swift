/// Line endings to `\n`; tabs to spaces; no-break and other Unicode spaces to a plain space;
/// zero-width spaces, word joiners, soft hyphens, byte-order marks and control characters removed.
///
/// Zero-width joiner and non-joiner are kept: they change how Persian, Indic scripts and emoji read.
///
/// A soft hyphen at the end of a line between two parts of a word ("represen\u{AD}" / "tative", as text
/// copied from a PDF or a typeset page has it) marks where the layout broke the word, never a hyphen of
/// the word: the word is joined whole, the soft hyphen and the line break removed in one edit with reason
/// `paragraph-repair`, when `joinsWordsAtSoftHyphens` (paragraphs are repaired).
struct CharacterCleanupPass: NormalizationPass {
    /// Pass over eight bytes at a time where none can change (off only to test that shortcut against the
    /// byte-by-byte reading).
    var skipsPlainRuns = true
    /// Whether a word broken at a soft hyphen and a line break is joined.
    var joinsWordsAtSoftHyphens = true

    private static let space: [UInt8] = [0x20]
    private static let newline: [UInt8] = [0x0A]

    /// What to do with the scalar starting a multi-byte sequence, if anything.
    private enum Action { case keep, space, newline, delete }

    private static func action(for scalar: UInt32) -> Action {
        switch scalar {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return .space
        case 0x2028, 0x2029, 0x0085: return .newline
        case 0x00AD, 0x180E, 0x200B, 0x2060, 0xFEFF, 0x0080...0x009F: return .delete
        default: return .keep
        }
    }

    /// Whether eight bytes hold nothing this pass changes: no control character or DEL, and none of the
    /// lead bytes of the characters it changes (C2, E1, E2, E3, EF) — printable ASCII and Russian letters
    /// (D0, D1) pass at once.
    @inline(__always)
    static func holdsNothingToClean(_ word: UInt64) -> Bool {
        // Printable ASCII first: three operations answer most English text.
        if ByteScan.isPrintableASCII(word) { return true }
        // Then the cheap refusals first: a line break (a control character) or E2 (English's curly quotes
        // and dashes) ends most of the words that are not printable ASCII.
        return !ByteScan.mayHoldControl(word) && ByteScan.mask(of: 0xE2, in: word) == 0
            && ByteScan.mask(of: 0x7F, in: word) | ByteScan.mask(of: 0xC2, in: word) | ByteScan.mask(of: 0xE1, in: word)
            | ByteScan.mask(of: 0xE3, in: word) | ByteScan.mask(of: 0xEF, in: word) == 0
    }

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        text.withUnsafeBufferPointer { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                if skipsPlainRuns, index + 8 <= count {
                    // All eight bytes when none needs cleaning, else on to the first that is not printable
                    // ASCII (a line break, a curly quote's lead): the bytes before it need nothing.
                    let word = ByteScan.word(bytes, at: index)
                    let plain = ByteScan.plainBytes(isPlain: Self.holdsNothingToClean(word), interesting: ByteScan.notPrintableASCII(word))
                    if plain > 0 {
                        index += plain
                        continue
                    }
                }
                let byte = bytes[index]
                // (A continuation byte: the rest of a character whose lead byte was passed over above.)
                if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte & 0xC0 == 0x80 {
                    index += 1
                    continue
                }
                if byte < 0x80 {
                    switch byte {
                    case 0x0D:
                        let end = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                        rewriter.replace(index..<end, with: Self.newline, reason: .whitespace)
                        index = end
                    case 0x09:
                        rewriter.replace(index..<index + 1, with: Self.space, reason: .whitespace)
                        index += 1
                    case 0x0B, 0x0C:
                        rewriter.replace(index..<index + 1, with: Self.newline, reason: .whitespace)
                        index += 1
                    default:
                        rewriter.delete(index..<index + 1, reason: .unicode)
                        index += 1
                    }
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                // Only scalars that start with these lead bytes are ever changed.
                if byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF {
                    var scalar = UInt32(byte) & (length == 2 ? 0x1F : 0x0F)
                    for offset in 1..<length { scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    if scalar == 0x00AD, joinsWordsAtSoftHyphens, let end = Self.wordBreakAtSoftHyphen(index, in: bytes) {
                        rewriter.delete(index..<end, reason: .paragraphRepair)
                        index = end
                        continue
                    }
                    switch Self.action(for: scalar) {
                    case .keep: break
                    case .space: rewriter.replace(index..<index + length, with: Self.space, reason: .unicode)
                    case .newline: rewriter.replace(index..<index + length, with: Self.newline, reason: .whitespace)
                    case .delete: rewriter.delete(index..<index + length, reason: .unicode)
                    }
                }
                index += length
            }
        }
        return rewriter.finish()
    }

    /// Where the second part of a word starts when the soft hyphen at `index` (two bytes) ends a line
    /// after a word's letters, and the next line (spaces aside) goes on with letters: nil otherwise
    /// (a blank line, a marker or a dash after it).
    static func wordBreakAtSoftHyphen(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard index > 0, HyphenatedBreak.isWordByte(bytes[index - 1]) else { return nil }
        var end = index + 2
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard end < bytes.count, bytes[end] == 0x0A || bytes[end] == 0x0D else { return nil }
        end += bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard end < bytes.count, HyphenatedBreak.isWordByte(bytes[end]), bytes[end] & 0xC0 != 0x80 else { return nil }
        return end
    }
}
