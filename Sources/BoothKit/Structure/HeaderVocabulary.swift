/// What header lines can hold (see `Lexicons/header.txt`): document kinds and month names.
public struct HeaderVocabulary: Sendable {
    let genres: Set<String>
    let months: [String: Int]
    /// Words of the first and second person, lower case (`[speech-words]`).
    let speechWords: Set<String>

    public init(listText: String) {
        let list = SectionedList(listText)
        genres = Set(list.entries(in: "genres").map { $0.text.lowercased() })
        var months: [String: Int] = [:]
        for entry in list.entries(in: "months") {
            guard let pair = SectionedList.keyValue(entry.text), let number = Int(pair.key) else { continue }
            for name in pair.value.split(separator: ",") { months[name.trimming([" "]).lowercased()] = number }
        }
        self.months = months
        speechWords = Set(list.entries(in: "speech-words").map { $0.text.lowercased() })
    }

    /// Whether the line holds a word of the first or second person ("We", "моим", "vous").
    func holdsSpeechWord(_ line: String) -> Bool {
        line.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "’" }.contains {
            speechWords.contains($0.replacingOccurrences(of: "’", with: "'"))
        }
    }

    public static let bundled = HeaderVocabulary(listText: BundledLexicons.text(named: "header.txt") ?? "")

    /// Reads a line that is a date and nothing else: "January 21, 2022", "Friday, 21 January 2022",
    /// "21 января 2022 г.", "2022-01-21", "21.01.2022". Returns yyyy-mm-dd.
    public func isoDate(fromLine line: String) -> String? {
        // A date has digits and few words.
        guard line.utf8.count <= 60, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let tokens = line.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.trimming(["."]) }
            .filter { !$0.isEmpty }
        if tokens.count == 1, let numeric = Self.numericDate(tokens[0]) { return numeric }
        var year: Int?, month: Int?, day: Int?
        for token in tokens {
            if let number = Int(token) {
                if token.count == 4, (1800...2200).contains(number), year == nil { year = number }
                else if (1...31).contains(number), day == nil { day = number }
                else { return nil }
            } else if let number = months[token], month == nil {
                month = number
            } else if Self.fillers.contains(token) {
                continue
            } else {
                return nil
            }
        }
        guard let year, let month, let day else { return nil }
        return Self.iso(year, month, day)
    }

    /// Words a date line may hold besides day, month and year.
    static let fillers: Set<String> = [
        "г", "года", "год", "the", "of", "on", "le", "de", "del", "am", "den",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    ]

    static func numericDate(_ token: String) -> String? {
        let iso = token.split(separator: "-").compactMap { Int($0) }
        if iso.count == 3, token.split(separator: "-")[0].count == 4 { return Self.iso(iso[0], iso[1], iso[2]) }
        let dotted = token.split(separator: ".").compactMap { Int($0) }
        if dotted.count == 3, token.split(separator: ".")[2].count == 4 { return Self.iso(dotted[2], dotted[1], dotted[0]) }
        return nil
    }

    static func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let daysInMonth = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Whether a line names the kind of document.
    func isGenre(_ line: String) -> Bool { line.utf8.count <= 80 && genres.contains(line.lowercased()) }
}
