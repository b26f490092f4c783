import Foundation

/// Files done and MB/s on stderr, when stderr is a terminal and the run has taken more than a second;
/// ten times a second at most (files are done by the hundred when they come in batches), and once more
/// at the last file.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private var bytes = 0
    private let start = Date()
    private var shown = false
    /// When the line was last written, in seconds since `start`.
    private var shownAt = -Double.infinity
    static let interval = 0.1
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
        guard enabled, elapsed > 1, elapsed - shownAt >= Self.interval || done == total else { return }
        shown = true
        shownAt = elapsed
        let rate = Double(bytes) / 1_000_000 / elapsed
        FileHandle.standardError.write(Data(String(format: "\r%d/%d files, %.1f MB/s ", done, total, rate).utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
