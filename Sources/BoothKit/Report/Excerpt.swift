/// A long text shortened for a person to read: cut at a word's end and marked with "…".
public enum Excerpt {
    /// `text` when it has at most `limit` characters; else its first words, up to `limit - 1` characters,
    /// and "…" — cut in a word only when no space comes in the last third of the room.
    public static func shortened(_ text: String, limit: Int = 160) -> String {
        guard text.count > limit, limit > 1 else { return text }
        let room = text.prefix(limit - 1)
        guard let space = room.lastIndex(where: { $0 == " " || $0 == "\n" }),
              room.distance(from: room.startIndex, to: space) >= (limit - 1) * 2 / 3 else { return room + "…" }
        var words = room[..<space]
        // No comma or dash left hanging before the ellipsis.
        while let last = words.last, last == "," || last == ";" || last == ":" || last == "–" || last == "—" || last == " " {
            words = words.dropLast()
        }
        return words + "…"
    }
}
