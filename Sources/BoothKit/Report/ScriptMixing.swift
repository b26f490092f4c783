internal import CICU

/// ICU's spoof checker (uspoof), set to flag words that mix scripts — a Cyrillic "а" inside a Latin
/// word looks the same to a reader but defeats every search and every quotation check.
final class ScriptMixingChecker: @unchecked Sendable {
    // uspoof_check* is thread-safe on a configured checker, which is never changed after init.
    private let handle: OpaquePointer

    init?() {
        var status: Int32 = 0
        guard let handle = cicu_spoof_open(&status), status <= 0 else { return nil }
        self.handle = handle
    }

    deinit { cicu_spoof_close(handle) }

    static let shared = ScriptMixingChecker()

    /// The words of `text[range]` that mix scripts, as ranges of `text`. Only words holding a non-ASCII
    /// character are looked at (found eight bytes at a time), and of those only the ones
    /// `isPlainlyOneScript` cannot answer reach ICU.
    /// `readsEachWordOnce`: off only to test that reading against finding each word first and then asking
    /// `isPlainlyOneScript`.
    func mixedWords(in text: [UInt8], _ range: Range<Int>, readsEachWordOnce: Bool = true) -> [Range<Int>] {
        var found: [Range<Int>] = []
        text.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while true {
                index = ByteScan.firstNonASCII(buffer, from: index, to: range.upperBound)
                guard index < range.upperBound else { break }
                // The word around this non-ASCII byte: the run of word bytes holding it, read once, saying
                // on the way what `isPlainlyOneScript` says of it (Russian text: one pass a word, not three).
                var start = index
                var scripts = WordScripts()
                while start > range.lowerBound, Self.isWordByte(buffer[start - 1]) {
                    start -= 1
                    _ = scripts.read(buffer, at: start, end: range.upperBound)
                }
                var end = index
                while end < range.upperBound, Self.isWordByte(buffer[end]) {
                    end += scripts.read(buffer, at: end, end: range.upperBound)
                }
                index = end
                if readsEachWordOnce {
                    guard !scripts.isPlainlyOneScript else { continue }
                } else {
                    guard !Self.isPlainlyOneScript(text, start..<end) else { continue }
                }
                var status: Int32 = 0
                if cicu_spoof_mixes_scripts(handle, buffer.baseAddress! + start, Int32(end - start), &status) != 0 {
                    found.append(start..<end)
                }
            }
        }
        return found
    }

    /// Whether a word is known to hold one script without asking ICU: ASCII, general punctuation
    /// (U+2000–U+203F: "’", "—", common to every script) and Cyrillic U+0400–U+047F, with Latin and
    /// Cyrillic letters not both present. False for anything else (ICU decides).
    static func isPlainlyOneScript(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            var scripts = WordScripts()
            var index = range.lowerBound
            while index < range.upperBound, !scripts.other { index += scripts.read(buffer, at: index, end: range.upperBound) }
            return scripts.isPlainlyOneScript
        }
    }

    /// What a word holds, read a character at a time: ASCII letters, Cyrillic letters (U+0400–U+047F),
    /// general punctuation (U+2000–U+203F, no script), or anything else.
    struct WordScripts {
        var latin = false, cyrillic = false, other = false

        /// ASCII, general punctuation and Cyrillic only, and not both Latin and Cyrillic letters.
        var isPlainlyOneScript: Bool { !other && !(latin && cyrillic) }

        /// Notes the character at `index` (of a text ending at `end`) and returns its length in bytes.
        mutating func read(_ text: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
            let byte = text[index]
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latin = true }
                return 1
            }
            if (byte == 0xD0 || byte == 0xD1) && index + 1 < end {
                cyrillic = true
                return 2
            }
            if byte == 0xE2 && index + 2 < end && text[index + 1] == 0x80 { return 3 }
            other = true
            return 1
        }
    }

    /// Letters, digits and any non-ASCII byte belong to words; ASCII spaces and punctuation do not.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
