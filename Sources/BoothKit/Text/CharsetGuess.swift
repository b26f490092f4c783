internal import CICU

/// The legacy encoding a file that is not UTF-8 is probably in, by ICU's charset detector (`ucsdet`), to
/// tell the user how to convert it: archives keep old transcripts in windows-1251, KOI8-R, GB18030,
/// Shift_JIS. Booth reads UTF-8 and UTF-16 only, so that every offset it reports means one thing.
public enum CharsetGuess {
    /// Bytes read for a guess: enough for ICU's statistics, a bound on its cost.
    static let sampleBytes = 64 * 1024
    /// Bytes the sample must hold that are no part of a UTF-8 character: a file with a stray byte or
    /// two is damaged UTF-8, not another encoding.
    static let minimumInvalidBytes = 16
    /// The lowest confidence (0–100) worth naming.
    static let minimumConfidence = 40

    /// The charset's name as ICU gives it ("windows-1251"), or nil when the sample holds too few bytes
    /// that are no part of a UTF-8 character, or a third as many UTF-8 characters beyond ASCII (damaged
    /// UTF-8), or ICU is not confident, or its guess is UTF-8 or UTF-16 (which Booth would have read).
    public static func likelyEncoding(of bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(sampleBytes)
        // Mostly UTF-8 with some damage (Russian in UTF-8 and a stray byte): no other encoding. ICU would
        // still name one, and a wrong one ("IBM420_ltr").
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = sample.makeIterator()
        var invalid = 0, validMultibyte = 0
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { validMultibyte += 1 }
            case .error(let length): invalid += length
            case .emptyInput: break parsing
            }
        }
        guard invalid >= minimumInvalidBytes, validMultibyte * 3 < invalid else { return nil }
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let confidence = Array(sample).withUnsafeBufferPointer { buffer in
            name.withUnsafeMutableBufferPointer { name in
                cicu_detect_charset(buffer.baseAddress, Int32(buffer.count), name.baseAddress, Int32(name.count), &status)
            }
        }
        guard status <= 0, confidence >= minimumConfidence else { return nil }
        let found = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard !found.isEmpty, !found.uppercased().hasPrefix("UTF") else { return nil }
        return found
    }
}
