import Foundation

/// Coverage gathered file by file, for runs over an archive: per concept it keeps counts, forms,
/// speakers, modes and a count per file, and the occurrences of deprecated or forbidden terms; every
/// other occurrence is handed to `fragment` and spilled, as text, to an anonymous temporary file, to be
/// read back in concept order by `forEachSpilled`. So memory follows the number of (concept, file)
/// pairs — a few dozen bytes each — not the number of occurrences. (`Coverage` is the in-memory form,
/// with every occurrence at hand.)
public final class CoverageTally {
    /// One concept's totals.
    public struct ConceptTotals: Sendable {
        public var count = 0
        /// Forms by surface.
        var formsBySurface: [String: Coverage.Form] = [:]
        public var bySpeaker: [String: Int] = [:]
        public var byMode: [String: Int] = [:]
        /// (file index into `files`, count), in file order.
        public var byFileIndex: [(file: Int, count: Int)] = []
        /// Spilled fragments: (offset, length) in the temporary file, in file order.
        var chunks: [(offset: Int, length: Int)] = []

        /// The forms seen, most frequent first.
        public var forms: [Coverage.Form] { Coverage.Form.ranked(formsBySurface.values) }
    }

    public let glossary: Glossary
    /// The files added, in order.
    public private(set) var files: [String] = []
    /// Totals per concept index (absent: never seen).
    public private(set) var totals: [Int: ConceptTotals] = [:]
    /// Occurrences of deprecated or forbidden terms, in file and text order.
    public private(set) var discouraged: [Coverage.Occurrence] = []
    private let fragment: ((Coverage.Occurrence) -> String)?
    private let separator: String
    private var spill: UnsafeMutablePointer<FILE>?
    private var spilledBytes = 0

    /// - Parameters:
    ///   - fragment: the text each occurrence is spilled as (e.g. a JSON object); nil keeps none.
    ///   - separator: written between the fragments of one concept.
    public init(glossary: Glossary, fragment: ((Coverage.Occurrence) -> String)? = nil, separator: String = ",") {
        self.glossary = glossary
        self.fragment = fragment
        self.separator = separator
    }

    deinit { if let spill { fclose(spill) } }

    /// Adds one file's occurrences (from `Coverage.occurrences(in:_:glossary:)`).
    public func add(file: String, _ occurrences: [Coverage.Occurrence]) throws(InputError) {
        let fileIndex = files.count
        files.append(file)
        let byConcept = Dictionary(grouping: occurrences, by: \.concept)
        for concept in byConcept.keys.sorted() {
            let found = byConcept[concept]!
            var entry = totals[concept] ?? ConceptTotals()
            let terms = glossary.concepts[concept].terms
            for occurrence in found {
                entry.count += 1
                let term = terms[occurrence.term]
                entry.formsBySurface[occurrence.surface, default: Coverage.Form(surface: occurrence.surface, term: term.text,
                                                                        status: term.status, count: 0)].count += 1
                entry.bySpeaker[occurrence.speaker ?? "(none)", default: 0] += 1
                entry.byMode[occurrence.mode.rawValue, default: 0] += 1
                if occurrence.status.isDiscouraged { discouraged.append(occurrence) }
            }
            entry.byFileIndex.append((fileIndex, found.count))
            if let fragment {
                let text = found.map(fragment).joined(separator: separator)
                entry.chunks.append((spilledBytes, text.utf8.count))
                try write(text)
            }
            totals[concept] = entry
        }
    }

    private func write(_ text: String) throws(InputError) {
        if spill == nil { spill = tmpfile() }
        guard let spill else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        var bytes = Array(text.utf8)
        let written = bytes.withUnsafeMutableBytes { fwrite($0.baseAddress, 1, $0.count, spill) }
        guard written == bytes.count else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        spilledBytes += bytes.count
        bytes.removeAll()
    }

    /// Concepts seen at least once, by index.
    public var seen: [Int] { totals.keys.sorted() }

    /// Hands over a concept's spilled fragments, joined by the separator, one file's worth at a time.
    public func forEachSpilled(concept: Int, _ body: (String) throws -> Void) throws {
        guard let spill, let chunks = totals[concept]?.chunks, !chunks.isEmpty else { return }
        guard fflush(spill) == 0 else { throw InputError.io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        defer { fseek(spill, 0, SEEK_END) }
        for (position, chunk) in chunks.enumerated() {
            var bytes = [UInt8](repeating: 0, count: chunk.length)
            fseek(spill, chunk.offset, SEEK_SET)
            let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, spill) }
            guard read == chunk.length else { throw InputError.io(file: "<temporary file>", reason: "short read") }
            try body((position == 0 ? "" : separator) + String(decoding: bytes, as: UTF8.self))
        }
    }
}
