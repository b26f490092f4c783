/// The words of speakers' titles (`Lexicons/speaker-roles.txt`), upper-cased, and the compounds a slash
/// makes of them, as the EU writes its High Representative's two offices: "HIGH
/// REPRESENTATIVE/VICE-PRESIDENT JOSEP BORRELL:", "Josep Borrell, High Representative/Vice-President:".
struct TitleWords: Sendable {
    let words: Set<String>

    /// Whether an upper-cased word is a title word, or title words joined by slashes or hyphens
    /// ("REPRESENTATIVE/VICE-PRESIDENT", "VICE-PRESIDENT").
    func contains(_ word: String) -> Bool {
        if words.contains(word) { return true }
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }) else { return false }
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "-" }
        return parts.count >= 2 && parts.allSatisfy { words.contains(String($0)) }
    }

    /// Whether every word of `name` holding a slash is such a compound: a label's name may hold a slash
    /// only there ("Yes/no:" is no label).
    func allowsSlashes(in name: some StringProtocol) -> Bool {
        name.split(separator: " ").allSatisfy { word in !word.contains("/") || contains(word.uppercased()) }
    }
}
