/// Makes untrusted XML safe to hand to a parser: no DTD and no entity is ever resolved.
///
/// A document type declaration is blanked out (replaced by spaces, so every line:column stays where it
/// was) and never reaches the parser, so no external DTD is fetched from disk or network. A declaration
/// with entity declarations (`<!ENTITY …>`, the way to external-entity attacks and entity-expansion
/// bombs) is refused outright with its position. Any other entity reference then fails in the parser
/// as undefined, with a position too.
enum XMLGuard {
    /// The document, blanked of its DOCTYPE; or an error naming where an entity was declared.
    static func sanitize(_ bytes: [UInt8], file: String) throws(GlossaryError) -> [UInt8] {
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        var output = bytes
        guard let start = firstIndex(of: doctype, in: bytes, from: 0) else {
            if let found = firstIndex(of: entity, in: bytes, from: 0) { throw refusal(bytes, at: found, file: file) }
            return bytes
        }
        // Find the end of the declaration: ">" outside quotes and outside an internal subset "[ … ]".
        var index = start + doctype.count
        var inSubset = false
        var quote: UInt8? = nil
        var end: Int? = nil
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                inSubset = true
            } else if byte == UInt8(ascii: "]") {
                inSubset = false
            } else if inSubset, byte == UInt8(ascii: "<"), bytes[index...].starts(with: entity) {
                throw refusal(bytes, at: index, file: file)
            } else if byte == UInt8(ascii: ">") && !inSubset {
                end = index + 1
                break
            }
            index += 1
        }
        guard let end else {
            throw GlossaryError(file: file, position: position(bytes, start), message: "malformed XML: unterminated DOCTYPE declaration")
        }
        if let found = firstIndex(of: entity, in: bytes, from: end) { throw refusal(bytes, at: found, file: file) }
        for offset in start..<end where output[offset] != 0x0A { output[offset] = 0x20 }
        return output
    }

    private static func refusal(_ bytes: [UInt8], at offset: Int, file: String) -> GlossaryError {
        GlossaryError(file: file, position: position(bytes, offset),
                      message: "XML entity declarations are refused: Booth never expands or resolves entities")
    }

    static func position(_ bytes: [UInt8], _ offset: Int) -> Position {
        let prefix = Array(bytes[..<offset])
        return LineIndex(prefix).position(of: prefix.count, in: prefix)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
