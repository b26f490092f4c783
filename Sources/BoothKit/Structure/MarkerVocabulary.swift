/// The phrases that make a bracketed group a marker (see `Lexicons/markers.txt`), and the reading of
/// one group's text.
public struct MarkerVocabulary: Sendable {
    /// Phrases (lower-cased) with their kind, longest first so that the most specific wins.
    private let phrases: [(phrase: String, kind: MarkerKind, language: String?)]

    /// Reads a marker list: sections named after `MarkerKind` raw values, plus `[languages]` whose
    /// entries are `phrase = code`.
    public init(listText: String) {
        var phrases: [(String, MarkerKind, String?)] = []
        let list = SectionedList(listText)
        for (name, entries) in list.sections {
            if name == "languages" {
                for entry in entries {
                    guard let pair = SectionedList.keyValue(entry.text) else { continue }
                    phrases.append((pair.key.lowercased(), .language, pair.value))
                }
            } else if let kind = MarkerKind(rawValue: name) {
                phrases += entries.map { ($0.text.lowercased(), kind, nil) }
            }
        }
        self.phrases = phrases.sorted { $0.0.count > $1.0.count }
    }

    /// The bundled vocabulary.
    public static let bundled = MarkerVocabulary(listText: BundledLexicons.text(named: "markers.txt") ?? "")

    /// Reads the text inside a bracket pair: its kind, a timestamp and a language code when it is a
    /// marker, nil when it is ordinary bracketed text ("(Smith 55)").
    public func classify(_ inner: Substring) -> (kind: MarkerKind, timestamp: String?, language: String?)? {
        var text = inner.lowercased().trimming([" "])
        while text.hasSuffix(".") { text.removeLast(); text = text.trimming([" "]) }
        text = text.replacingOccurrences(of: "’", with: "'")
        guard !text.isEmpty, text.count <= 200 else { return nil }
        for (phrase, kind, language) in phrases {
            let normalizedPhrase = phrase.replacingOccurrences(of: "’", with: "'")
            guard text.hasPrefix(normalizedPhrase) else { continue }
            let rest = text.dropFirst(normalizedPhrase.count)
            if let next = rest.first, next.isLetter { continue }  // "inaudibleness" is no marker
            // Notes carry free text; other markers may only add a time or a short qualifier.
            if kind != .interpreterNote, rest.count > 40 { continue }
            return (kind, Self.timestamp(in: rest), language)
        }
        return nil
    }

    /// The first h:mm, mm:ss or hh:mm:ss time in the text.
    static func timestamp(in text: Substring) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isNumber else { index += 1; continue }
            var end = index
            var groups = 0
            var digits = 0
            while end < characters.count {
                let character = characters[end]
                if character.isASCII && character.isNumber { digits += 1 }
                else if character == ":" && digits > 0 && digits <= 2 { groups += 1; digits = 0 }
                else { break }
                end += 1
            }
            if groups >= 1 && digits == 2 { return String(characters[index..<end]) }
            index = end + 1
        }
        return nil
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
