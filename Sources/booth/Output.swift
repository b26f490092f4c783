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
