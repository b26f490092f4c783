import ArgumentParser
import BoothKit
import Dispatch
import Foundation

/// How many files at once, and whether to show progress: every command that reads many files.
struct ParallelOptions: ParsableArguments {
    @Option(help: "Files processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @ArgumentParser.Flag(help: "No progress on stderr.")
    var quiet = false

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs takes a number of at least 1.") }
    }

    /// Runs `work` on every input, in parallel, results to `consume` in input order (see
    /// `processInOrder`); then flushes standard output and ends with the first bad input's status.
    func forEachInput<Result>(_ inputs: [String], work: @escaping @Sendable (SourceText) throws -> Result,
                              consume: @escaping (Result) throws -> Void) throws {
        Progress.quiet = quiet
        let failure = try processInOrder(inputs, jobs: jobs, work: { source, _ in try work(source) }, consume: consume)
        try StandardOutput.shared.flush()
        if let failure { throw failure }
    }
}

/// The options of the commands that analyze many transcripts against a glossary (coverage, gaps,
/// report), and the analysis itself.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: ArgumentHelp("The language of the transcripts (en, ru, …); default: guessed per turn from the script.",
                               valueName: "code"))
    var lang: String?

    @OptionGroup var parallel: ParallelOptions

    var jobs: Int { parallel.jobs }
    var quiet: Bool { parallel.quiet }

    /// Loads the glossary and analyzes the inputs.
    func run(_ inputs: [String]) throws
        -> (glossary: Glossary, index: TermIndex, results: [(transcript: Transcript, matches: [TermMatch])], failure: ExitCode?) {
        Progress.quiet = quiet
        let glossary = try glossaryOptions.load()
        let index = try TermIndex(glossary)
        let analyzed = try analyze(inputs, language: lang, index: index, jobs: jobs)
        return (glossary, index, analyzed.results, analyzed.failure)
    }

    /// Analyzes the inputs against `glossary` (loaded by the caller with `glossaryOptions`), reducing each
    /// file to a summary on its worker and handing the summaries to `consume` in input order. Returns the
    /// first bad input's exit status.
    func runInOrder<Summary>(_ inputs: [String], glossary: Glossary? = nil,
                             summarize: @escaping @Sendable (Transcript, [TermMatch]) throws -> Summary,
                             consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
        Progress.quiet = quiet
        let index = try TermIndex(try glossary ?? glossaryOptions.load())
        return try analyzeInOrder(inputs, language: lang, index: index, jobs: jobs, summarize: summarize, consume: consume)
    }
}

/// Reads, normalizes, segments and matches every input, `jobs` files at a time, and hands each file's
/// summary to `consume` in input order. `summarize` runs on the workers, beside the analysis, so the
/// per-file work (flags, rendering) is parallel too; only what it returns outlives the transcript, so
/// memory follows the largest file and the size of the summaries, not the corpus.
///
/// A bad input is reported on stderr and skipped; the first failure's exit status is returned, so the
/// caller still writes what the good inputs gave. `consume` is called on one thread at a time.
func analyzeInOrder<Summary>(_ inputs: [String], language: String?, index: TermIndex, jobs: Int,
                             summarize: @escaping @Sendable (Transcript, [TermMatch]) throws -> Summary,
                             consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
    let normalizer = try Normalizer()
    let parser = TranscriptParser(options: .init(language: language))
    let workers = max(1, jobs)
    // Each worker has its own matcher: ICU and Snowball handles are not shared between threads. They are
    // opened here, so that a failure is an error rather than a worker whose files go missing.
    let matchers = try MatcherBox((0..<workers).map { _ in try TermMatcher(index: index) })
    return try processInOrder(inputs, jobs: workers, work: { source, worker in
        let transcript = try parser.parse(try normalizer.normalize(source))
        return try summarize(transcript, try matchers.matchers[worker].matches(in: transcript))
    }, consume: consume)
}

/// Reads every input and runs `work` on it, `jobs` files at a time (`work` learns which worker it runs
/// on, for state that is not shared between threads), handing each result to `consume` in input order,
/// one at a time, as soon as the files before it are done. A worker never runs more than a few files
/// ahead of the output, so memory follows the largest file. Progress goes to stderr (see `Progress`).
///
/// A bad input is reported on stderr and skipped; the first failure's exit status is returned, so the
/// caller still writes what the good inputs gave. An error of `consume` (output failed) stops the run.
func processInOrder<Summary>(_ inputs: [String], jobs: Int,
                             work: @escaping @Sendable (SourceText, Int) throws -> Summary,
                             consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
    let entries = InputFiles.expand(inputs)
    let workers = max(1, min(jobs, entries.count))
    let progress = Progress(total: entries.count)
    let handOff = OrderedHandOff<Summary>(count: entries.count, window: 4 * workers + 4)
    let sink = UncheckedBox(consume)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        while let position = handOff.claim() {
            let outcome: Result<Summary, any Error>
            do {
                let source = try InputFiles.read(entries[position])
                outcome = .success(try work(source, worker))
                progress.advance(bytes: source.bytes.count)
            } catch {
                outcome = .failure(error)
                progress.advance(bytes: 0)
            }
            handOff.deliver(position, outcome) { outcome in
                switch outcome {
                case .success(let summary): try sink.value(summary)
                case .failure(let error): throw error
                }
            }
        }
    }
    progress.finish()
    if let error = handOff.consumerError { throw error }
    return handOff.inputFailure
}

/// Reads, normalizes, segments and matches every input, keeping every transcript: for the outputs that
/// need the whole run at once (the HTML page, a source–interpretation pair).
func analyze(_ inputs: [String], language: String?, index: TermIndex, jobs: Int) throws
    -> (results: [(transcript: Transcript, matches: [TermMatch])], failure: ExitCode?) {
    var results: [(transcript: Transcript, matches: [TermMatch])] = []
    let failure = try analyzeInOrder(inputs, language: language, index: index, jobs: jobs,
                                     summarize: { ($0, $1) }, consume: { results.append($0) })
    return (results, failure)
}

/// The workers' matchers; each is used by its own worker only.
private final class MatcherBox: @unchecked Sendable {
    let matchers: [TermMatcher]
    init(_ matchers: [TermMatcher]) { self.matchers = matchers }
}

/// A value used from one thread at a time, by construction of its caller.
private final class UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Hands out input positions to the workers and passes their results on in input order. A worker does
/// not start a file more than `window` positions ahead of the next one to be consumed, so results
/// waiting for a slow file stay few.
private final class OrderedHandOff<Summary>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var nextToClaim = 0
    private var nextToConsume = 0
    private var ready: [Int: Result<Summary, any Error>] = [:]
    private var consuming = false
    /// The exit status of the first bad input.
    private(set) var inputFailure: ExitCode?
    /// An error of the consumer itself (e.g. output failed): the run stops.
    private(set) var consumerError: (any Error)?

    init(count: Int, window: Int) { self.count = count; self.window = window }

    /// The next position to analyze, or nil when all are taken or the run has stopped.
    func claim() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while nextToClaim < count, nextToClaim - nextToConsume >= window, consumerError == nil { condition.wait() }
        guard nextToClaim < count, consumerError == nil else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    /// Stores a result and, unless another worker is already doing it, consumes every result that is
    /// next in order. A consumer error stops the run; an input error is reported and skipped.
    func deliver(_ position: Int, _ outcome: Result<Summary, any Error>,
                 _ consume: (Result<Summary, any Error>) throws -> Void) {
        condition.lock(); defer { condition.unlock() }
        ready[position] = outcome
        guard !consuming else { return }
        consuming = true
        while consumerError == nil, let next = ready.removeValue(forKey: nextToConsume) {
            nextToConsume += 1
            condition.unlock()
            var failure: (status: ExitCode?, consumer: (any Error)?) = (nil, nil)
            if case .failure(let error) = next {
                Diagnostics.report(error)
                failure.status = ExitCode(Diagnostics.exitStatus(of: error) ?? 65)
            } else {
                do { try consume(next) } catch { failure.consumer = error }
            }
            condition.lock()
            if inputFailure == nil { inputFailure = failure.status }
            if consumerError == nil { consumerError = failure.consumer }
            condition.broadcast()
        }
        consuming = false
    }
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
