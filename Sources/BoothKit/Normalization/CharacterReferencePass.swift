import Foundation

/// Decodes the HTML character references that text copied from a web page's source keeps:
/// `&amp;` → `&`, `&nbsp;` → no-break space (a plain space after the clean-up pass), `&#8217;` and
/// `&#x2019;` → `’`, `&eacute;` → `é` (reason `markup`; the edit keeps the reference, so the original
/// is rebuilt as ever).
///
/// Named references: the five of XML, every Latin-1 one of HTML 4 (`&nbsp;` … `&yuml;`), and the
/// punctuation and typography ones web pages use (`&mdash;`, `&rsquo;`, `&hellip;`, `&euro;` …), each
/// with its semicolon. Numeric references to any scalar but NUL, a surrogate or a control character other
/// than tab and line feed. An ampersand that starts none of these stays as it is ("AT&T", "Q&A").
struct CharacterReferencePass: NormalizationPass {
    /// The HTML 4 names of U+00A0–U+00FF, in code point order.
    private static let latin1Names = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 \
        sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc \
        Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve \
        Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute \
        acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde \
        ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    /// Named references outside Latin-1.
    private static let otherNames: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "circ": 0x2C6,
        "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D,
        "lrm": 0x200E, "rlm": 0x200F, "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019,
        "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E, "dagger": 0x2020,
        "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026, "permil": 0x2030, "prime": 0x2032,
        "Prime": 0x2033, "lsaquo": 0x2039, "rsaquo": 0x203A, "euro": 0x20AC, "trade": 0x2122, "minus": 0x2212,
    ]

    /// Every named reference: its name as UTF-8 → the character as UTF-8.
    private static let named: [[UInt8]: [UInt8]] = {
        var table: [[UInt8]: [UInt8]] = [:]
        for (offset, name) in latin1Names.enumerated() {
            table[Array(name.utf8)] = Array(String(Unicode.Scalar(UInt32(0xA0 + offset))!).utf8)
        }
        for (name, scalar) in otherNames { table[Array(name.utf8)] = Array(String(Unicode.Scalar(scalar)!).utf8) }
        return table
    }()

    /// Longest name ("thinsp", "frac14", "permil"…) and longest numeric reference body ("#x10FFFF", "#1114111").
    private static let longestBody = 8

    func apply(to text: [UInt8]) -> (text: [UInt8], map: EditMap) {
        var rewriter = TextRewriter(input: text)
        // One edit per reference, even side by side ("&rdquo;&nbsp;"): each maps back alone.
        rewriter.mergesAdjacentEdits = false
        text.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count {
                // Straight to the next ampersand: most texts have none.
                guard let found = memchr(base + index, 0x26, buffer.count - index) else { break }
                let ampersand = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if let (length, character) = Self.reference(at: ampersand, in: buffer) {
                    rewriter.replace(ampersand..<(ampersand + length), with: character, reason: .markup)
                    index = ampersand + length
                } else {
                    index = ampersand + 1
                }
            }
        }
        return rewriter.finish()
    }

    /// The reference starting at the ampersand at `start`: its length with "&" and ";", and its character
    /// as UTF-8; nil when none starts there.
    static func reference(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> (length: Int, character: [UInt8])? {
        let limit = min(text.count, start + 2 + longestBody)
        var end = start + 1
        while end < limit, text[end] != UInt8(ascii: ";") {
            let byte = text[end]
            guard (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "#") else { return nil }
            end += 1
        }
        guard end < limit, end > start + 1 else { return nil }
        let body = UnsafeBufferPointer(rebasing: text[(start + 1)..<end])
        if body[0] == UInt8(ascii: "#") {
            guard let scalar = numericScalar(UnsafeBufferPointer(rebasing: body[1...])) else { return nil }
            return (end + 1 - start, Array(String(scalar).utf8))
        }
        guard let character = named[Array(body)] else { return nil }
        return (end + 1 - start, character)
    }

    /// The scalar of a numeric reference's digits ("8217", "x2019"), nil when it names none or one that
    /// text must not hold (NUL, a surrogate, a control character but tab and line feed).
    private static func numericScalar(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard !digits.isEmpty else { return nil }
        let hex = digits[0] | 0x20 == UInt8(ascii: "x")
        let number = hex ? UnsafeBufferPointer(rebasing: digits[1...]) : digits
        guard !number.isEmpty else { return nil }
        var value: UInt32 = 0
        for byte in number {
            let digit: UInt32
            if byte &- 0x30 < 10 { digit = UInt32(byte - 0x30) }
            else if hex, (byte | 0x20) &- 0x61 < 6 { digit = UInt32((byte | 0x20) - 0x61 + 10) }
            else { return nil }
            value = value * (hex ? 16 : 10) + digit
            if value > 0x10FFFF { return nil }
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }  // surrogates
        if value < 0x20 && value != 0x09 && value != 0x0A { return nil }
        if (0x7F...0x9F).contains(value) { return nil }
        return scalar
    }
}
