import Foundation
import Testing
@testable import BoothKit

@Suite struct ReadAheadTests {
    /// A folder of small text files, removed at the end of the test.
    private final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("booth-readahead-\(UInt64.random(in: 0...UInt64.max))")
        let entries: [InputFiles.Entry]
        init(files: Int) throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for index in 0..<files {
                try Data("MODERATOR: File \(index) of the read-ahead test.\n".utf8)
                    .write(to: url.appendingPathComponent(String(format: "f%04d.txt", index)))
            }
            entries = InputFiles.expand([url.path]) + [.failure(.cannotOpen(file: "gone.txt", reason: "no such file"))]
        }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    /// Waits (up to five seconds) for the read-ahead thread to reach a state.
    private func wait(for condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(5)
        while !condition(), Date() < deadline { usleep(200) }
    }

    /// A shallow read-ahead asks for up to 8 MB of each file; a deep one (a batch per worker) less of
    /// each, so that all it may have asked for at once stays within 256 MB.
    @Test func aDeepReadAheadAsksLessOfEachFile() {
        #expect(ReadAhead([], depth: 22).bytesAskedPerFile == 8 << 20)
        let deep = ReadAhead([], depth: 532)
        #expect(deep.bytesAskedPerFile < 8 << 20)
        #expect(deep.bytesAskedPerFile * deep.depth <= 256 << 20)
        #expect(ReadAhead([], depth: 1_000_000).bytesAskedPerFile == 64 << 10)  // never nothing
    }

    /// On a warm cache (reads as fast as this machine reads from memory), nothing is asked for, and the
    /// files read are the files.
    @Test func aWarmCacheAsksForNothing() throws {
        let folder = try Folder(files: 40)
        let readAhead = ReadAhead(folder.entries, depth: 8, slowReadNanoseconds: 10_000_000_000)
        defer { readAhead.stop() }
        for position in 0..<40 {
            #expect(try readAhead.read(position).bytes == InputFiles.read(folder.entries[position]).bytes)
        }
        #expect(!readAhead.isCold)
        #expect(readAhead.progress.askedThrough == -1)
        #expect(throws: InputError.self) { try readAhead.read(40) }
    }

    /// Two slow reads in a row make the cache cold: the thread asks for the files up to `depth` past the
    /// last one started, moving on as reads move on. Files it finds in memory already (these were just
    /// written), 64 in a row, make the cache warm again; two more slow reads make it cold again.
    @Test func slowReadsSendTheThreadAheadAndFilesInMemoryCallItBack() throws {
        let folder = try Folder(files: 200)
        let readAhead = ReadAhead(folder.entries, depth: 8, slowReadNanoseconds: 0)  // every read is slow
        defer { readAhead.stop() }
        _ = try readAhead.read(0)
        #expect(!readAhead.isCold)
        _ = try readAhead.read(1)
        #expect(readAhead.isCold)
        for position in 2..<200 {
            // Each read lets the thread go `depth` past it; wait for it to get there (or to find the
            // cache warm, after which it waits for two slow reads).
            let target = min(position - 1 + 8, folder.entries.count - 1)
            wait { readAhead.progress.askedThrough >= target || !readAhead.isCold }
            #expect(readAhead.progress.askedThrough <= target)
            #expect(try readAhead.read(position).bytes == InputFiles.read(folder.entries[position]).bytes)
        }
        #expect(readAhead.progress.warmedAgain >= 1)  // 64 files in memory in a row (up to three times in 200)
        #expect(readAhead.progress.askedThrough >= 150)
        readAhead.stop()
        #expect(try readAhead.read(199).bytes.count > 0)  // reading goes on after the thread stopped
    }
}
