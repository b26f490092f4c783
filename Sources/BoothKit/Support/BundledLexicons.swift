/// The data files of `Lexicons/` (boilerplate patterns, markers, abbreviations, glossaries), embedded
/// in the binary at build time so that Booth works wherever it is copied; users point Booth at their
/// own copies to extend them.
public enum BundledLexicons {
    /// The names of the embedded files.
    public static var names: [String] { EmbeddedLexicons.files.keys.sorted() }

    /// The text of an embedded file, e.g. `"boilerplate.txt"`.
    public static func text(named name: String) -> String? { EmbeddedLexicons.files[name] }

    /// The entries of a line-list file: one entry a line; blank lines and lines starting with `#` are
    /// skipped; surrounding spaces trimmed.
    public static func entries(ofList text: String) -> [(line: Int, entry: String)] {
        // Split and trimmed as bytes: "\r\n" is one Character, so a Character split on "\n" would leave a
        // CRLF file one line; and it is several times faster (these lists are read at every start).
        var result: [(Int, String)] = []
        var text = text
        text.withUTF8 { bytes in
            var start = 0, number = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                number += 1
                var low = start, high = end
                while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 || bytes[low] == 0x0D { low += 1 }
                while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 || bytes[high - 1] == 0x0D { high -= 1 }
                if low < high, bytes[low] != UInt8(ascii: "#") {
                    result.append((number, String(decoding: UnsafeBufferPointer(rebasing: bytes[low..<high]), as: UTF8.self)))
                }
                start = end + 1
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The string without the given characters at either end.
    func trimming(_ characters: Set<Character>) -> String {
        var start = startIndex, end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start, characters.contains(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
