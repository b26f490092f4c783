/// A decimal digit in UTF-8 as Chinese and Japanese texts write them: ASCII ("5") or full-width ("５",
/// U+FF10–U+FF19, bytes EF BC 90–99).
enum WideDigit {
    /// The digit starting at `index` of `text`, read no further than `end`: its value and its length in
    /// bytes; nil when none starts there.
    static func at(_ index: Int, in text: [UInt8], before end: Int) -> (value: Int, length: Int)? {
        guard index < end else { return nil }
        if text[index] &- 0x30 < 10 { return (Int(text[index] &- 0x30), 1) }
        if text[index] == 0xEF, index + 2 < end, text[index + 1] == 0xBC, text[index + 2] &- 0x90 < 10 {
            return (Int(text[index + 2] &- 0x90), 3)
        }
        return nil
    }

    /// Whether a digit ends just before `index` (no lower than `start`): a number does not start at `index`.
    static func endsBefore(_ index: Int, in text: [UInt8], from start: Int) -> Bool {
        (index > start && text[index - 1] &- 0x30 < 10) || (index - 3 >= start && at(index - 3, in: text, before: index)?.length == 3)
    }
}
