import Foundation

/// The run-wide check of renderings, fed one file at a time: a concept rendered in more than one way
/// across the files of a run (`inconsistent-rendering`, one flag per file and rendering, at its first
/// use), renderings compared within one language. In memory it keeps what the glossary and the
/// vocabulary bound — per concept and language, its renderings and how many files use it — and the
/// name of each file with a term; each file's first uses go, as small integers (`VarInt`, offsets as
/// differences from the previous use), to an anonymous temporary file read back at the end: about 19
/// bytes a use, some 100 KB per MB of transcripts on the benchmark's corpus. So an archive's run holds a file name per file here,
/// not the first uses.
public final class RenderingLedger {
    /// The first use of one rendering of one concept in one file (from `Reviewer.reviewFile`).
    public struct FirstUse: Sendable {
        /// The flag that will be raised there, message still empty.
        var flag: Flag
        var concept: Int
        /// The language of the glossary term matched, as the reviewer numbers its glossary's languages:
        /// renderings are compared within one language ("OSCE" in one file and "ОБСЕ" in another are not
        /// inconsistent). One ledger takes the first uses of one reviewer.
        var language: Int32
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

        /// Counts a use in `file` (files come in order) of the rendering `form`, worded `surface`.
        mutating func note(file: Int, form: Int32, surface: Int32) {
            if lastFile != file { lastFile = file; fileCount += 1 }
            if forms[form] == nil { forms[form] = surface }
        }
    }

    private var files: [String] = []
    /// By concept and language (`key(concept:language:)`).
    private var concepts: [Int64: ConceptState] = [:]
    private var strings: [String] = []
    /// Each string's UTF-8 → its index in `strings` (a WordTable: this runs for every first use, on the
    /// one thread that writes the output, where a SipHash per string showed).
    private var stringIDs = WordTable(capacity: 1024)
    private var spill: UnsafeMutablePointer<FILE>?
    /// Files with first uses written to `spill`: each is a block of two `Int64`s, the length in bytes of
    /// its records and their number, then the records.
    private var spilledFiles = 0
    /// Bytes written to the temporary file.
    public private(set) var spilledBytes = 0
    /// The fields of a first use in the temporary file, in the order `record` writes them.
    private static let fieldsPerRecord = 15

    public init() {}

    deinit { if let spill { fclose(spill) } }

    private static func key(concept: Int, language: Int32) -> Int64 { Int64(concept) << 32 | Int64(language) }

    /// A delivery mode as a record field: its place among the cases, -1 for none.
    private static func modeCode(_ mode: DeliveryMode?) -> Int {
        mode.flatMap { DeliveryMode.allCases.firstIndex(of: $0) } ?? -1
    }

    /// The last speaker interned: a file's first uses come turn by turn, each turn's with one speaker,
    /// the same string (compared by identity first, so nearly free).
    private var lastSpeaker: (name: String, id: Int32)?

    private func internSpeaker(_ speaker: String?) -> Int32 {
        guard let speaker else { return -1 }
        if let last = lastSpeaker, last.name == speaker { return last.id }
        let id = intern(speaker)
        lastSpeaker = (speaker, id)
        return id
    }

    private func intern(_ string: String?) -> Int32 {
        guard let string else { return -1 }
        var contiguous = string
        return contiguous.withUTF8 { bytes in
            let hash = FNV1a.hash(bytes)
            if let id = stringIDs.value(bytes, 0..<bytes.count, hash: hash) { return id }
            let id = Int32(strings.count)
            strings.append(string)
            stringIDs.insert(bytes, 0..<bytes.count, hash: hash, value: id)
            return id
        }
    }

    /// Adds one file's first uses. Throws an I/O error when the temporary file cannot be written.
    public func record(_ fileUses: [FirstUse]) throws(InputError) {
        guard let file = fileUses.first?.flag.file else { return }
        let fileIndex = files.count
        files.append(file)
        var records: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]  // the block's header, set below
        records.reserveCapacity(16 + fileUses.count * 32)
        var previous = (range: 0, start: 0, line: 0)
        // Read through the buffer: a first use is a large value, and only its flag is copied.
        fileUses.withUnsafeBufferPointer { uses in
            for use in uses.indices {
                let form = intern(uses[use].form), surface = intern(uses[use].flag.text), speaker = internSpeaker(uses[use].flag.speaker)
                let language = uses[use].language, concept = uses[use].concept
                // Updated in place (one lookup, no copy of the state's dictionary of renderings, and no
                // closure for a default value).
                let key = Self.key(concept: concept, language: language)
                if let known = concepts.index(forKey: key) {
                    concepts.values[known].note(file: fileIndex, form: form, surface: surface)
                } else {
                    var state = ConceptState(lastFile: fileIndex)
                    state.note(file: fileIndex, form: form, surface: surface)
                    concepts[key] = state
                }
                let flag = uses[use].flag
                // Uses come in text order: offsets and lines as differences from the previous use's.
                VarInt.append(concept, to: &records)
                VarInt.append(Int(language), to: &records)
                VarInt.append(Int(form), to: &records)
                VarInt.append(Int(surface), to: &records)
                VarInt.append(uses[use].count, to: &records)
                VarInt.append(uses[use].flaggedInFile ? 1 : 0, to: &records)
                VarInt.append(flag.range.lowerBound - previous.range, to: &records)
                VarInt.append(flag.range.count, to: &records)
                VarInt.append(flag.start - previous.start, to: &records)
                VarInt.append(flag.end - flag.start, to: &records)
                VarInt.append(flag.position.line - previous.line, to: &records)
                VarInt.append(flag.position.column, to: &records)
                VarInt.append(flag.turn ?? -1, to: &records)
                VarInt.append(Int(speaker), to: &records)
                VarInt.append(Self.modeCode(flag.mode), to: &records)
                previous = (flag.range.lowerBound, flag.start, flag.position.line)
            }
        }
        let payloadBytes = Int64(records.count - 16)
        records.withUnsafeMutableBytes { header in
            header.storeBytes(of: payloadBytes, toByteOffset: 0, as: Int64.self)
            header.storeBytes(of: Int64(fileUses.count), toByteOffset: 8, as: Int64.self)
        }
        if spill == nil { spill = tmpfile() }
        guard let spill else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        let written = records.withUnsafeBytes { fwrite($0.baseAddress, 1, records.count, spill) }
        guard written == records.count else { throw .io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        spilledFiles += 1
        spilledBytes += records.count
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
        guard let spill, spilledFiles > 0 else { return }
        guard fflush(spill) == 0 else { throw InputError.io(file: "<temporary file>", reason: String(cString: strerror(errno))) }
        rewind(spill)
        defer { fseek(spill, 0, SEEK_END) }
        let damaged = InputError.io(file: "<temporary file>", reason: "short read or damaged record")
        var flags: [Flag] = []
        var header: (Int64, Int64) = (0, 0)
        var block: [UInt8] = []
        var wordings: [Int64: [Int32: (label: String, others: String)]] = [:]  // by concept key, then form
        for fileIndex in 0..<spilledFiles {
            let headerRead = withUnsafeMutableBytes(of: &header) { fread($0.baseAddress, 1, 16, spill) }
            guard headerRead == 16, header.0 >= 0, header.1 >= 0 else { throw damaged }
            if block.count < Int(header.0) { block = [UInt8](repeating: 0, count: Int(header.0)) }
            let blockRead = block.withUnsafeMutableBytes { fread($0.baseAddress, 1, Int(header.0), spill) }
            guard blockRead == Int(header.0) else { throw damaged }
            var offset = 0
            var previous = (range: 0, start: 0, line: 0)
            var record = [Int](repeating: 0, count: Self.fieldsPerRecord)
            for _ in 0..<header.1 {
                try block.withUnsafeBufferPointer { bytes in
                    let payload = UnsafeBufferPointer(rebasing: bytes[..<Int(header.0)])
                    try record.withUnsafeMutableBufferPointer { record in
                        for field in record.indices {
                            guard let value = VarInt.read(payload, at: &offset) else { throw damaged }
                            record[field] = value
                        }
                    }
                }
                let range = (previous.range + record[6])..<(previous.range + record[6] + record[7])
                let start = previous.start + record[8], line = previous.line + record[10]
                previous = (range.lowerBound, start, line)
                let concept = record[0]
                let conceptKey = Self.key(concept: concept, language: Int32(record[1]))
                guard record[5] == 0, let state = concepts[conceptKey], state.fileCount > 1, state.forms.count > 1 else { continue }
                let form = Int32(record[2]), surface = strings[record[3]], count = record[4]
                // The concept's label and its other renderings, the same for every flag of this rendering.
                let (label, others) = wordings[conceptKey]?[form] ?? {
                    let wording = (glossary.concepts[concept].label(),
                                   state.forms.filter { $0.key != form }.map { strings[Int($0.value)] }.sorted()
                                       .map { "\"\($0)\"" }.joined(separator: ", "))
                    wordings[conceptKey, default: [:]][form] = wording
                    return wording
                }()
                let times = count == 1 ? "" : " (\(count) times in this file)"
                let entry = glossary.concepts[concept]
                flags.append(Flag(
                    code: .inconsistentRendering, severity: .warning,
                    message: "\(label) is rendered \"\(surface)\" here\(times) and \(others) elsewhere in the run "
                        + "(\(state.fileCount) files): check which rendering the speaker's words support",
                    file: files[fileIndex], range: range, start: start, end: start + record[9],
                    position: Position(line: line, column: record[11]), text: surface,
                    turn: record[12] < 0 ? nil : record[12], speaker: record[13] < 0 ? nil : strings[record[13]],
                    mode: record[14] < 0 ? nil : DeliveryMode.allCases[record[14]], concept: entry.id))
                if flags.count >= batchSize { try body(flags); flags.removeAll(keepingCapacity: true) }
            }
        }
        if !flags.isEmpty { try body(flags) }
    }
}
