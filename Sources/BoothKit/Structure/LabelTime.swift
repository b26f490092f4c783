/// A time beside a speaker label, as transcription services and video transcripts write them: before
/// it, `[00:01:23] SECRETARY BLINKEN: …`, `(01:23) Sergey Lavrov: …`, `00:01:30 Speaker 1: …`; or after a
/// name alone on its line, as Otter exports a transcript (`Sergey Lavrov  0:02`, the speech on the lines
/// below). The time is the turn's `time` (a `.time` marker, its brackets included when it has them).
enum LabelTime {
    /// The time at the start of `line`, and where the rest of the line (after the spaces that follow the
    /// time) begins; nil when the line does not open with a time and a space.
    static func leading(_ line: Range<Int>, in text: [UInt8]) -> (marker: Marker, rest: Int)? {
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
        guard let (timeEnd, markerEnd) = time(from: index, closer: closer, before: line.upperBound, in: text) else { return nil }
        index = markerEnd
        guard index < line.upperBound, text[index] == 0x20 else { return nil }
        while index < line.upperBound, text[index] == 0x20 { index += 1 }
        guard index < line.upperBound else { return nil }
        let marker = Marker(kind: .time, range: first..<markerEnd,
                            timestamp: String(decoding: text[(closer == nil ? first : first + 1)..<timeEnd], as: UTF8.self))
        return (marker, index)
    }

    /// A name alone on its line and a time after it, "Sergey Lavrov  0:02", "Speaker 1  00:01:05": the
    /// time, and where the name ends (before its spaces); nil when the line does not end with a time
    /// after a space.
    static func trailing(_ line: Range<Int>, in text: [UInt8]) -> (marker: Marker, nameEnd: Int)? {
        guard line.count >= 6, text[line.upperBound - 1] &- 0x30 < 10,
              let space = text[line].lastIndex(of: 0x20), space > line.lowerBound,
              let (timeEnd, _) = time(from: space + 1, closer: nil, before: line.upperBound, in: text),
              timeEnd == line.upperBound else { return nil }
        var nameEnd = space
        while nameEnd > line.lowerBound, text[nameEnd - 1] == 0x20 { nameEnd -= 1 }
        guard nameEnd > line.lowerBound else { return nil }
        let marker = Marker(kind: .time, range: (space + 1)..<line.upperBound,
                            timestamp: String(decoding: text[(space + 1)..<line.upperBound], as: UTF8.self))
        return (marker, nameEnd)
    }

    /// h:mm, hh:mm, h:mm:ss or hh:mm:ss from `start`, a fraction of a second after "." or ",", and the
    /// closing bracket when there is one: where the time ends, and where the closing bracket does.
    private static func time(from start: Int, closer: UInt8?, before end: Int, in text: [UInt8]) -> (timeEnd: Int, markerEnd: Int)? {
        var index = start
        let line = start..<end
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
        return (timeEnd, index)
    }
}
