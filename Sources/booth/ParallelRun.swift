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
    try processBatchesInOrder(inputs, jobs: jobs, limits: .oneFile, work: { sources, worker in
        sources.map { source in attempt { try work(source, worker) } }
    }, consume: consume)
}

/// How many files a worker takes at a time.
struct BatchLimits: Sendable {
    /// At most this many files…
    var files: Int
    /// …and no file added once the batch holds this many bytes (a larger file is a batch alone).
    var bytes: Int

    static let oneFile = BatchLimits(files: 1, bytes: 0)

    /// Whether a batch holding `files` files of `bytes` bytes in all takes another.
    func takesMore(afterFiles files: Int, bytes: Int) -> Bool { files < self.files && bytes < self.bytes }

    /// For work done stage by stage over a batch: a stage's code and tables stay in the processor's
    /// caches from one file to the next, where file by file every stage pushes the others' out. On the
    /// benchmark's corpus (files of about 5 KB), `report`'s work on one core took 1.21× less time in
    /// batches of 16 files, 1.38× in batches of 64, 1.45× in batches of 256 (1.3 MB). A megabyte bounds
    /// the memory a batch holds (its texts, transcripts and matches: some megabytes per worker).
    static let staged = BatchLimits(files: 256, bytes: 1 << 20)
}

/// `processInOrder` for work done a batch of files at a time: `work` gets the files a worker took (in
/// input order; the unreadable ones already reported and left out) and returns one result per file, in
/// the same order, so that one bad file fails alone. Batches shrink towards the end of a run, so the
/// workers finish together.
func processBatchesInOrder<Summary>(_ inputs: [String], jobs: Int, limits: BatchLimits,
                                    work: @escaping @Sendable ([SourceText], Int) -> [Result<Summary, any Error>],
                                    consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
    let entries = InputFiles.expand(inputs)
    let workers = max(1, min(jobs, entries.count))
    let progress = Progress(total: entries.count)
    // Room for every worker's batch, and a few files more each; in bytes, a few batches' worth of results
    // waiting for an earlier file (none for one file at a time: the window alone bounds it, as before).
    let window = workers * (limits.files + 4) + 4
    let byteBudget = limits.bytes > 0 ? 4 * workers * limits.bytes : Int.max
    let handOff = OrderedHandOff<Summary>(count: entries.count, window: window, byteBudget: byteBudget)
    // On a cold cache, the files a worker will claim next are read by the kernel while it analyzes.
    let readAhead = ReadAhead(entries, depth: window + 8)
    defer { readAhead.stop() }
    let sink = UncheckedBox(consume)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        while let first = handOff.claim() {
            // A batch: files claimed one after another (never waiting for the window once one is taken)
            // and read as they are claimed, within the limits; a fair share of what is left at most.
            let fairShare = BatchLimits(files: max(1, min(limits.files, handOff.unclaimed / (2 * workers))), bytes: limits.bytes)
            var positions: [Int] = [], reads: [Result<SourceText, any Error>] = []
            var bytes = 0
            var next: Int? = first
            while let position = next {
                positions.append(position)
                do {
                    let source = try readAhead.read(position)
                    bytes += source.bytes.count
                    reads.append(.success(source))
                } catch {
                    reads.append(.failure(error))
                }
                guard fairShare.takesMore(afterFiles: positions.count, bytes: bytes) else { break }
                next = handOff.claimWithoutWaiting()
            }
            let sources = reads.compactMap { try? $0.get() }
            var results = work(sources, worker)[...]
            precondition(results.count == sources.count, "batch work returns one result per file")
            for (position, read) in zip(positions, reads) {
                let outcome: Result<Summary, any Error>, bytes: Int
                switch read {
                case .success(let source):
                    outcome = results.popFirst()!
                    bytes = source.bytes.count
                    if case .success = outcome { progress.advance(bytes: bytes) } else { progress.advance(bytes: 0) }
                case .failure(let error):
                    outcome = .failure(error)
                    bytes = 0
                    progress.advance(bytes: 0)
                }
                handOff.deliver(position, outcome, bytes: bytes) { outcome in
                    switch outcome {
                    case .success(let summary):
                        try sink.value(summary)
                        // Output that cannot be written stops the run rather than analyzing the rest for nothing.
                        try StandardOutput.shared.throwIfFailed()
                    case .failure(let error): throw error
                    }
                }
            }
        }
    }
    progress.finish()
    if let error = handOff.consumerError { throw error }
    return handOff.inputFailure
}

/// A value that the caller's construction keeps safe across threads (used from one thread at a time, or
/// each part by its own worker only).
final class UncheckedBox<Value>: @unchecked Sendable {
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
    private var ready: [Int: (outcome: Result<Summary, any Error>, bytes: Int)] = [:]
    /// Input bytes of the results in `ready`; no position is claimed while they exceed `byteBudget`.
    private var readyBytes = 0
    private let byteBudget: Int
    private var consuming = false
    /// The exit status of the first bad input.
    private(set) var inputFailure: ExitCode?
    /// An error of the consumer itself (e.g. output failed): the run stops.
    private(set) var consumerError: (any Error)?

    /// `window` positions at most between the next to consume and the next to claim; and while the
    /// results waiting for an earlier file hold more than `byteBudget` bytes of input, no new claim.
    init(count: Int, window: Int, byteBudget: Int = .max) {
        self.count = count
        self.window = window
        self.byteBudget = byteBudget
    }

    /// The next position to analyze, or nil when all are taken or the run has stopped; waits while the
    /// window is full or the results waiting are over their budget (a worker held up by one large file
    /// must not let the others pile up the results of many behind it).
    func claim() -> Int? {
        condition.lock(); defer { condition.unlock() }
        while nextToClaim < count, nextToClaim - nextToConsume >= window || readyBytes > byteBudget, consumerError == nil {
            condition.wait()
        }
        guard nextToClaim < count, consumerError == nil else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    /// The next position to analyze, or nil when the window is full, all are taken or the run has
    /// stopped: for a worker that holds a batch not yet delivered (waiting for the window could wait for
    /// that very batch).
    func claimWithoutWaiting() -> Int? {
        condition.lock(); defer { condition.unlock() }
        guard nextToClaim < count, nextToClaim - nextToConsume < window, readyBytes <= byteBudget, consumerError == nil
        else { return nil }
        defer { nextToClaim += 1 }
        return nextToClaim
    }

    /// Positions no worker has taken yet.
    var unclaimed: Int {
        condition.lock(); defer { condition.unlock() }
        return count - nextToClaim
    }

    /// Stores a result (of a file of `bytes` bytes) and, unless another worker is already doing it,
    /// consumes every result that is next in order. A consumer error stops the run; an input error is
    /// reported and skipped.
    func deliver(_ position: Int, _ outcome: Result<Summary, any Error>, bytes: Int,
                 _ consume: (Result<Summary, any Error>) throws -> Void) {
        condition.lock(); defer { condition.unlock() }
        ready[position] = (outcome, bytes)
        readyBytes += bytes
        guard !consuming else { return }
        consuming = true
        while consumerError == nil, let (next, bytes) = ready.removeValue(forKey: nextToConsume) {
            nextToConsume += 1
            readyBytes -= bytes
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

/// What `body` returns, or what it throws, as a value: one file's failure in a batch stays that file's.
func attempt<Value>(_ body: () throws -> Value) -> Result<Value, any Error> {
    do { return .success(try body()) } catch { return .failure(error) }
}
