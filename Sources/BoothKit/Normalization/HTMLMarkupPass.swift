/// Renders a web page saved as HTML to the text a reader sees, so that a transcript saved from a
/// ministry's site reads as one copied from it, with every span still pointing into the saved file.
///
/// Only a text that is a page (`looksLikeHTML`: it opens with a doctype or an `html`, `head`, `body`,
/// `p`, `div`… tag, after a comment or not, as a browser's "Save as" writes one first) is touched; a transcript that merely mentions "<p>" is not. Then, each change an
/// edit with reason `markup`:
/// - comments, doctypes and processing instructions go;
/// - elements no reader sees as the page's text go with their content: `script`, `style`, `noscript`,
///   `template`, `svg`, `iframe`, `head` (its `title` repeats the page's heading), and the site's
///   navigation and footer, `nav` and `footer`;
/// - a block element's tags become a paragraph break (`p`, `div`, `h1`–`h6`, `section`, `table`…), a
///   line's tags a line break (`br`, `li`, `tr`, `dt`, `dd`), a cell's a space (`td`, `th`); any other
///   tag (`strong`, `a`, `span`…) goes: `<p><strong>SECRETARY BLINKEN:</strong> Good morning.</p>`
///   reads `SECRETARY BLINKEN: Good morning.`;
/// - outside `pre`, a run of white space holding a line break or a tab is one space, as a browser shows
///   it, and none at a line's start.
/// Character references (`&amp;`, `&nbsp;`) are left to `CharacterReferencePass`, which runs next.
struct HTMLMarkupPass: NormalizationPass {
    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        guard Self.looksLikeHTML(text) else { return (text, EditMap()) }
        var rewriter = TextRewriter(input: text)
        var index = 0
        // Line feeds at the output's end (2 at the start: no break opens the text), and whether inside `pre`.
        var newlines = 2, inPre = false
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: "<"), let tag = Self.tag(at: index, in: text) {
                var end = tag.end
                if tag.kind == .element, !tag.isClosing, Self.hiddenElements.contains(tag.name) {
                    end = Self.elementEnd(named: tag.name, after: tag.end, in: text)
                }
                var replacement: [UInt8] = []
                switch tag.kind == .element ? Self.breaks[tag.name] : nil {
                case .paragraph?: replacement = Array(repeating: 0x0A, count: max(0, 2 - newlines))
                case .line?: replacement = newlines >= 2 ? [] : [0x0A]
                case .cell?: replacement = newlines > 0 ? [] : [0x20]
                case nil: break
                }
                rewriter.replace(index..<end, with: replacement, reason: .markup)
                if replacement.first == 0x0A { newlines += replacement.count }
                if tag.name == "pre" { inPre = !tag.isClosing }
                index = end
                continue
            }
            if !inPre, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                var end = index + 1
                while end < text.count, text[end] == 0x20 || text[end] == 0x0A || text[end] == 0x0D || text[end] == 0x09 { end += 1 }
                if newlines > 0 {
                    rewriter.delete(index..<end, reason: .markup)
                } else if end - index > 1 || byte != 0x20 {
                    rewriter.replace(index..<end, with: [0x20], reason: .markup)
                }
                index = end
                continue
            }
            newlines = byte == 0x0A ? newlines + 1 : 0
            index += 1
        }
        return rewriter.finish()
    }

    /// Whether a text is a web page: after a byte-order mark and white space, its first tag is a doctype
    /// or one of `pageTags`.
    static func looksLikeHTML(_ text: [UInt8]) -> Bool {
        var index = 0
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while index < text.count, text[index] == 0x20 || text[index] == 0x0A || text[index] == 0x0D || text[index] == 0x09 { index += 1 }
        guard index < text.count, text[index] == UInt8(ascii: "<") else { return false }
        // A comment first, as a browser's "Save as" writes the page's address ("<!-- saved from url=(0047)https://… -->"):
        // what follows it decides.
        if text[index...].starts(with: Array("<!--".utf8)) {
            let window = text[index...].prefix(1024)
            guard let close = ByteSearch.firstIndex(of: Array("-->".utf8), in: Array(window)) else { return false }
            return looksLikeHTML(Array(text[(index + close + 3)...].prefix(1024)))
        }
        if lowercasedPrefix(of: text, at: index + 1, count: 8) == Array("!doctype".utf8) { return true }
        if text.count > index + 5, text[(index + 1)..<(index + 5)].elementsEqual("?xml".utf8) {
            // XHTML: "<?xml version…?>" then the doctype or <html>.
            guard let close = text[index...].prefix(200).firstIndex(of: UInt8(ascii: ">")) else { return false }
            return looksLikeHTML(Array(text[(close + 1)...].prefix(400)))
        }
        guard let tag = tag(at: index, in: text), tag.kind == .element else { return false }
        return pageTags.contains(tag.name)
    }

    /// The tags a page's source opens with.
    static let pageTags: Set<String> = ["html", "head", "body", "meta", "title", "p", "div", "article", "main",
                                        "section", "header", "h1", "h2", "h3", "table", "link"]

    /// Elements whose content no reader sees as the page's text.
    static let hiddenElements: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "head",
                                              "nav", "footer", "object", "select", "textarea"]

    enum Break { case paragraph, line, cell }

    /// What a tag of each element stands for in the text.
    static let breaks: [String: Break] = {
        var table: [String: Break] = [:]
        for name in ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "header", "aside",
                     "blockquote", "table", "ul", "ol", "dl", "figure", "figcaption", "hr", "pre", "address", "body",
                     "html", "form", "fieldset", "details", "summary", "center"] { table[name] = .paragraph }
        for name in ["br", "li", "tr", "dt", "dd", "caption"] { table[name] = .line }
        for name in ["td", "th"] { table[name] = .cell }
        return table
    }()

    struct Tag {
        enum Kind { case element, comment, declaration }
        var kind: Kind
        /// The element's name, lower case ("" for a comment or declaration).
        var name: String
        var isClosing: Bool
        /// Where the tag ends (after its ">").
        var end: Int
    }

    /// Longest tag with its attributes: a "<" with no ">" this far after it starts no tag.
    static let maximumTagBytes = 4096

    /// The tag that starts at `index` (a "<"), or nil when the "<" starts none ("a < b", "<3") or the
    /// tag does not close within `maximumTagBytes`.
    static func tag(at index: Int, in text: [UInt8]) -> Tag? {
        guard index + 1 < text.count else { return nil }
        let next = text[index + 1]
        if next == UInt8(ascii: "!") {
            if text[(index + 1)...].starts(with: "!--".utf8) {
                // A comment that never closes hides the rest of the page, as a browser has it.
                let end = ByteSearch.firstIndex(of: Array("-->".utf8), in: text, from: index + 4).map { $0 + 3 } ?? text.count
                return Tag(kind: .comment, name: "", isClosing: false, end: end)
            }
            guard let close = closingBracket(after: index + 1, in: text, quoted: false) else { return nil }
            return Tag(kind: .declaration, name: "", isClosing: false, end: close + 1)
        }
        if next == UInt8(ascii: "?") {
            guard let close = closingBracket(after: index + 1, in: text, quoted: false) else { return nil }
            return Tag(kind: .declaration, name: "", isClosing: false, end: close + 1)
        }
        let isClosing = next == UInt8(ascii: "/")
        var nameEnd = index + (isClosing ? 2 : 1)
        let nameStart = nameEnd
        while nameEnd < text.count, (text[nameEnd] | 0x20) &- 0x61 < 26 || (nameEnd > nameStart && text[nameEnd] &- 0x30 < 10) { nameEnd += 1 }
        guard nameEnd > nameStart, nameEnd - nameStart <= 16, nameEnd < text.count else { return nil }
        let after = text[nameEnd]
        guard after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || after == 0x20 || after == 0x0A || after == 0x09 || after == 0x0D
        else { return nil }
        // The tag's end: the first ">" outside quoted attribute values.
        guard let close = closingBracket(after: nameEnd, in: text, quoted: true) else { return nil }
        let name = String(decoding: text[nameStart..<nameEnd].map { $0 | 0x20 }, as: UTF8.self)
        return Tag(kind: .element, name: name, isClosing: isClosing, end: close + 1)
    }

    /// The ">" that closes a tag, from `start` on (outside quoted values when `quoted`), or nil when a
    /// "<" comes first or none comes within `maximumTagBytes`: so each byte of a run of "<" that start
    /// no tag is read about twice, not once per "<".
    private static func closingBracket(after start: Int, in text: [UInt8], quoted: Bool) -> Int? {
        var index = start, quote: UInt8? = nil
        let limit = min(text.count, start + maximumTagBytes)
        while index < limit {
            let byte = text[index]
            if byte == UInt8(ascii: "<") { return nil }
            if let open = quote { if byte == open { quote = nil } }
            else if quoted, byte == 0x22 || byte == 0x27 { quote = byte }
            else if byte == UInt8(ascii: ">") { return index }
            index += 1
        }
        return nil
    }

    /// Where an element opened just before `start` ends: after its closing tag, counting elements of the
    /// same name opened inside it; the text's end when it never closes.
    static func elementEnd(named name: String, after start: Int, in text: [UInt8]) -> Int {
        let open = Array("<\(name)".utf8), close = Array("</\(name)".utf8)
        // Script and style hold no elements: their content ends at the first closing tag.
        let nests = name != "script" && name != "style"
        var depth = 1, index = start
        while index < text.count {
            guard let at = text[index...].firstIndex(of: UInt8(ascii: "<")) else { return text.count }
            if lowercasedPrefix(of: text, at: at, count: close.count) == close, let tag = tag(at: at, in: text) {
                depth -= 1
                if depth == 0 || !nests { return tag.end }
                index = tag.end
            } else if nests, lowercasedPrefix(of: text, at: at, count: open.count) == open, let tag = tag(at: at, in: text),
                      tag.name == name, text[tag.end - 2] != UInt8(ascii: "/") {
                depth += 1
                index = tag.end
            } else {
                index = at + 1
            }
        }
        return text.count
    }

    private static func lowercasedPrefix(of text: [UInt8], at index: Int, count: Int) -> [UInt8] {
        guard index + count <= text.count else { return [] }
        return text[index..<(index + count)].map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
    }
}
