#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The speaker labels of the European Parliament's verbatim reports, which end with a period and a dash
/// instead of a colon, and may give the role after a comma:
///
/// ```
/// President. – The next item is the debate on…
/// Ursula von der Leyen, President of the Commission. – Madam President, honourable Members…
/// Manfred Weber, on behalf of the PPE Group. – (DE) Madam President…
/// ```
///
/// Spain's government writes the period and a hyphen without a space between, and so labels its
/// press conferences' speakers:
///
/// ```
/// Portavoz.- Sí, muchas gracias, Esther.
/// Secretario de Estado de Comunicación.- Bueno, pues comenzamos.
/// Pregunta.- Buenas tardes.
/// ```
///
/// The words before the comma (or all of them) must be a name as `SpeakerLabelGrammar` reads names
/// before a colon, or a single title word (`President`, `Presidente`) or generic speaker (`Pregunta`);
/// the role after the comma may be any words without sentence punctuation. The dash is an en dash, an
/// em dash or a hyphen, with spaces around it, or a hyphen right after the period and a space after.
extension SpeakerLabelGrammar {
    /// Longest such label: "Josep Borrell Fontelles, Vice-President of the Commission / High
    /// Representative of the Union for Foreign Affairs and Security Policy. –" has 140 bytes.
    static let maximumDashedLabelBytes = 240

    /// The label at the start of the line `text[range]` — its name (person and role, without the period)
    /// and its length up to the end of the dash — or nil.
    func dashedLabel(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (name: Substring, length: Int)? {
        let start = range.lowerBound
        let limit = min(range.upperBound, start + Self.maximumDashedLabelBytes)
        guard let separator = Self.periodAndDash(in: text, start..<limit, lineEnd: range.upperBound) else { return nil }
        let name = UnsafeBufferPointer(rebasing: text[start..<separator.period])
        // Sentence punctuation, brackets or quotation marks say this is prose.
        guard !name.isEmpty, !name.contains(where: { Self.notInDashedLabels.contains($0) }) else { return nil }
        let person = name.firstIndex(of: UInt8(ascii: ",")).map { UnsafeBufferPointer(rebasing: name[..<$0]) } ?? name
        let personText = Substring(String(decoding: person, as: UTF8.self))
        guard isLabel(personText)
            || !personText.contains(" ") && personText.unicodeScalars.first.map(ProseShape.isUppercase) == true
            && (SpeakerLabel.roleWords.contains(personText.uppercased()) || genericSpeakers.contains(personText.lowercased()))
        else { return nil }
        return (Substring(String(decoding: name, as: UTF8.self)), separator.end - start)
    }

    /// Where a hyphen, an en dash or an em dash at `index` ends; nil when there is none there (or it would
    /// run past `end`).
    static func dashEnd(in text: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> Int? {
        guard index < end else { return nil }
        if text[index] == UInt8(ascii: "-") { return index + 1 }
        guard index + 2 < end, text[index] == 0xE2, text[index + 1] == 0x80,
              text[index + 2] == 0x93 || text[index + 2] == 0x94 else { return nil }
        return index + 3
    }

    /// Whether the word before `end` (a period's end) is an honorific of `SpeakerLabel.honorifics`.
    private static func isHonorific(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>, lineStart: Int) -> Bool {
        // Capitalized and at most five bytes with its period, as "Sr." and "Mme." are (a sentence's last
        // word, "it.", makes no String; a longer one is not read back to its start).
        var start = end - 1
        while start > lineStart, text[start - 1] != 0x20 {
            start -= 1
            if end - start > 5 { return false }
        }
        guard end - start <= 5, text[start] &- 0x41 < 26 else { return false }
        return SpeakerLabel.honorifics.contains(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self).uppercased())
    }

    /// Bytes no dashed label's name holds: `? ! : ; ( ) [ ] "`.
    private static let notInDashedLabels: Set<UInt8> = Set("?!:;()[]\"".utf8)

    /// The first ". –", ". —" or ". -" in `range` followed by a space or the line's end: the period's
    /// offset and the dash's end. A period and a space before it end the search (a sentence ended
    /// there), unless the period follows a single capital letter, an initial ("J. Smith").
    private static func periodAndDash(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                      lineEnd: Int) -> (period: Int, end: Int)? {
        guard let base = text.baseAddress else { return nil }
        var index = range.lowerBound
        while index < range.upperBound {
            guard let found = memchr(base + index, Int32(UInt8(ascii: ".")), range.upperBound - index) else { return nil }
            let period = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            index = period + 1
            // La Moncloa's ".-" without a space: "Portavoz.- Sí, muchas gracias."
            if period + 2 < lineEnd, text[period + 1] == UInt8(ascii: "-"), text[period + 2] == 0x20 {
                return (period, period + 2)
            }
            guard period + 2 < lineEnd, text[period + 1] == 0x20 else { continue }
            if let end = dashEnd(in: text, at: period + 2, before: lineEnd), end == lineEnd || text[end] == 0x20 { return (period, end) }
            // ". " not before a dash: only an initial or an honorific goes on ("J. Smith", "Sr. Sánchez").
            let isInitial = period >= range.lowerBound + 1 && text[period - 1] &- 0x41 < 26
                && (period == range.lowerBound + 1 || text[period - 2] == 0x20)
            if !isInitial && !isHonorific(endingAt: period + 1, in: text, lineStart: range.lowerBound) { return nil }
        }
        return nil
    }
}
