import Foundation

/// Finds and reads the inputs named on a command line: files, directories (searched recursively for
/// `*.txt`, `*.md`, `*.text`, and web pages saved as `*.html`, `*.htm`, in name order), or `-` for
/// standard input.
///
/// In directories, files that document a corpus rather than hold a transcript — README, SOURCE(S),
/// LICENSE, CHANGELOG, CONTRIBUTING, whatever their extension — are passed over; named explicitly, they
/// are read like any other file.
public enum InputFiles {
    /// The file extensions read from directories.
    public static let textExtensions: Set<String> = ["txt", "md", "text", "html", "htm"]
    /// Base names (upper-cased) of documentation files passed over in directories.
    public static let documentationNames: Set<String> = ["README", "SOURCE", "SOURCES", "LICENSE", "CHANGELOG", "CONTRIBUTING"]

    /// One named input: a path to read, or the error that stops it from being found.
    public enum Entry: Sendable {
        case file(String)
        case standardInput
        case failure(InputError)
    }

    /// Expands arguments into inputs, keeping their order; a directory's files come sorted by path.
    /// Directories are searched recursively, hidden ones too; a link to a directory is not followed
    /// (a link to a file is listed). A subdirectory that cannot be listed is reported, not skipped.
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
            var found: [String] = []
            var unlisted: [String] = []
            var directory = argument
            while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
            walk(directory, into: &found, unlisted: &unlisted)
            entries.append(contentsOf: found.sorted().map(Entry.file))
            entries.append(contentsOf: unlisted.sorted().map { .failure(.cannotOpen(file: $0, reason: "cannot list the directory")) })
        }
        return entries
    }

    /// Adds the text files under `directory` to `found` (any order), with POSIX calls: one `readdir` per
    /// entry and no `stat` but for links and file systems that do not give the entry's type (this runs
    /// once per file of an archive, and Foundation's enumerator cost ten times more).
    private static func walk(_ directory: String, into found: inout [String], unlisted: inout [String]) {
        guard let stream = opendir(directory) else { unlisted.append(directory); return }
        defer { closedir(stream) }
        let prefix = directory == "/" ? "/" : directory + "/"
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name == "." || name == ".." { continue }
            let path = prefix + name
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) {
                var status = stat()
                guard lstat(path, &status) == 0 else { found.append(path); continue }  // refused, with its reason, when read
                switch status.st_mode & S_IFMT {
                case S_IFDIR: type = Int32(DT_DIR)
                case S_IFLNK: type = Int32(DT_LNK)
                default: type = Int32(DT_REG)
                }
            }
            if type == Int32(DT_DIR) { walk(path, into: &found, unlisted: &unlisted); continue }
            let parts = nameParts(name)
            guard textExtensions.contains(parts.extension.lowercased()), !documentationNames.contains(parts.base.uppercased())
            else { continue }
            // A link to a directory named *.txt is passed over; a broken link or a FIFO named *.txt is
            // listed, and refused when read: never skipped silently.
            if type == Int32(DT_LNK) {
                var status = stat()
                if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
            }
            found.append(path)
        }
    }

    /// The base name and extension of a relative path's last component, as NSString's `pathExtension`
    /// and `deletingPathExtension` give them ("a.b.txt" → "a.b", "txt"; ".txt" → ".txt", ""), without
    /// bridging: this runs once per file of an archive.
    static func nameParts(_ path: String) -> (base: Substring, extension: Substring) {
        let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (name, "") }
        return (name[..<dot], name[name.index(after: dot)...])
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

    /// The bytes of a file: opened without blocking, checked to be a regular file (reading a FIFO or a
    /// device could block forever or never end), read whole with POSIX calls (this runs once per file of
    /// an archive, and Foundation's attribute dictionaries cost more than the read).
    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason: String
            switch errno {
            case ENOENT, ENOTDIR: reason = "no such file"
            case EACCES, EPERM: reason = "permission denied"
            default: reason = String(cString: strerror(errno))
            }
            throw .cannotOpen(file: path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .io(file: path, reason: String(cString: strerror(errno))) }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let kind: String
            switch status.st_mode & S_IFMT {
            case S_IFDIR: kind = "a directory"
            case S_IFIFO: kind = "a FIFO"
            case S_IFCHR, S_IFBLK: kind = "a device"
            case S_IFSOCK: kind = "a socket"
            default: kind = "not a plain file"
            }
            throw .cannotOpen(file: path, reason: "not a regular file (\(kind))")
        }
        // One byte more than the file's size: the read that finds the end finds room, so a file that did
        // not change while read is read into its final buffer (growing it would copy the whole text and
        // double the memory it holds for as long as the file is processed).
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2))) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .io(file: path, reason: String(cString: strerror(errno)))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
