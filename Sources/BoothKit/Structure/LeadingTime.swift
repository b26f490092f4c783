/// A time before a speaker label at the start of a line, as transcription services and video
/// transcripts write them: `[00:01:23] SECRETARY BLINKEN: …`, `(01:23) Sergey Lavrov: …`,
/// `00:01:30 Speaker 1: …`. The time is the turn's `time` (a `.time` marker, its brackets included when
/// it has them), and the label is read after it.
enum LeadingTime {
    /// The time at the start of `line`, and where the rest of the line (after the spaces that follow the
    /// time) begins; nil when the line does not open with a time and a space.
    static func read(_ line: Range<Int>, in text: [UInt8]) -> (marker: Marker, rest: Int)? {
        guard let first = line.first else { return nil }
        var index = first
        let opener = text[first]
        let closer: UInt8?
        switch opener {
        case UInt8(ascii: "["): closer = UInt8(ascii: "]"); index += 1
        case UInt8(ascii: "("): closer = UInt8(ascii: ")"); index += 1
        case let byte where byte &- 0x30 < 10: closer = nil
        default: return nil
        }
        // h:mm, hh:mm, h:mm:ss or hh:mm:ss, and a fraction of a second after "." or ",".
        let timeStart = index
        var groups = 0
        while groups < 3 {
            let digitsStart = index
            while index < line.upperBound, index - digitsStart < 3, text[index] &- 0x30 < 10 { index += 1 }
            let digits = index - digitsStart
            guard digits >= 1, digits <= 2, groups == 0 || digits == 2 else { return nil }
            groups += 1
            guard index < line.upperBound, text[index] == UInt8(ascii: ":"), groups < 3 else { break }
            index += 1
        }
        guard groups >= 2 else { return nil }
        if index + 1 < line.upperBound, text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ","),
           text[index + 1] &- 0x30 < 10 {
            index += 1
            while index < line.upperBound, text[index] &- 0x30 < 10 { index += 1 }
        }
        let timeEnd = index
        if let closer {
            guard index < line.upperBound, text[index] == closer else { return nil }
            index += 1
        }
        let markerEnd = index
        guard index < line.upperBound, text[index] == 0x20 else { return nil }
        while index < line.upperBound, text[index] == 0x20 { index += 1 }
        guard index < line.upperBound else { return nil }
        let marker = Marker(kind: .time, range: first..<markerEnd,
                            timestamp: String(decoding: text[timeStart..<timeEnd], as: UTF8.self))
        return (marker, index)
    }
}
