import Foundation

/// Finds and reads the inputs named on a command line: files, directories (searched recursively for
/// `*.txt`, `*.md`, `*.text`, in name order), or `-` for standard input.
///
/// In directories, files that document a corpus rather than hold a transcript — README, SOURCES,
/// LICENSE, CHANGELOG, CONTRIBUTING, whatever their extension — are passed over; named explicitly, they
/// are read like any other file.
public enum InputFiles {
    /// The file extensions read from directories.
    public static let textExtensions: Set<String> = ["txt", "md", "text"]
    /// Base names (upper-cased) of documentation files passed over in directories.
    public static let documentationNames: Set<String> = ["README", "SOURCES", "LICENSE", "CHANGELOG", "CONTRIBUTING"]

    /// One named input: a path to read, or the error that stops it from being found.
    public enum Entry: Sendable {
        case file(String)
        case standardInput
        case failure(InputError)
    }

    /// Expands arguments into inputs, keeping their order; a directory's files come sorted by path.
    public static func expand(_ arguments: [String]) -> [Entry] {
        var entries: [Entry] = []
        let manager = FileManager.default
        for argument in arguments {
            if argument == "-" { entries.append(.standardInput); continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                entries.append(.failure(.cannotOpen(file: argument, reason: "no such file or directory")))
                continue
            }
            guard isDirectory.boolValue else { entries.append(.file(argument)); continue }
            guard let walker = manager.enumerator(atPath: argument) else {
                entries.append(.failure(.cannotOpen(file: argument, reason: "cannot list the directory")))
                continue
            }
            var found: [String] = []
            while let relative = walker.nextObject() as? String {
                let path = (argument as NSString).appendingPathComponent(relative)
                guard textExtensions.contains((relative as NSString).pathExtension.lowercased()) else { continue }
                let baseName = (((relative as NSString).lastPathComponent as NSString).deletingPathExtension).uppercased()
                if documentationNames.contains(baseName) { continue }
                var nestedIsDirectory: ObjCBool = false
                // A broken link or a FIFO named *.txt is listed too, and refused when read: never skipped silently.
                if manager.fileExists(atPath: path, isDirectory: &nestedIsDirectory), nestedIsDirectory.boolValue { continue }
                found.append(path)
            }
            entries.append(contentsOf: found.sorted().map(Entry.file))
        }
        return entries
    }

    /// Reads and decodes one input.
    public static func read(_ entry: Entry) throws(InputError) -> SourceText {
        switch entry {
        case let .failure(error):
            throw error
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try SourceDecoder.decode([UInt8](data), name: "-")
        case let .file(path):
            return try SourceDecoder.decode(try readBytes(path), name: path)
        }
    }

    /// The bytes of a file.
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        // Only regular files: reading a FIFO or a device could block forever or never end.
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            throw .cannotOpen(file: path, reason: "not a regular file (\(type.rawValue))")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw .cannotOpen(file: path, reason: exists ? "permission denied" : "no such file")
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return [UInt8](data)
        } catch {
            throw .io(file: path, reason: error.localizedDescription)
        }
    }
}
