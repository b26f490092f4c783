import BoothKit
import Foundation

/// Buffered standard output. Each input's output is written whole, after that input succeeded, so a
/// bad input never leaves half its output behind.
final class StandardOutput {
    nonisolated(unsafe) static let shared = StandardOutput()
    private var buffer: [UInt8] = []

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try? flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try? flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let result = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if result < 0 { if errno == EINTR { continue }; return false }
                offset += result
            }
            return true
        }
        buffer.removeAll(keepingCapacity: true)
        if !written { throw InputError.io(file: "<stdout>", reason: String(cString: strerror(errno))) }
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
