import BoothKit
import Foundation
import Rainbow

/// Flags counted by severity as they are written.
struct ReportCounts {
    private(set) var bySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, 0) })
    private(set) var total = 0
    private(set) var worst: Severity?

    mutating func add(_ flags: [BoothKit.Flag]) {
        // By index: a flag copied out of the array would retain its strings.
        for index in flags.indices {
            let severity = flags[index].severity
            bySeverity[severity.rawValue, default: 0] += 1
            total += 1
            if worst.map({ severity > $0 }) ?? true { worst = severity }
        }
    }
}

/// The text, JSON, JSON Lines and CSV forms of flags.
enum ReportRendering {
    /// Flags as JSON objects in one buffer, each after `separator` (the first after `first`), and
    /// `last` after the last: one string for a file's flags, none per flag. Keys sorted: code, column,
    /// concept, end, file, line, message, mode, severity, speaker, speaker_from, start, text, turn (written directly:
    /// `JSONEncoder` cost more than the analysis).
    static func flagsJSON(_ flags: [BoothKit.Flag], first: StaticString, separator: StaticString, last: StaticString) -> [UInt8] {
        guard !flags.isEmpty else { return [] }
        var objects = JSONObjectWriter.objects(capacity: flags.reduce(0) {
            $0 + 256 + $1.file.utf8.count + $1.message.utf8.count + $1.text.utf8.count
        })
        for index in flags.indices {  // by index: no copy of each flag
            objects.startObject(after: index == 0 ? first : separator)
            writeMembers(of: flags[index], to: &objects)
        }
        objects.append(last)
        return objects.bytes
    }

    private static func writeMembers(of flag: BoothKit.Flag, to object: inout JSONObjectWriter) {
        object.string("code", flag.code.rawValue)
        object.int("column", flag.position.column)
        object.string("concept", flag.concept)
        object.int("end", flag.end)
        object.string("file", flag.file)
        object.int("line", flag.position.line)
        object.string("message", flag.message)
        object.string("mode", flag.mode?.rawValue)
        object.string("severity", flag.severity.rawValue)
        object.string("speaker", flag.speaker)
        object.string("speaker_from", flag.speakerFrom?.rawValue)
        object.int("start", flag.start)
        object.string("text", flag.text)
        object.int("turn", flag.turn)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON document is written in three parts, so that a streamed run and a run held in memory
    /// give the same bytes: the opening, the flags (objects joined by ",\n", each part after the first
    /// preceded by ",\n", the first by "\n"), and the closing with the files and the counts.
    static let jsonOpening = "{\"flags\":["

    static func jsonClosing(files: [String], counts: ReportCounts) throws -> String {
        let encoder = encoder()
        return "\n],\"files\":" + String(decoding: try encoder.encode(files), as: UTF8.self)
            + ",\"summary\":" + String(decoding: try encoder.encode(counts.bySeverity), as: UTF8.self) + "}\n"
    }

    /// The whole JSON document of a run held in memory.
    static func json(_ flags: [BoothKit.Flag], files: [String]) throws -> String {
        var counts = ReportCounts()
        counts.add(flags)
        let body = String(decoding: flagsJSON(flags, first: "\n", separator: ",\n", last: ""), as: UTF8.self)
        return jsonOpening + body + (try jsonClosing(files: files, counts: counts))
    }

    static func jsonl(_ flags: [BoothKit.Flag]) -> String {
        String(decoding: flagsJSON(flags, first: "", separator: "\n", last: "\n"), as: UTF8.self)
    }

    static let csvHeader = ["file", "line", "column", "start", "end", "severity", "code", "speaker", "mode", "concept",
                            "message", "text", "speaker_from"]

    static func csv(_ flags: [BoothKit.Flag]) -> String { CSVTable.line(csvHeader) + csvRows(flags) }

    /// One file's flags (or the run-wide ones) rendered for streaming, as UTF-8: a text section, JSON
    /// Lines, CSV rows, or JSON objects joined by ",\n" (the caller places them in the document's array).
    static func chunk(_ flags: [BoothKit.Flag], format: ReportCommand.Format, heading: String, colored: Bool) -> [UInt8] {
        switch format {
        case .text: return Array(textSection(heading, flags, colored: colored).utf8)
        case .jsonl: return flagsJSON(flags, first: "", separator: "\n", last: "\n")
        case .csv: return csvRowBytes(flags)
        case .json: return flagsJSON(flags, first: "", separator: ",\n", last: "")
        case .html: return []
        }
    }

    /// `chunk` (no heading) of consecutive slices of `flags`, rendered on up to `jobs` threads, in order.
    static func chunks(_ flags: [BoothKit.Flag], format: ReportCommand.Format, jobs: Int) -> [(flags: [BoothKit.Flag], rendered: [UInt8])] {
        let sliceCount = max(1, min(jobs, flags.count / 256))
        guard sliceCount > 1 else { return [(flags, chunk(flags, format: format, heading: "", colored: false))] }
        let bounds = (0...sliceCount).map { flags.count * $0 / sliceCount }
        let slices = (0..<sliceCount).map { Array(flags[bounds[$0]..<bounds[$0 + 1]]) }
        let rendered = RenderedSlices(count: sliceCount)
        DispatchQueue.concurrentPerform(iterations: sliceCount) { index in
            rendered.store(chunk(slices[index], format: format, heading: "", colored: false), at: index)
        }
        return Array(zip(slices, rendered.all))
    }

    /// The slices' renderings: each slot is written by the one thread that rendered its slice, and read
    /// only after all are done (a fixed buffer, so no thread touches a shared array's storage).
    private final class RenderedSlices: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<[UInt8]>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: [])
        }
        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        func store(_ bytes: [UInt8], at index: Int) { slots[index] = bytes }
        var all: [[UInt8]] { Array(slots) }
    }

    static func csvRows(_ flags: [BoothKit.Flag]) -> String { String(decoding: csvRowBytes(flags), as: UTF8.self) }

    /// The CSV rows of flags as UTF-8, in one buffer.
    static func csvRowBytes(_ flags: [BoothKit.Flag]) -> [UInt8] {
        var out: [UInt8] = []
        for index in flags.indices {
            let flag = flags[index]
            CSVTable.appendLine([flag.file, String(flag.position.line), String(flag.position.column), String(flag.start),
                                 String(flag.end), flag.severity.rawValue, flag.code.rawValue, flag.speaker ?? "",
                                 flag.mode?.rawValue ?? "", flag.concept ?? "", flag.message, flag.text,
                                 flag.speakerFrom?.rawValue ?? ""], to: &out)
        }
        return out
    }

    /// All flags of a run in text form: a section per file, then the counts.
    static func text(_ flags: [BoothKit.Flag], files: [String], colored: Bool) -> String {
        let byFile = Dictionary(grouping: flags, by: \.file)
        var counts = ReportCounts()
        counts.add(flags)
        return files.map { textSection($0, byFile[$0] ?? [], colored: colored) }.joined() + textSummary(counts)
    }

    /// One section of the text form: a heading, then the flags grouped by speaker.
    static func textSection(_ heading: String, _ flags: [BoothKit.Flag], colored: Bool) -> String {
        textHeading(heading, count: flags.count, colored: colored) + textBody(flags, colored: colored) + "\n"
    }

    static func textHeading(_ heading: String, count: Int, colored: Bool) -> String {
        let line = "== \(heading): \(count) flag\(count == 1 ? "" : "s")"
        return (colored ? line.bold : line) + "\n"
    }

    /// Flags grouped by speaker.
    static func textBody(_ flags: [BoothKit.Flag], colored: Bool) -> String {
        var out = ""
        let bySpeaker = Dictionary(grouping: flags) { $0.speaker ?? "(no speaker)" }
        for speaker in bySpeaker.keys.sorted() {
            out += speakerHeading(speaker, colored: colored)
            for flag in bySpeaker[speaker]! { out += textLines(flag, colored: colored) }
        }
        return out
    }

    /// Flags in the order given, a speaker heading wherever the speaker changes: for the run-wide
    /// renderings, which come file by file and a batch at a time (`previousSpeaker` carries over from one
    /// batch to the next, so no heading repeats at a batch's start).
    static func textBodyInOrder(_ flags: [BoothKit.Flag], colored: Bool, previousSpeaker: inout String?) -> String {
        var out = ""
        for flag in flags {
            let speaker = flag.speaker ?? "(no speaker)"
            if speaker != previousSpeaker { out += speakerHeading(speaker, colored: colored) }
            previousSpeaker = speaker
            out += textLines(flag, colored: colored)
        }
        return out
    }

    private static func speakerHeading(_ speaker: String, colored: Bool) -> String {
        "\n  " + (colored ? speaker.bold : speaker) + "\n"
    }

    /// One flag: where, severity, code and message; then its text, cut after a word within 160 characters.
    private static func textLines(_ flag: BoothKit.Flag, colored: Bool) -> String {
        func paint(_ text: String, _ style: (String) -> String) -> String { colored ? style(text) : text }
        let severity: String
        switch flag.severity {
        case .error: severity = paint("error") { $0.red.bold }
        case .warning: severity = paint("warning", \.yellow)
        case .info: severity = paint("info", \.lightBlack)
        }
        return "  \(flag.file):\(flag.position): \(severity) [\(flag.code.rawValue)] \(flag.message)\n"
            + "      " + paint("“\(Excerpt.shortened(flag.text))”", \.lightBlack) + "\n"
    }

    static func textSummary(_ counts: ReportCounts) -> String {
        let by = counts.bySeverity
        func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
        return "\(counted(counts.total, "flag")): \(counted(by["error"] ?? 0, "error")), \(counted(by["warning"] ?? 0, "warning")), "
            + "\(by["info"] ?? 0) info\n"
    }
}
