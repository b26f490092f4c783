import Foundation

/// The run-wide check of renderings, fed one file at a time: a concept rendered in more than one way
/// across the files of a run (`inconsistent-rendering`, one flag per file and rendering, at its first
/// use). In memory it keeps what the glossary and the vocabulary bound — per concept, its renderings
/// and how many files use it — and the name of each file with a term; each file's first uses go, as
/// integers, to an anonymous temporary file read back at the end. So an archive's run holds a file name
/// per file here, not the first uses.
public final class RenderingLedger {
    /// The first use of one rendering of one concept in one file (from `Reviewer.reviewFile`).
    public struct FirstUse: Sendable {
        /// The flag that will be raised there, message still empty.
        var flag: Flag
        var concept: Int
        /// The rendering: the stems of the words (`TermMatch.form`), so inflections are one rendering.
        var form: String
        /// Uses of this rendering in the file.
        var count: Int
        /// Whether the file's own check (one speaker, two renderings) already flagged this use.
        var flaggedInFile: Bool
    }

    /// What is known of one concept so far.
    private struct ConceptState {
        /// The last file that used it (files come one at a time), and how many did.
        var lastFile: Int
        var fileCount = 1
        /// Rendering (interned form) → the first surface seen (interned).
        var forms: [Int32: Int32] = [:]
    }

    private var files: [String] = []
    private var concepts: [Int: ConceptState] = [:]
    private var strings: [String] = []
    private var stringIDs: [String: Int32] = [:]
    private var spill: UnsafeMutablePointer<FILE>?
    private var spilled = 0
    private static let fieldsPerRecord = 15

    public init() {}

    deinit { if let spill { fclose(spill) } }

    private func intern(_ string: String?) -> Int32 {
        guard let string else { return -1 }
        if let id = stringIDs[string] { return id }
        let id = Int32(strings.count)
        strings.append(string)
        stringIDs[string] = id
        return id
    }

    /// Adds one file's first uses. Throws an I/O error when the temporary file cannot be written.
    public func record(_ fileUses: [FirstUse]) throws(InputError) {
        guard let file = fileUses.first?.flag.file else { return }
        let fileIndex = files.count
        files.append(file)
        var records: [Int64] = []
        records.reserveCapacity(fileUses.count * Self.fieldsPerRecord)
        for use in fileUses {
            let form = intern(use.form), surface = intern(use.flag.text)
            var state = concepts[use.concept] ?? ConceptState(lastFile: fileIndex)
            if state.lastFile != fileIndex { state.lastFile = fileIndex; state.fileCount += 1 }
            if state.forms[form] == nil { state.forms[form] = surface }
            concepts[use.concept] = state
            let flag = use.flag
            records += [Int64(fileIndex), Int64(use.concept), Int64(form), Int64(surface), Int64(use.count),
                        use.flaggedInFile ? 1 : 0, Int64(flag.range.lowerBound), Int64(flag.range.upperBound),
                        Int64(flag.start), Int64(flag.end), Int64(flag.position.line), Int64(flag.position.column),
                        Int64(flag.turn ?? -1), Int64(intern(flag.speaker)), Int64(intern(flag.mode?.rawValue))]
        }
        if spill == nil { spill = tmpfile() }
        guard let spill else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        let written = records.withUnsafeBytes { fwrite($0.baseAddress, MemoryLayout<Int64>.size, records.count, spill) }
        guard written == records.count else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        spilled += fileUses.count
    }

    /// The flags, in the order the files were recorded: for every concept used in more than one file and
    /// rendered in more than one way, each file's first use of each rendering (unless the file's own
    /// check flagged it already).
    public func flags(glossary: Glossary) throws -> [Flag] {
        var all: [Flag] = []
        try forEachBatch(glossary: glossary) { all += $0 }
        return all
    }

    /// The flags of `flags(glossary:)`, handed over `batchSize` at a time, so a caller writing them out
    /// never holds them all.
    /// Throws what `body` throws, or an `InputError` when the temporary file cannot be read.
    public func forEachBatch(glossary: Glossary, batchSize: Int = 4096, _ body: ([Flag]) throws -> Void) throws {
        guard let spill, spilled > 0 else { return }
        guard fflush(spill) == 0 else { throw InputError.io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        rewind(spill)
        defer { fseek(spill, 0, SEEK_END) }
        var flags: [Flag] = []
        var record = [Int64](repeating: 0, count: Self.fieldsPerRecord)
        var wordings: [Int64: (label: String, others: String)] = [:]
        for _ in 0..<spilled {
            let read = record.withUnsafeMutableBytes { fread($0.baseAddress, MemoryLayout<Int64>.size, Self.fieldsPerRecord, spill) }
            guard read == Self.fieldsPerRecord else { throw InputError.io(file: "<temporary file>", reason: "short read") }
            let concept = Int(record[1])
            guard record[5] == 0, let state = concepts[concept], state.fileCount > 1, state.forms.count > 1 else { continue }
            let form = Int32(record[2]), surface = strings[Int(record[3])], count = Int(record[4])
            // The concept's label and its other renderings, the same for every flag of this rendering.
            let key = Int64(concept) << 32 | Int64(UInt32(bitPattern: form))
            let (label, others) = wordings[key] ?? {
                let wording = (glossary.concepts[concept].label(),
                               state.forms.filter { $0.key != form }.map { strings[Int($0.value)] }.sorted()
                                   .map { "\"\($0)\"" }.joined(separator: ", "))
                wordings[key] = wording
                return wording
            }()
            let times = count == 1 ? "" : " (\(count) times in this file)"
            let entry = glossary.concepts[concept]
            flags.append(Flag(
                code: .inconsistentRendering, severity: .warning,
                message: "\(label) is rendered \"\(surface)\" here\(times) and \(others) elsewhere in the run "
                    + "(\(state.fileCount) files): check which rendering the speaker's words support",
                file: files[Int(record[0])], range: Int(record[6])..<Int(record[7]), start: Int(record[8]), end: Int(record[9]),
                position: Position(line: Int(record[10]), column: Int(record[11])), text: surface,
                turn: record[12] < 0 ? nil : Int(record[12]), speaker: record[13] < 0 ? nil : strings[Int(record[13])],
                mode: record[14] < 0 ? nil : DeliveryMode(rawValue: strings[Int(record[14])]), concept: entry.id))
            if flags.count >= batchSize { try body(flags); flags.removeAll(keepingCapacity: true) }
        }
        if !flags.isEmpty { try body(flags) }
    }
}
