/// Language codes in glossaries: BCP 47 tags, folded to lower case with "-" ("en-US" → "en-us").
enum LanguageCode {
    /// ISO 639-1 codes, to tell a language column from another column and to warn about unknown ones.
    static let known: Set<String> = [
        "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "eu",
        "fa", "fi", "fr", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id", "is", "it", "ja", "ka", "kk", "km",
        "kn", "ko", "ky", "lo", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "mt", "my", "ne", "nl", "no", "nb", "nn",
        "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "tg", "th", "tk",
        "tl", "tr", "tt", "uk", "ur", "uz", "vi", "zh",
    ]

    /// The folded tag.
    static func fold(_ tag: String) -> String { tag.lowercased().map { $0 == "_" ? "-" : $0 }.reduce(into: "") { $0.append($1) } }

    /// The primary language of a tag: "en-us" → "en".
    static func primary(_ tag: String) -> String {
        // Most tags are a primary language already ("en"): the matcher asks once per turn.
        if tag.utf8.allSatisfy({ $0 &- 0x61 < 26 }) { return tag }
        return String(fold(tag).split(separator: "-").first ?? "")
    }

    /// Whether the tag's primary language is a known ISO 639-1 code.
    static func isKnown(_ tag: String) -> Bool { known.contains(primary(tag)) }
}
