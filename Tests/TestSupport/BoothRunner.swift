import Foundation

/// Runs the built `booth` executable, as a user would.
public enum BoothRunner {
    /// What one run produced.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: [UInt8]
        public var stderr: String
        public var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The `booth` binary beside the test bundle (`swift build` puts both in the same folder).
    public static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // Inside an .xctest bundle on some platforms the binary sits deeper.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("booth").path),
              directory.pathComponents.count > 1 {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("booth")
    }

    /// Runs `booth` with arguments, from the repository root, feeding `stdin` if given.
    public static func run(_ arguments: [String], stdin: [UInt8]? = nil,
                           environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        // Read both pipes fully before waiting, so a large output never blocks the child.
        let errorData = ThreadSafeBox<Data>()
        let reader = Thread { errorData.value = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while errorData.value == nil { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: [UInt8](outputData),
                      stderr: String(decoding: errorData.value ?? Data(), as: UTF8.self))
    }
}

final class ThreadSafeBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
