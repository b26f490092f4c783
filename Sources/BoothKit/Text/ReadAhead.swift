import Foundation

/// Overlaps a run's disk reads with its analysis. Files are read one after another by the workers that
/// analyze them, so when they are not in the page cache (an archive read for the first time) every read
/// waits for the disk — for the file's metadata, then its bytes — while the cores idle. Once reads show
/// that (two in a row took far longer than copying from memory would), a thread of its own goes ahead of
/// the workers, up to `depth` files past the last one started, opening each file and asking the kernel
/// to read it (`posix_fadvise`, `POSIX_FADV_WILLNEED`): when a worker opens it, it is in memory. On a
/// warm cache no thread is started, and a read costs two clock readings more; a thread started by
/// reads that a busy machine held up goes back to waiting once it finds the files it is to ask for in
/// memory already (`mincore` of their first page), many in a row.
///
/// Call `stop()` when the run ends (also when it ends early).
public final class ReadAhead: @unchecked Sendable {
    private let entries: [InputFiles.Entry]
    /// How many files past the last one started are asked for.
    public let depth: Int
    /// At most this many bytes of one file are asked for: reading on from there is the kernel's own
    /// read-ahead's job, and a huge file must not push the files before it out of memory. A deep
    /// read-ahead asks less of each file, so that all it asks for stays within `bytesAskedInAll`.
    let bytesAskedPerFile: Int
    static let mostBytesAskedPerFile = 8 << 20
    static let bytesAskedInAll = 256 << 20
    /// Slow reads in a row that make the cache cold (one could be a busy machine holding up a read).
    static let slowReadsForCold = 2
    /// Files found in memory in a row that show the cache is warm.
    static let residentFilesForWarm = 64

    // Guarded by `condition`.
    private let condition = NSCondition()
    private var slowInARow = 0
    private var cold = false
    /// The last position a worker started reading, and the last one asked for.
    private var started = -1
    private var askedThrough = -1
    private var stopped = false
    private var threadStarted = false
    /// Whether the thread waits for the workers to move on (only then does a read wake it: a wake-up is
    /// a system call, and on a warm cache it would be one per file for nothing).
    private var threadWaitsForReads = false
    private var warmedAgain = 0

    /// The last position asked for (-1: none yet), and how many times the cache was found warm after
    /// all: for tests.
    var progress: (askedThrough: Int, warmedAgain: Int) {
        condition.lock(); defer { condition.unlock() }
        return (askedThrough, warmedAgain)
    }

    /// What a read from memory may take at most, besides 2 ns a byte.
    let slowReadNanoseconds: UInt64

    public convenience init(_ entries: [InputFiles.Entry], depth: Int = 16) {
        self.init(entries, depth: depth, slowReadNanoseconds: Self.defaultSlowReadNanoseconds)
    }

    /// With another bound for a read from memory (a test sets 0: every read is slow).
    init(_ entries: [InputFiles.Entry], depth: Int, slowReadNanoseconds: UInt64) {
        self.entries = entries
        self.depth = depth
        bytesAskedPerFile = max(64 << 10, min(Self.mostBytesAskedPerFile, Self.bytesAskedInAll / max(1, depth)))
        self.slowReadNanoseconds = slowReadNanoseconds
    }

    /// Whether reads have shown the files are not in memory.
    public var isCold: Bool { condition.lock(); defer { condition.unlock() }; return cold }

    /// Reads the input at `position` (as `InputFiles.read`), learning from the time it takes whether the
    /// cache is cold, and when it is, moving the files to ask for on.
    public func read(_ position: Int) throws(InputError) -> SourceText {
        condition.lock()
        started = max(started, position)
        if threadWaitsForReads && cold { condition.signal() }
        condition.unlock()
        let start = DispatchTime.now().uptimeNanoseconds
        let source = try InputFiles.read(entries[position])
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        noteRead(slow: elapsed > slowReadNanoseconds + UInt64(source.bytes.count) * 2)
        return source
    }

    /// Stops asking (the thread, if any, ends after the file it is asking for).
    public func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// A read from memory (open, read, close, decode) takes ten or twenty microseconds plus about a
    /// millisecond per 500 MB (2 ns a byte); one that waits for a disk, even a virtual machine's disk
    /// cached by its host, takes some tens of microseconds more.
    static let defaultSlowReadNanoseconds: UInt64 = 80_000

    private func noteRead(slow: Bool) {
        condition.lock()
        slowInARow = slow ? slowInARow + 1 : 0
        guard slowInARow >= Self.slowReadsForCold, !cold else { condition.unlock(); return }
        cold = true
        let startThread = !threadStarted && !stopped
        if startThread { threadStarted = true } else { condition.signal() }
        condition.unlock()
        guard startThread else { return }
        let thread = Thread { [self] in askAhead() }
        thread.name = "booth read-ahead"
        thread.start()
    }

    /// The thread's loop: the next file past both the last asked for and the last started, while it is
    /// within `depth` of the last started and the cache is cold; else waits.
    private func askAhead() {
        var residentInARow = 0
        while true {
            condition.lock()
            var next = max(askedThrough, started) + 1
            while !stopped, next < entries.count, !cold || next > started + depth {
                threadWaitsForReads = true
                condition.wait()
                threadWaitsForReads = false
                next = max(askedThrough, started) + 1
            }
            guard !stopped, next < entries.count else { condition.unlock(); return }
            askedThrough = next
            condition.unlock()
            guard case let .file(path) = entries[next] else { continue }
            residentInARow = Self.ask(path, bytes: bytesAskedPerFile) ? residentInARow + 1 : 0
            if residentInARow >= Self.residentFilesForWarm {
                // The files were in memory after all: wait for slow reads again.
                residentInARow = 0
                condition.lock()
                cold = false
                slowInARow = 0
                warmedAgain += 1
                condition.unlock()
            }
        }
    }

    /// Asks the kernel to read the start of a regular file (its first `bytesAskedPerFile` bytes) into
    /// memory, without waiting for the bytes (opening it may wait for its metadata: that is why this runs
    /// on a thread of its own). Returns whether the file's first page was in memory already (or there is
    /// nothing to read).
    private static func ask(_ path: String, bytes bytesAskedPerFile: Int) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else { return true }
        let resident = firstPageIsResident(descriptor)
        if !resident {
            _ = posix_fadvise(descriptor, 0, off_t(min(Int(status.st_size), bytesAskedPerFile)), POSIX_FADV_WILLNEED)
        }
        return resident
    }

    /// Whether the first page of an open, non-empty file is in the page cache (mapped, not touched).
    private static func firstPageIsResident(_ descriptor: Int32) -> Bool {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let mapping = mmap(nil, page, PROT_READ, MAP_SHARED, descriptor, 0), mapping != MAP_FAILED else { return false }
        defer { munmap(mapping, page) }
        var vector: UInt8 = 0
        return mincore(mapping, page, &vector) == 0 && vector & 1 == 1
    }
}
