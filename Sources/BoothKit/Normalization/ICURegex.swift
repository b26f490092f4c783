internal import CICU
import Synchronization

/// A compiled ICU regular expression matched against UTF-8 bytes. A matcher is not thread-safe, so
/// each `Matcher` is a clone used by one thread; the compiled original only hands out clones.
final class ICURegex: Sendable {
    private let prototype: Mutex<OpaquePointer>

    /// Why a pattern did not compile: ICU's offset into the pattern (UTF-16 units) and status.
    struct SyntaxError: Error {
        let offset: Int
        let status: Int32
    }

    init(pattern: String, caseInsensitive: Bool) throws(SyntaxError) {
        var status: Int32 = 0
        var errorOffset: Int32 = 0
        let bytes = Array(pattern.utf8)
        let handle = bytes.withUnsafeBufferPointer {
            cicu_regex_open($0.baseAddress, Int32($0.count), caseInsensitive ? 1 : 0, &errorOffset, &status)
        }
        guard let handle, status <= 0 else { throw SyntaxError(offset: Int(errorOffset), status: status) }
        prototype = Mutex(handle)
    }

    deinit {
        prototype.withLock { cicu_regex_close($0) }
    }

    /// A matcher for the calling thread.
    func matcher() -> Matcher {
        prototype.withLock { handle in
            var status: Int32 = 0
            return Matcher(handle: cicu_regex_clone(handle, &status))
        }
    }

    /// One thread's matcher.
    final class Matcher {
        private let handle: OpaquePointer?

        fileprivate init(handle: OpaquePointer?) { self.handle = handle }

        deinit { cicu_regex_close(handle) }

        /// Whether the whole of `bytes[range]` matches.
        func matchesWhole(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
            guard let handle else { return false }
            var status: Int32 = 0
            let result = bytes.withUnsafeBufferPointer { buffer in
                cicu_regex_matches_utf8(handle, buffer.baseAddress! + range.lowerBound, Int64(range.count), &status)
            }
            return status <= 0 && result != 0
        }

        /// Whether some text starting with `bytes` (a whole number of characters) could match whole: it
        /// does, or ICU's matcher reached the end of `bytes` before it failed (`uregex_hitEnd`).
        func mayMatchText(startingWith bytes: [UInt8]) -> Bool {
            guard let handle else { return true }
            var status: Int32 = 0
            let result = bytes.withUnsafeBufferPointer { buffer in
                cicu_regex_matches_utf8(handle, buffer.baseAddress!, Int64(buffer.count), &status)
            }
            return status > 0 || result != 0 || cicu_regex_hit_end(handle) != 0
        }
    }
}
