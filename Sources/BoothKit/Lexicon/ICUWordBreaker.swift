internal import CICU

/// ICU's word break iterator over UTF-8 (read through a UTF-16 copy; offsets are UTF-8). Owns its
/// handle; one per thread.
final class ICUWordBreaker {
    private let handle: OpaquePointer

    init(locale: String) throws(SegmentationError) {
        var status: Int32 = 0
        guard let handle = cicu_breaker_open(CICU_BREAK_WORD, locale, &status), status <= 0 else {
            throw SegmentationError(message: "ICU could not open a word break iterator for \(locale) (status \(status))")
        }
        self.handle = handle
    }

    /// Read the UTF-8 in place through UText instead of a UTF-16 copy: the two must agree (a test
    /// checks it); this one is slower.
    var readsThroughUText = false

    deinit { cicu_breaker_close(handle) }

    /// The words of `text[range]` — letters, numbers, ideographs; not spaces or punctuation — as
    /// ranges of `text`.
    func words(in text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        forEachWord(in: text, range) { words.append($0) }
        return words
    }

    /// Calls `body` with each word of `text[range]`, as `words(in:_:)` finds them, without keeping them
    /// (counting the words of a 200 MB line needs no array of them).
    func forEachWord(in text: [UInt8], _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        text.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            if readsThroughUText {
                cicu_breaker_set_utf8(handle, buffer.baseAddress! + range.lowerBound, Int64(range.count), &status)
            } else {
                cicu_breaker_set_utf8_via_utf16(handle, buffer.baseAddress! + range.lowerBound, Int64(range.count), &status)
            }
            guard status <= 0 else { return }
            var start: Int64 = 0
            while true {
                let end = cicu_breaker_next(handle)
                if end < 0 { break }
                // Rule status 0–99 is "none": spaces and punctuation.
                if cicu_breaker_rule_status(handle) >= 100 {
                    body((range.lowerBound + Int(start))..<(range.lowerBound + Int(end)))
                }
                start = end
            }
        }
    }
}
