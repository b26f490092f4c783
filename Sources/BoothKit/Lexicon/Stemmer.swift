internal import CStemmer

/// A Snowball stemmer for one language (libstemmer, UTF-8). Owns its handle; not thread-safe, so each
/// matcher has its own.
final class Stemmer {
    private let handle: OpaquePointer
    let language: String

    /// Nil when Snowball has no stemmer for the language.
    init?(language: String) {
        guard let handle = cstemmer_open(language) else { return nil }
        self.handle = handle
        self.language = language
    }

    deinit { cstemmer_close(handle) }

    /// The stem of a lower-case word.
    func stem(_ word: ArraySlice<UInt8>) -> [UInt8] {
        word.withUnsafeBufferPointer { buffer in
            var length: Int32 = 0
            guard let result = cstemmer_stem(handle, buffer.baseAddress, Int32(buffer.count), &length) else {
                return Array(buffer)
            }
            return Array(UnsafeBufferPointer(start: result, count: Int(length)))
        }
    }
}
