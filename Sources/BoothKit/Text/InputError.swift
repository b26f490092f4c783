/// Why an input could not be read. Each case names the file and, where there is one, the byte offset
/// and line:column of the problem; `exitCode` is the status `booth` exits with (see README, "Exit codes").
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bytes that are not UTF-8 (nor UTF-16 announced by a byte-order mark).
    case invalidUTF8(file: String, offset: Int, position: Position)
    /// Bytes that are not UTF-8, in a file that looks like a legacy encoding (`CharsetGuess`: ICU's charset
    /// detector names it, "windows-1251"): the user converts it.
    case legacyEncoding(file: String, offset: Int, position: Position, encoding: String)
    /// A NUL byte: the file is binary, not a transcript.
    case binary(file: String, offset: Int, position: Position)
    /// NUL bytes at every other position: UTF-16 without the byte-order mark Booth needs to read it.
    case utf16WithoutBOM(file: String)
    /// UTF-16 with a byte-order mark but an odd length or an unpaired surrogate.
    case invalidUTF16(file: String, offset: Int)
    /// The file or directory does not exist or cannot be opened.
    case cannotOpen(file: String, reason: String)
    /// Reading failed part-way, or output could not be written.
    case io(file: String, reason: String)

    /// The file the error is about.
    public var file: String {
        switch self {
        case let .invalidUTF8(file, _, _), let .legacyEncoding(file, _, _, _), let .binary(file, _, _), let .invalidUTF16(file, _),
             let .utf16WithoutBOM(file),
             let .cannotOpen(file, _), let .io(file, _):
            return file
        }
    }

    /// The exit status for this kind of error, following BSD sysexits: 65 bad data, 66 cannot open, 74 I/O.
    public var exitCode: Int32 {
        switch self {
        case .invalidUTF8, .legacyEncoding, .binary, .invalidUTF16, .utf16WithoutBOM: return 65
        case .cannotOpen: return 66
        case .io: return 74
        }
    }

    public var description: String {
        switch self {
        case let .invalidUTF8(file, offset, position):
            return "\(file):\(position): invalid UTF-8 at byte offset \(offset)"
        case let .legacyEncoding(file, offset, position, encoding):
            return "\(file):\(position): invalid UTF-8 at byte offset \(offset); the file looks like \(encoding) "
                + "(ICU's charset detector): convert it to UTF-8 first, e.g. iconv -f \(encoding) -t UTF-8 FILE > FILE.utf8.txt"
        case let .binary(file, offset, position):
            return "\(file):\(position): binary input (NUL byte at byte offset \(offset)); Booth reads text transcripts"
        case let .utf16WithoutBOM(file):
            return "\(file): looks like UTF-16 without a byte-order mark; save it as UTF-8, or as UTF-16 with a BOM"
        case let .invalidUTF16(file, offset):
            return "\(file): invalid UTF-16 at byte offset \(offset)"
        case let .cannotOpen(file, reason):
            return "\(file): cannot open: \(reason)"
        case let .io(file, reason):
            return "\(file): I/O error: \(reason)"
        }
    }
}
