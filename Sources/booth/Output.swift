import BoothKit
import Foundation

/// Buffered standard output. Each input's output is written whole, after that input succeeded, so a
/// bad input never leaves half its output behind. A write that fails (a full disk, a closed pipe) is
/// remembered: nothing more is written, and the next `flush()` throws it (exit 74).
final class StandardOutput {
    nonisolated(unsafe) static let shared = StandardOutput()
    private var buffer: [UInt8] = []
    private var failure: InputError?

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { writeOut() }
    }

    func write(bytes: [UInt8]) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { writeOut() }
    }

    func flush() throws {
        writeOut()
        try throwIfFailed()
    }

    /// Throws the write failure, if a write has failed.
    func throwIfFailed() throws {
        if let failure { throw failure }
    }

    private func writeOut() {
        guard !buffer.isEmpty, failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        var error: Int32 = 0
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let result = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if result < 0 { if errno == EINTR { continue }; error = errno; return }
                offset += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
        if error != 0 { failure = .io(file: "<stdout>", reason: String(cString: strerror(error))) }
    }
}

/// Messages for people, on stderr.
enum Diagnostics {
    static func report(_ error: any Error) {
        FileHandle.standardError.write(Data("booth: error: \(error)\n".utf8))
    }

    /// The documented exit status for an error about the input (65 bad data, 66 cannot open, 74 I/O),
    /// or nil for errors that are not about the input.
    static func exitStatus(of error: any Error) -> Int32? {
        switch error {
        case let error as InputError: return error.exitCode
        case let error as GlossaryError: return error.exitCode
        case is BoilerplatePatterns.InvalidPattern: return 65
        default: return nil
        }
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("booth: \(message)\n".utf8))
    }
}

/// Where a command's output goes: standard output, or the file of `--output`, written to a temporary
/// file beside it and renamed into place by `finish()`, so a failed run never leaves a half-written file.
final class OutputSink {
    private let path: String?
    private var temporaryPath: String?
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        self.path = path
        guard let path else { temporaryPath = nil; return }
        let temporary = path + ".booth-\(getpid()).partial"
        guard let opened = fopen(temporary, "wb") else {
            throw InputError.io(file: path, reason: String(cString: strerror(errno)))
        }
        temporaryPath = temporary
        file = opened
    }

    deinit {
        if let file { fclose(file) }
        if let temporaryPath { unlink(temporaryPath) }
    }

    func write(_ text: String) {
        if path == nil { StandardOutput.shared.write(text) } else { buffer.append(contentsOf: text.utf8) }
    }

    func write(bytes: [UInt8]) {
        if path == nil { StandardOutput.shared.write(bytes: bytes) } else { buffer.append(contentsOf: bytes) }
    }

    /// Writes out what is buffered once it is large, so output streams as files are done.
    func flushIfFull() throws {
        if path == nil { return }  // StandardOutput flushes itself at 64 KiB.
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        guard let path else { try StandardOutput.shared.flush(); return }
        guard !buffer.isEmpty else { return }
        let count = buffer.count
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        buffer.removeAll(keepingCapacity: true)
        if written != count {
            throw InputError.io(file: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Writes the rest and, for a file, puts it in place.
    func finish() throws {
        try flush()
        guard let path, let temporaryPath, let file else { return }
        self.file = nil
        if fclose(file) != 0 { throw InputError.io(file: path, reason: String(cString: strerror(errno))) }
        if rename(temporaryPath, path) != 0 { throw InputError.io(file: path, reason: String(cString: strerror(errno))) }
        self.temporaryPath = nil
    }
}
