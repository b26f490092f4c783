/// Opens a glossary by its file name: `.tbx` or `.xml` as TBX, `.csv` or `.tsv` as CSV.
public enum GlossaryLoader {
    /// The glossary bundled with Booth (`Lexicons/diplomacy.tbx`).
    public static func bundled() throws(GlossaryError) -> Glossary {
        guard let text = BundledLexicons.text(named: "diplomacy.tbx") else {
            throw GlossaryError(file: "diplomacy.tbx", position: nil, message: "the bundled glossary is missing from this build")
        }
        return try TBXReader.read(Array(text.utf8), file: "Lexicons/diplomacy.tbx")
    }

    /// Reads a glossary file.
    public static func load(path: String) throws -> Glossary {
        let bytes = try InputFiles.readBytes(path)
        return try read(bytes, file: path)
    }

    /// Reads glossary bytes, choosing the reader by the file name's extension (TBX when unknown and the
    /// bytes start like XML).
    public static func read(_ bytes: [UInt8], file: String) throws(GlossaryError) -> Glossary {
        let lowered = file.lowercased()
        if lowered.hasSuffix(".csv") || lowered.hasSuffix(".tsv") || lowered.hasSuffix(".txt") {
            return try CSVGlossaryReader.read(bytes, file: file)
        }
        return try TBXReader.read(bytes, file: file)
    }
}
