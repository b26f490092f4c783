import BoothKit
import Foundation

/// Files of the repository that tests read: the sample transcripts in Corpora/ and the fixtures in
/// Tests/Fixtures. Located from this file's path, so tests run from any working directory.
public enum Fixtures {
    /// The repository's root folder.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A path relative to the repository root.
    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// The bytes of a repository file.
    public static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: root.appendingPathComponent(relative)))
    }

    /// A repository file, decoded.
    public static func source(_ relative: String) throws -> SourceText {
        try SourceDecoder.decode(try bytes(relative), name: relative)
    }

    public static let geneva = "Corpora/geneva-2022-01-21.txt"
    public static let stockholm = "Corpora/stockholm-2021-12-02.txt"
    public static let corpora = [geneva, stockholm]
}
