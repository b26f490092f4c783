internal import CICU

/// What ICU does on its own, called directly, to compare Booth's stages against in the same run.
public enum ReferenceICU {
    /// Raw ICU NFC: UTF-8 to UTF-16, then `unorm2_normalize`, as a program calling ICU's C API would.
    public static func nfcThroughput(corpus: BenchmarkCorpus, rounds: Int = 3) -> Throughput {
        var status: Int32 = 0
        let normalizer = cicu_normalizer(CICU_FORM_NFC, &status)
        let largest = corpus.texts.map(\.count).max() ?? 0
        var scratch = [UInt16](repeating: 0, count: largest + 1)
        var output = [UInt16](repeating: 0, count: largest * 3 + 16)
        var sink = 0
        let result = Throughput.measure("raw ICU NFC", corpus: corpus, rounds: rounds) { text in
            text.withUnsafeBufferPointer { source in
                scratch.withUnsafeMutableBufferPointer { scratch in
                    output.withUnsafeMutableBufferPointer { output in
                        var status: Int32 = 0
                        sink &+= Int(cicu_reference_normalize_utf8(
                            normalizer, source.baseAddress, Int32(source.count), scratch.baseAddress,
                            Int32(scratch.count), output.baseAddress, Int32(output.count), &status))
                    }
                }
            }
        }
        blackHole(sink)
        return result
    }

    /// How the reference hands UTF-8 to ICU's break iterator.
    public enum TextAccess: Sendable {
        /// `utext_openUTF8`: ICU reads the UTF-8 in place, through UText's adapter.
        case utf8UText
        /// `u_strFromUTF8` into a buffer, then `ubrk_setText`: a copy, but ICU's rules run faster on it.
        case utf16Copy
    }

    /// Raw ICU sentence break (by default `en_US`, Booth's English locale), counting
    /// boundaries: the UTF-8 read in place through UText, or copied to UTF-16 first. Booth reads through
    /// a UTF-16 copy; the bench measures both and compares every stage with the faster.
    public static func sentenceBreakThroughput(corpus: BenchmarkCorpus, locale: String = "en_US",
                                               access: TextAccess = .utf16Copy, rounds: Int = 3) -> Throughput {
        var status: Int32 = 0
        let breaker = cicu_breaker_open(CICU_BREAK_SENTENCE, locale, &status)
        defer { cicu_breaker_close(breaker) }
        var sink = 0
        let name = "raw ICU sentence break" + (locale == "en_US" ? "" : " \(locale)")
            + (access == .utf16Copy ? ", UTF-16" : ", UText")
        let result = Throughput.measure(name, corpus: corpus, rounds: rounds) { text in
            text.withUnsafeBufferPointer { buffer in
                var status: Int32 = 0
                switch access {
                case .utf8UText:
                    cicu_breaker_set_utf8(breaker, buffer.baseAddress, Int64(buffer.count), &status)
                    while cicu_breaker_next(breaker) >= 0 { sink &+= 1 }
                case .utf16Copy:
                    sink &+= Int(cicu_reference_count_breaks_utf16(breaker, buffer.baseAddress, Int64(buffer.count), &status))
                }
            }
        }
        blackHole(sink)
        return result
    }
}

/// Keeps a computed value alive so the optimizer cannot drop the work that made it.
@inline(never)
public func blackHole<T>(_ value: T) { _ = value }
