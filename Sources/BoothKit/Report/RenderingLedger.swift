/// The run-wide check of renderings, fed one file at a time: a concept rendered in more than one way
/// across the files of a run (`inconsistent-rendering`). It keeps, per file, concept and rendering, only
/// the first use and a count — never the transcripts — so a run over an archive holds a few records per
/// file, not the corpus.
public struct RenderingLedger: Sendable {
    /// The first use of one rendering of one concept in one file.
    public struct FirstUse: Sendable {
        /// The flag that will be raised there, message still empty.
        var flag: Flag
        var concept: Int
        /// The rendering: the stems of the words (`TermMatch.form`), so inflections are one rendering.
        var form: String
        /// Uses of this rendering in the file.
        var count: Int
        /// Whether the file's own check (one speaker, two renderings) already flagged this use.
        var flaggedInFile: Bool
    }

    private var uses: [FirstUse] = []
    /// Per concept: the files that use it, by name.
    private var filesByConcept: [Int: Set<String>] = [:]
    /// Per concept: its renderings, each with the first surface seen.
    private var formsByConcept: [Int: [String: String]] = [:]

    public init() {}

    /// Adds one file's first uses (from `Reviewer.reviewFile`).
    public mutating func record(_ fileUses: [FirstUse]) {
        for use in fileUses {
            filesByConcept[use.concept, default: []].insert(use.flag.file)
            if formsByConcept[use.concept]?[use.form] == nil { formsByConcept[use.concept, default: [:]][use.form] = use.flag.text }
            uses.append(use)
        }
    }

    /// The flags, in the order the files were recorded: for every concept used in more than one file and
    /// rendered in more than one way, each file's first use of each rendering.
    public func flags(glossary: Glossary) -> [Flag] {
        uses.compactMap { use in
            guard !use.flaggedInFile, let files = filesByConcept[use.concept], files.count > 1,
                  let forms = formsByConcept[use.concept], forms.count > 1 else { return nil }
            let others = forms.filter { $0.key != use.form }.map(\.value).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            let times = use.count == 1 ? "" : " (\(use.count) times in this file)"
            var flag = use.flag
            flag.message = "\(glossary.concepts[use.concept].label()) is rendered \"\(flag.text)\" here\(times) and \(others) "
                + "elsewhere in the run (\(files.count) files): check which rendering the speaker's words support"
            return flag
        }
    }
}
