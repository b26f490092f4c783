import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads TBX glossaries: TBX v2 / TBX-Basic (`martif`, `termEntry`, `langSet`, `tig` or `ntig/termGrp`,
/// `term`, `termNote type="administrativeStatus"`) and TBX v3, ISO 30042:2019 (`tbx`, `conceptEntry`,
/// `langSec`, `termSec`), in DCA style (`termNote type="…"`) or DCT style (`<basic:administrativeStatus>`).
///
/// Also read: `partOfSpeech`, `termType` (an acronym or abbreviation matches as written), `note`,
/// `descrip type="definition"`, and Booth's own `termNote type="x-booth-matching"` with `stemmed`,
/// `exact` or `case-sensitive`. The XML goes through `XMLGuard` first: no DTD or entity is resolved.
public enum TBXReader {
    /// `text` without leading and trailing white space, as Foundation's `.whitespacesAndNewlines` trims
    /// it (Unicode's White_Space, and U+200B, which Foundation still counts as a space), without its
    /// CharacterSet machinery: this runs at the end of every element of a glossary.
    static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    public static func read(_ bytes: [UInt8], file: String) throws(GlossaryError) -> Glossary {
        let source: SourceText
        do { source = try SourceDecoder.decode(bytes, name: file) } catch {
            throw GlossaryError(file: file, position: nil, message: error.description)
        }
        var utf8 = source.bytes
        // The XML declaration must come first: drop a byte-order mark (line 1 columns shift by one).
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        let safe = try XMLGuard.sanitize(utf8, file: file)
        let parser = XMLParser(data: Data(safe))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = TBXCollector(file: file, parser: parser)
        parser.delegate = collector
        // libxml2 may recover from some errors and still report success: any error reported counts.
        if !parser.parse() || collector.firstError != nil {
            let position = collector.firstError?.position
                ?? Position(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber))
            let reason = collector.firstError?.message
                ?? parser.parserError.map { Self.describe($0) } ?? "unknown error"
            throw GlossaryError(file: file, position: position, message: "malformed XML: \(reason)")
        }
        if let unclosed = collector.openElements.last {
            throw GlossaryError(file: file, position: nil, message: "malformed XML: element <\(unclosed)> is never closed")
        }
        guard collector.sawRoot else {
            throw GlossaryError(file: file, position: nil, message: "not a TBX document (no martif or tbx root element)")
        }
        return Glossary(name: file, concepts: collector.concepts, warnings: collector.warnings)
    }

    /// A readable reason for libxml2's error codes.
    static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        let reasons: [Int: String] = [
            4: "the document is empty", 5: "the document ends too soon", 26: "an entity is not declared",
            38: "an attribute value is not quoted", 41: "an attribute is not properly formed",
            64: "the XML declaration is not at the start", 73: "a closing tag is missing its '>'",
            76: "a closing tag does not match its opening tag", 77: "a tag is not closed",
        ]
        return reasons[code] ?? "libxml2 error \(code)"
    }
}

/// Collects concepts and terms from XMLParser's events.
private final class TBXCollector: NSObject, XMLParserDelegate {
    let file: String
    unowned let parser: XMLParser
    var concepts: [Concept] = []
    var warnings: [GlossaryWarning] = []
    var sawRoot = false
    var firstError: (position: Position, message: String)?
    var openElements: [String] = []

    private var conceptIndex: [String: Int] = [:]
    private var concept: Concept?
    private var conceptPosition = Position(line: 1, column: 1)
    private var language: String?
    private var term: Term?
    private var termPosition = Position(line: 1, column: 1)
    private var capture: (element: String, type: String?)?
    private var text = ""

    init(file: String, parser: XMLParser) {
        self.file = file
        self.parser = parser
    }

    private var here: Position { Position(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)) }

    private func warn(_ message: String, at position: Position) {
        warnings.append(GlossaryWarning(file: file, position: position, message: message))
    }

    /// The name without its namespace prefix ("tbx:termEntry" → "termEntry"); most names have none.
    private static func local(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ":")) else { return name }
        return String(name.split(separator: ":").last ?? Substring(name))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if firstError == nil { firstError = (here, TBXReader.describe(parseError)) }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        openElements.append(elementName)
        switch Self.local(elementName) {
        case "martif", "tbx":
            sawRoot = true
        case "termEntry", "conceptEntry":
            concept = Concept(id: attributes["id"] ?? "c\(concepts.count + 1)", terms: [])
            conceptPosition = here
        case "langSet", "langSec":
            let tag = attributes["xml:lang"] ?? attributes["lang"] ?? ""
            language = LanguageCode.fold(tag)
            if tag.isEmpty { warn("language section without xml:lang", at: here) }
            else if !LanguageCode.isKnown(tag) { warn("unknown language '\(tag)'", at: here) }
        case "tig", "ntig", "termSec":
            term = Term(text: "", language: language ?? "und")
            termPosition = here
        case "term":
            capture = ("term", nil); text = ""
        case "termNote", "descrip", "note":
            capture = (Self.local(elementName), attributes["type"]); text = ""
        case "administrativeStatus", "normativeAuthorization", "partOfSpeech", "termType":
            capture = ("termNote", Self.local(elementName)); text = ""
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if openElements.last == elementName {
            openElements.removeLast()
        } else if firstError == nil {
            firstError = (here, "closing tag </\(elementName)> does not match <\(openElements.last ?? "nothing")>")
        }
        let name = Self.local(elementName)
        let value = TBXReader.trimmed(text)
        switch name {
        case "term":
            if term == nil { term = Term(text: "", language: language ?? "und"); termPosition = here }
            term?.text = value
            term?.matching = Term.defaultMatching(for: value)
            capture = nil
        case "termNote", "administrativeStatus", "normativeAuthorization", "partOfSpeech", "termType":
            applyNote(type: capture?.type ?? name, value: value)
            capture = nil
        case "note":
            if term != nil {
                term?.note = value
            } else if concept?.definition == nil {
                concept?.definition = value
            }
            capture = nil
        case "descrip":
            if capture?.type == "definition" { concept?.definition = value }
            capture = nil
        case "tig", "ntig", "termSec":
            finishTerm()
        case "langSet", "langSec":
            finishTerm()
            language = nil
        case "termEntry", "conceptEntry":
            finishConcept()
        default:
            break
        }
    }

    private func applyNote(type: String, value: String) {
        switch type {
        case "administrativeStatus", "normativeAuthorization":
            if let status = TermStatus(tbxValue: value) { term?.status = status }
            else { warn("unknown status '\(value)'", at: here) }
        case "partOfSpeech":
            term?.partOfSpeech = value
        case "termType":
            let lowered = value.lowercased()
            if lowered.contains("acronym") || lowered.contains("abbreviation") || lowered.contains("initialism") {
                term?.matching = .caseSensitive
            }
        case "x-booth-matching":
            if let matching = TermMatching(rawValue: value.lowercased()) { term?.matching = matching }
            else { warn("unknown matching '\(value)' (stemmed, exact, case-sensitive)", at: here) }
        default:
            break
        }
    }

    private func finishTerm() {
        guard let finished = term else { return }
        term = nil
        if finished.text.isEmpty {
            warn("empty term in concept '\(concept?.id ?? "?")'", at: termPosition)
            return
        }
        concept?.terms.append(finished)
    }

    private func finishConcept() {
        finishTerm()
        guard let finished = concept else { return }
        concept = nil
        if let existing = conceptIndex[finished.id] {
            warn("duplicate concept id '\(finished.id)': its terms are merged into the first", at: conceptPosition)
            concepts[existing].terms += finished.terms
        } else {
            conceptIndex[finished.id] = concepts.count
            concepts.append(finished)
        }
    }
}
