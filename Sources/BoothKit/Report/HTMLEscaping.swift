import Plot

/// Complete HTML escaping for transcript text and attribute values.
///
/// Plot is used to build the page, but it writes attribute values as given (a `"` in a title would end
/// the attribute) and passes text that looks like an entity ("&lt;") through unchanged, so a transcript
/// holding "&lt;script&gt;" would show "<script>". Every string from a transcript or glossary therefore
/// goes through `escape` first and reaches Plot as ready-made markup.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

extension Node {
    /// Text, fully escaped.
    static func safeText(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }

    /// An attribute whose value is fully escaped.
    static func safeAttribute(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: HTMLEscaping.escape(value))
    }
}
