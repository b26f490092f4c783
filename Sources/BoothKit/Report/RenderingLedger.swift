import Foundation

/// The run-wide check of renderings, fed one file at a time: a concept rendered in more than one way
/// across the files of a run (`inconsistent-rendering`, one flag per file and rendering, at its first
/// use), renderings compared within one language. In memory it keeps what the glossary and the
/// vocabulary bound — per concept and language, its renderings and how many files use it — and the
/// name of each file with a term; each file's first uses go, as small integers (`VarInt`, offsets as
/// differences from the previous use), to an anonymous temporary file read back at the end: about 19
/// bytes a use, some 100 KB per MB of transcripts on the benchmark's corpus. So an archive's run holds a
/// file name per file here, not the first uses.
public final class RenderingLedger {
    /// The first use of one rendering of one concept in one file (from `Reviewer.reviewFile`).
    public struct FirstUse: Sendable {
        /// The flag that will be raised there, message still empty.
        public internal(set) var flag: Flag
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
    private(set) var spilledBytes = 0

    /// A first use as the temporary file holds it: small numbers, strings as interned ids, offsets and
    /// lines as differences from the previous use of the file (`Place`). The one place that knows the
    /// order of the fields, writing and reading.
    private struct SpilledUse {
        /// What the differences are taken from: the previous use's, zero at a file's start.
        struct Place { var range = 0, start = 0, line = 0 }

        var concept: Int, language: Int32, form: Int32, surface: Int32, count: Int, flaggedInFile: Bool
        var range: Range<Int>, start: Int, end: Int, position: Position
        var turn: Int?, speaker: Int32, mode: Int
        /// `Turn.SpeakerSource` as a record field: -1 none, 0 label, 1 header.
        var speakerFrom: Int

        func write(to bytes: inout [UInt8], after previous: inout Place) {
            VarInt.append(concept, to: &bytes)
            VarInt.append(Int(language), to: &bytes)
            VarInt.append(Int(form), to: &bytes)
            VarInt.append(Int(surface), to: &bytes)
            VarInt.append(count, to: &bytes)
            VarInt.append(flaggedInFile ? 1 : 0, to: &bytes)
            VarInt.append(range.lowerBound - previous.range, to: &bytes)
            VarInt.append(range.count, to: &bytes)
            VarInt.append(start - previous.start, to: &bytes)
            VarInt.append(end - start, to: &bytes)
            VarInt.append(position.line - previous.line, to: &bytes)
            VarInt.append(position.column, to: &bytes)
            VarInt.append(turn ?? -1, to: &bytes)
            VarInt.append(Int(speaker), to: &bytes)
            VarInt.append(mode, to: &bytes)
            VarInt.append(speakerFrom, to: &bytes)
            previous = Place(range: range.lowerBound, start: start, line: position.line)
        }

        /// The use at `offset` (moved past it); nil when the bytes end inside it.
        static func read(_ bytes: UnsafeBufferPointer<UInt8>, at offset: inout Int, after previous: inout Place) -> SpilledUse? {
            var complete = true
            func next() -> Int {
                guard complete, let value = VarInt.read(bytes, at: &offset) else { complete = false; return 0 }
                return value
            }
            // In the order `write` puts them.
            let concept = next(), language = next(), form = next(), surface = next(), count = next(), flagged = next()
            let lower = previous.range + next(), length = next(), start = previous.start + next(), end = start + next()
            let line = previous.line + next(), column = next(), turn = next(), speaker = next(), mode = next()
            let speakerFrom = next()
            guard complete else { return nil }
            previous = Place(range: lower, start: start, line: line)
            return SpilledUse(concept: concept, language: Int32(language), form: Int32(form), surface: Int32(surface),
                              count: count, flaggedInFile: flagged != 0, range: lower..<(lower + length), start: start,
                              end: end, position: Position(line: line, column: column), turn: turn < 0 ? nil : turn,
                              speaker: Int32(speaker), mode: mode, speakerFrom: speakerFrom)
        }
    }

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
        var previous = SpilledUse.Place()
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
                SpilledUse(concept: concept, language: language, form: form, surface: surface, count: uses[use].count,
                           flaggedInFile: uses[use].flaggedInFile, range: flag.range, start: flag.start, end: flag.end,
                           position: flag.position, turn: flag.turn, speaker: speaker, mode: Self.modeCode(flag.mode),
                           speakerFrom: flag.speakerFrom.map { $0 == .label ? 0 : 1 } ?? -1)
                    .write(to: &records, after: &previous)
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
            var previous = SpilledUse.Place()
            for _ in 0..<header.1 {
                let read = block.withUnsafeBufferPointer { bytes in
                    SpilledUse.read(UnsafeBufferPointer(rebasing: bytes[..<Int(header.0)]), at: &offset, after: &previous)
                }
                guard let use = read else { throw damaged }
                let conceptKey = Self.key(concept: use.concept, language: use.language)
                guard !use.flaggedInFile, let state = concepts[conceptKey], state.fileCount > 1, state.forms.count > 1 else { continue }
                let surface = strings[Int(use.surface)]
                // The concept's label and its other renderings, the same for every flag of this rendering.
                let (label, others) = wordings[conceptKey]?[use.form] ?? {
                    let wording = (glossary.concepts[use.concept].label(),
                                   state.forms.filter { $0.key != use.form }.map { strings[Int($0.value)] }.sorted()
                                       .map { "\"\($0)\"" }.joined(separator: ", "))
                    wordings[conceptKey, default: [:]][use.form] = wording
                    return wording
                }()
                let times = use.count == 1 ? "" : " (\(use.count) times in this file)"
                flags.append(Flag(
                    code: .inconsistentRendering, severity: .warning,
                    message: "\(label) is rendered \"\(surface)\" here\(times) and \(others) elsewhere in the run "
                        + "(\(state.fileCount) files): check which rendering the speaker's words support",
                    file: files[fileIndex], range: use.range, start: use.start, end: use.end, position: use.position,
                    text: surface, turn: use.turn, speaker: use.speaker < 0 ? nil : strings[Int(use.speaker)],
                    speakerFrom: use.speakerFrom < 0 ? nil : use.speakerFrom == 0 ? .label : .header,
                    mode: use.mode < 0 ? nil : DeliveryMode.allCases[use.mode], concept: glossary.concepts[use.concept].id))
                if flags.count >= batchSize { try body(flags); flags.removeAll(keepingCapacity: true) }
            }
        }
        if !flags.isEmpty { try body(flags) }
    }
}
