/// Makes untrusted XML safe to hand to a parser: no DTD and no entity is ever resolved.
///
/// A document type declaration is blanked out (replaced by spaces, so every line:column stays where it
/// was) and never reaches the parser, so no external DTD is fetched from disk or network. A declaration
/// with entity declarations (`<!ENTITY …>`, the way to external-entity attacks and entity-expansion
/// bombs) is refused outright with its position. Any other entity reference then fails in the parser
/// as undefined, with a position too.
///
/// Processing instructions are blanked as well, the XML declaration included: they carry nothing a
/// glossary needs (the text is already checked and transcoded to UTF-8, which XML assumes without a
/// declaration), and FoundationXML crashes on one without data (`<?x?>`), as fuzzing found twice.
enum XMLGuard {
    /// The document, blanked of its DOCTYPE; or an error naming where an entity was declared.
    static func sanitize(_ bytes: [UInt8], file: String) throws(GlossaryError) -> [UInt8] {
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        var output = bytes
        guard let start = ByteSearch.firstIndex(of: doctype, in: bytes, from: 0) else {
            if let found = ByteSearch.firstIndex(of: entity, in: bytes, from: 0) { throw refusal(bytes, at: found, file: file) }
            blankProcessingInstructions(&output)
            return output
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
        if let found = ByteSearch.firstIndex(of: entity, in: bytes, from: end) { throw refusal(bytes, at: found, file: file) }
        for offset in start..<end where output[offset] != 0x0A { output[offset] = 0x20 }
        blankProcessingInstructions(&output)
        return output
    }

    /// Replaces every `<?…?>` by spaces (newlines kept), except inside comments and CDATA sections,
    /// which are passed over whole.
    static func blankProcessingInstructions(_ bytes: inout [UInt8]) {
        let comment = Array("<!--".utf8), commentEnd = Array("-->".utf8)
        let cdata = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { index += 1; continue }
            if bytes[index...].starts(with: comment) {
                index = (ByteSearch.firstIndex(of: commentEnd, in: bytes, from: index + 4) ?? bytes.count - 3) + 3
            } else if bytes[index...].starts(with: cdata) {
                index = (ByteSearch.firstIndex(of: cdataEnd, in: bytes, from: index + 9) ?? bytes.count - 3) + 3
            } else if bytes[index + 1] == UInt8(ascii: "?") {
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
                end = min(bytes.count, end + 2)
                for offset in index..<end where bytes[offset] != 0x0A { bytes[offset] = 0x20 }
                index = end
            } else {
                index += 1
            }
        }
    }

    private static func refusal(_ bytes: [UInt8], at offset: Int, file: String) -> GlossaryError {
        GlossaryError(file: file, position: position(bytes, offset),
                      message: "XML entity declarations are refused: Booth never expands or resolves entities")
    }

    static func position(_ bytes: [UInt8], _ offset: Int) -> Position {
        let prefix = Array(bytes[..<offset])
        return LineIndex(prefix).position(of: prefix.count, in: prefix)
    }
}
