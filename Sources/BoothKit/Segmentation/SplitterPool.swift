import Synchronization

/// Sentence splitters kept for reuse: opening an ICU sentence break iterator with its abbreviation
/// suppression costs far more than segmenting a transcript, so each is opened once and lent out, one
/// borrower (one thread) at a time.
final class SplitterPool: Sendable {
    /// A splitter in the pool. Only the borrower that took it uses it.
    private final class Entry: @unchecked Sendable {
        let splitter: SentenceSplitter
        init(_ splitter: SentenceSplitter) { self.splitter = splitter }
    }

    private let idle = Mutex<[String: [Entry]]>([:])

    static let shared = SplitterPool()

    /// Runs `body` with a splitter for `language`, then returns the splitter to the pool.
    func withSplitter<Result>(language: String,
                              _ body: (SentenceSplitter) throws(SegmentationError) -> Result) throws(SegmentationError) -> Result {
        let entry = try take(language)
        defer { idle.withLock { $0[language, default: []].append(entry) } }
        return try body(entry.splitter)
    }

    private func take(_ language: String) throws(SegmentationError) -> Entry {
        if let entry = idle.withLock({ $0[language]?.popLast() }) { return entry }
        return Entry(try SentenceSplitter(language: language))
    }
}
