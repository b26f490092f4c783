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
                var latin = false, cyrillic = false, other = false
                while start > range.lowerBound, Self.isWordByte(buffer[start - 1]) {
                    start -= 1
                    if Self.isASCIILetter(buffer[start]) { latin = true }
                }
                var end = index
                while end < range.upperBound {
                    let byte = buffer[end]
                    if byte < 0x80 {
                        guard Self.isWordByte(byte) else { break }
                        if Self.isASCIILetter(byte) { latin = true }
                        end += 1
                    } else if (byte == 0xD0 || byte == 0xD1) && end + 1 < range.upperBound {
                        cyrillic = true
                        end += 2
                    } else if byte == 0xE2 && end + 2 < range.upperBound && buffer[end + 1] == 0x80 {
                        end += 3
                    } else {
                        other = true
                        end += 1
                    }
                }
                index = end
                if readsEachWordOnce {
                    guard other || (latin && cyrillic) else { continue }
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
        var latin = false, cyrillic = false
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { latin = true }
                index += 1
            } else if (byte == 0xD0 || byte == 0xD1) && index + 1 < range.upperBound {
                cyrillic = true
                index += 2
            } else if byte == 0xE2 && index + 2 < range.upperBound && text[index + 1] == 0x80 {
                index += 3
            } else {
                return false
            }
        }
        return !(latin && cyrillic)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Letters, digits and any non-ASCII byte belong to words; ASCII spaces and punctuation do not.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
}
