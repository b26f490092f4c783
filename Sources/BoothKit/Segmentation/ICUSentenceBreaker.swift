internal import CICU

/// ICU's sentence break iterator over UTF-8 text, read through a UTF-16 copy (ICU's rules run about 1.5×
/// as fast on it as through UText's UTF-8 adapter); boundaries come back as UTF-8 offsets. Owns its ICU
/// handle; not thread-safe, so each segmenting session has its own.
final class ICUSentenceBreaker {
    private let handle: OpaquePointer
    let locale: String

    /// Opens the iterator for a locale such as "en_US" (`locale(for:)`).
    init(locale: String) throws(SegmentationError) {
        var status: Int32 = 0
        guard let handle = cicu_breaker_open(CICU_BREAK_SENTENCE, locale, &status), status <= 0 else {
            throw SegmentationError(message: "ICU could not open a sentence break iterator for \(locale) (status \(status))")
        }
        self.handle = handle
        self.locale = locale
    }

    /// Read the UTF-8 in place through UText instead of a UTF-16 copy: the two must agree (a test
    /// checks it); this one is slower.
    var readsThroughUText = false

    deinit { cicu_breaker_close(handle) }

    /// The boundaries ICU finds in `text[range]`, as offsets into `text`, without the range's own ends.
    func boundaries(in text: [UInt8], _ range: Range<Int>) -> [Int] {
        var result: [Int] = []
        text.withUnsafeBufferPointer { buffer in
            var status: Int32 = 0
            if readsThroughUText {
                cicu_breaker_set_utf8(handle, buffer.baseAddress! + range.lowerBound, Int64(range.count), &status)
            } else {
                cicu_breaker_set_utf8_via_utf16(handle, buffer.baseAddress! + range.lowerBound, Int64(range.count), &status)
            }
            guard status <= 0 else { return }
            while true {
                let next = cicu_breaker_next(handle)
                if next < 0 || next >= Int64(range.count) { break }
                result.append(range.lowerBound + Int(next))
            }
        }
        return result
    }

    /// The ICU locale for a language code, without ICU's abbreviation suppression (`@ss=standard`): ICU 72
    /// matches its list against the end of any word, so that no German sentence ended after "Minister.",
    /// no Russian one after "хотел.", no English one after "the ROK." or "the FAA.". Booth applies the same
    /// list to whole tokens (`ICUSentenceExceptions`, `SegmentationRules.icuExceptions`), with its own.
    static func locale(for language: String) -> String {
        switch language {
        case "en": return "en_US"
        case "ru": return "ru_RU"
        default: return language
        }
    }
}

/// ICU could not segment.
public struct SegmentationError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

extension ICUSentenceBreaker {
    /// The UTF-16 copy the break iterators read (`byICU` false: Booth's own decoding in the C layer; true:
    /// ICU's u_strFromUTF8), or nil when the bytes are not well-formed UTF-8. For tests: the two agree.
    static func utf16Copy(of bytes: [UInt8], byICU: Bool) -> [UInt16]? {
        var units = [UInt16](repeating: 0, count: bytes.count)
        let count = bytes.withUnsafeBufferPointer { text in
            units.withUnsafeMutableBufferPointer { units in
                cicu_utf8_to_utf16(text.baseAddress, Int32(text.count), units.baseAddress, Int32(units.count), byICU ? 1 : 0)
            }
        }
        return count < 0 ? nil : Array(units[..<Int(count)])
    }
}
