import ArgumentParser
import BoothKit
import Dispatch
import Foundation

/// The options of the commands that analyze many transcripts against a glossary (coverage, gaps,
/// report), and the analysis itself.
struct AnalysisOptions: ParsableArguments {
    @OptionGroup var glossaryOptions: GlossaryOptions

    @Option(help: ArgumentHelp("The language of the transcripts (en, ru, …); default: guessed per turn from its script and, in Latin script, its words.",
                               valueName: "code"))
    var lang: String?

    @OptionGroup var parallel: ParallelOptions
    @OptionGroup var normalization: NormalizationOptions

    var jobs: Int { parallel.jobs }
    var quiet: Bool { parallel.quiet }

    /// Loads the glossary and analyzes the inputs; the normalizer is returned for other texts of the run
    /// (`report --source`), so the user's pattern files are read once.
    func run(_ inputs: [String]) throws
        -> (glossary: Glossary, index: TermIndex, normalizer: Normalizer, results: [(transcript: Transcript, matches: [TermMatch])],
            failure: ExitCode?) {
        Progress.quiet = quiet
        let glossary = try glossaryOptions.load()
        let index = try TermIndex(glossary)
        let normalizer = try normalization.normalizer()
        let analyzed = try analyze(inputs, language: lang, index: index, jobs: jobs, normalizer: normalizer)
        return (glossary, index, normalizer, analyzed.results, analyzed.failure)
    }

    /// Analyzes the inputs against `glossary` (loaded by the caller with `glossaryOptions`), reducing each
    /// file to a summary on its worker and handing the summaries to `consume` in input order. Returns the
    /// first bad input's exit status.
    func runInOrder<Summary>(_ inputs: [String], glossary: Glossary,
                             summarize: @escaping @Sendable (Transcript, [TermMatch]) throws -> Summary,
                             consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
        Progress.quiet = quiet
        let index = try TermIndex(glossary)
        return try analyzeInOrder(inputs, language: lang, index: index, jobs: jobs, normalizer: try normalization.normalizer(),
                                  summarize: summarize, consume: consume)
    }
}

/// Reads, normalizes, segments and matches every input, `jobs` files at a time, and hands each file's
/// summary to `consume` in input order. `summarize` runs on the workers, beside the analysis, so the
/// per-file work (flags, rendering) is parallel too; only what it returns outlives the transcript, so
/// memory follows the largest file and the size of the summaries, not the corpus.
///
/// A bad input is reported on stderr and skipped; the first failure's exit status is returned, so the
/// caller still writes what the good inputs gave. `consume` is called on one thread at a time.
func analyzeInOrder<Summary>(_ inputs: [String], language: String?, index: TermIndex, jobs: Int, normalizer: Normalizer,
                             summarize: @escaping @Sendable (Transcript, [TermMatch]) throws -> Summary,
                             consume: @escaping (Summary) throws -> Void) throws -> ExitCode? {
    let parser = TranscriptParser(options: .init(language: language))
    let workers = max(1, jobs)
    // Each worker has its own matcher: ICU and Snowball handles are not shared between threads. They are
    // opened here, so that a failure is an error rather than a worker whose files go missing.
    let matchers = UncheckedBox(try (0..<workers).map { _ in try TermMatcher(index: index) })
    // A batch of files at a time, stage by stage (see `BatchLimits.staged`): each stage runs over every
    // file of the batch that the stages before it left standing.
    return try processBatchesInOrder(inputs, jobs: workers, limits: .staged, work: { sources, worker in
        let matcher = matchers.value[worker]
        let transcripts = sources
            .map { source in attempt { try normalizer.normalize(source) } }
            .map { normalized in normalized.flatMap { text in attempt { try parser.parse(text) } } }
        let matches = transcripts.map { transcript in transcript.flatMap { transcript in attempt { try matcher.matches(in: transcript) } } }
        return zip(transcripts, matches).map { transcript, matches in
            transcript.flatMap { transcript in matches.flatMap { matches in attempt { try summarize(transcript, matches) } } }
        }
    }, consume: consume)
}

/// Reads, normalizes, segments and matches every input, keeping every transcript: for the outputs that
/// need the whole run at once (the HTML page, a source–interpretation pair).
func analyze(_ inputs: [String], language: String?, index: TermIndex, jobs: Int, normalizer: Normalizer) throws
    -> (results: [(transcript: Transcript, matches: [TermMatch])], failure: ExitCode?) {
    var results: [(transcript: Transcript, matches: [TermMatch])] = []
    let failure = try analyzeInOrder(inputs, language: language, index: index, jobs: jobs, normalizer: normalizer,
                                     summarize: { ($0, $1) }, consume: { results.append($0) })
    return (results, failure)
}
