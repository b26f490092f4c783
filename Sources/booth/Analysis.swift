import ArgumentParser
import BoothKit
import Dispatch
import Foundation

/// The options of the commands that analyze many transcripts against a glossary (coverage, gaps,
/// report), and the analysis itself.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: ArgumentHelp("The language of the transcripts (en, ru, …); default: guessed per turn from the script.",
                               valueName: "code"))
    var lang: String?

    @Option(help: "Files processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @ArgumentParser.Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
    }

    /// Loads the glossary and analyzes the inputs.
    func run(_ inputs: [String]) throws
        -> (glossary: Glossary, index: TermIndex, results: [(transcript: Transcript, matches: [TermMatch])], failure: ExitCode?) {
        Progress.quiet = quiet
        let glossary = try glossaryOptions.load()
        let index = try TermIndex(glossary)
        let analyzed = try analyze(inputs, language: lang, index: index, jobs: jobs)
        return (glossary, index, analyzed.results, analyzed.failure)
    }
}

/// Reads, normalizes, segments and matches every input, `jobs` files at a time, keeping input order.
/// A bad input is reported on stderr and left out; the first failure's exit status is returned with the
/// results, so the caller still writes what the good inputs gave.
func analyze(_ inputs: [String], language: String?, index: TermIndex, jobs: Int) throws
    -> (results: [(transcript: Transcript, matches: [TermMatch])], failure: ExitCode?) {
    let entries = InputFiles.expand(inputs)
    let normalizer = try Normalizer()
    let parser = TranscriptParser(options: .init(language: language))
    let slots = ResultSlots(count: entries.count)
    let workers = max(1, min(jobs, entries.count))
    let progress = Progress(total: entries.count)
    // Each worker has its own matcher: ICU and Snowball handles are not shared between threads. They are
    // opened here, so that a failure is an error rather than a worker whose files go missing.
    let matchers = try MatcherBox((0..<workers).map { _ in try TermMatcher(index: index) })
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let matcher = matchers.matchers[worker]
        var position = worker
        while position < entries.count {
            do {
                let source = try InputFiles.read(entries[position])
                let transcript = try parser.parse(try normalizer.normalize(source))
                slots.set(position, .success((transcript, try matcher.matches(in: transcript))))
                progress.advance(bytes: source.bytes.count)
            } catch {
                slots.set(position, .failure(error))
                progress.advance(bytes: 0)
            }
            position += workers
        }
    }
    progress.finish()
    var results: [(transcript: Transcript, matches: [TermMatch])] = []
    var failure: ExitCode?
    for slot in slots.values {
        switch slot {
        case .success(let result): results.append(result)
        case .failure(let error):
            Diagnostics.report(error)
            if failure == nil { failure = ExitCode(Diagnostics.exitStatus(of: error) ?? 65) }
        case nil: break
        }
    }
    return (results, failure)
}

/// The workers' matchers; each is used by its own worker only.
private final class MatcherBox: @unchecked Sendable {
    let matchers: [TermMatcher]
    init(_ matchers: [TermMatcher]) { self.matchers = matchers }
}

/// One result per input, written by the workers.
private final class ResultSlots: @unchecked Sendable {
    enum Slot { case success((transcript: Transcript, matches: [TermMatch])), failure(any Error) }
    private let lock = NSLock()
    private var slots: [Slot?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ slot: Slot) { lock.lock(); slots[index] = slot; lock.unlock() }

    var values: [Slot?] { lock.lock(); defer { lock.unlock() }; return slots }
}

/// Files done and MB/s on stderr, when stderr is a terminal and the run has taken more than a second.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private var bytes = 0
    private let start = Date()
    private var shown = false
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = isatty(2) != 0 && !Progress.quiet
    }

    /// Set by `--quiet`.
    nonisolated(unsafe) static var quiet = false

    func advance(bytes count: Int) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        bytes += count
        let elapsed = Date().timeIntervalSince(start)
        guard enabled, elapsed > 1 else { return }
        shown = true
        let rate = Double(bytes) / 1_000_000 / elapsed
        FileHandle.standardError.write(Data(String(format: "\r%d/%d files, %.1f MB/s ", done, total, rate).utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}

/// `map` over an array on `jobs` threads, results in order.
enum ParallelMap {
    static func map<Element: Sendable, Result>(_ elements: [Element], jobs: Int,
                                               _ transform: @Sendable (Element) -> Result) -> [Result] {
        let box = Box<Result>(count: elements.count)
        let workers = max(1, min(jobs, elements.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < elements.count {
                box.set(index, transform(elements[index]))
                index += workers
            }
        }
        return box.values
    }

    private final class Box<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result) { lock.lock(); slots[index] = value; lock.unlock() }
        var values: [Result] { lock.lock(); defer { lock.unlock() }; return slots.map { $0! } }
    }
}
