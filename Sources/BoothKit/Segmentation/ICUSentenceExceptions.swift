internal import CICU

/// ICU's own list of the abbreviations a sentence does not end after (CLDR's sentence-break exceptions,
/// the list `@ss=standard` uses: "Dr.", "z.B.", "руб.").
///
/// ICU 72 matches that list against the end of any word, case-sensitively, so with `@ss=standard` no
/// sentence ends after a German word ending in "r" ("Minister.", "aber.": the list has "r."), a Russian
/// one ending in "тел" or "ул" ("хотел.", "Стамбул.": "тел.", "ул."), a Spanish "usted." ("ed."), a
/// French "la mer." ("mer.", mercredi) or an English "the ROK." ("OK."). Booth breaks sentences with
/// ICU's rules alone (`ICUSentenceBreaker.locale`) and applies this list itself, to whole tokens as
/// written (`SegmentationRules.icuExceptions`).
enum ICUSentenceExceptions {
    /// The entries for a locale ("de", "ru"), as written; empty when ICU has none.
    static func entries(locale: String) -> [String] {
        var capacity = 16 * 1024
        while capacity <= 1024 * 1024 {
            var buffer = [UInt8](repeating: 0, count: capacity)
            var status: Int32 = 0
            let written = buffer.withUnsafeMutableBufferPointer {
                cicu_sentence_exceptions(locale, $0.baseAddress, Int32($0.count), &status)
            }
            if written >= 0 {
                return buffer[..<Int(written)].split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
            }
            guard status == 15 else { return [] }  // U_BUFFER_OVERFLOW_ERROR: try a larger buffer
            capacity *= 4
        }
        return []
    }
}
