/// The one-letter labels of interviews as French and Spanish ministries publish them: a question and its
/// answer (réponse, respuesta) each open a line with a letter and a dash, and the interviewee is the
/// person the title names.
///
/// ```
/// Q - Monsieur le Ministre, bonsoir.
/// R - Bonsoir.
/// P.- ¿Cuándo viajará a Kiev?
/// R.- La semana que viene.
/// ```
///
/// An answer's letter is a label only in a file whose questions are written so ("R - " alone opens a
/// line of a list as often); the question's letter alone is one.
enum InterviewLetterLabel {
    /// The question letters and the answer letter: French "Q", Spanish "P." (pregunta); "R" for both.
    static func isQuestionLetter(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "Q") || byte == UInt8(ascii: "P") }
    static let answerLetter = UInt8(ascii: "R")

    /// The letter and the label's length, up to the end of its dash, where the line `text[range]` opens
    /// with an ASCII capital, an optional period, an optional space, a hyphen, an en dash or an em dash,
    /// a space and then a capital letter, a digit or what may open a question (`SpeakerLabelGrammar
    /// .questionOpeners`: "Q - « Une question »"); nil for any other line.
    static func letter(in text: [UInt8], _ range: Range<Int>) -> (letter: UInt8, length: Int)? {
        guard range.count >= 5 else { return nil }
        let letter = text[range.lowerBound]
        guard letter == answerLetter || isQuestionLetter(letter) else { return nil }
        var index = range.lowerBound + 1
        if text[index] == UInt8(ascii: ".") {
            index += 1
        } else if letter == UInt8(ascii: "P") {
            return nil  // Spanish writes "P.-"; a bare "P - " is as likely an item of a list.
        }
        if index < range.upperBound, text[index] == 0x20 { index += 1 }
        guard let dashEnd = text.withUnsafeBufferPointer({ SpeakerLabelGrammar.dashEnd(in: $0, at: index, before: range.upperBound) }),
              dashEnd < range.upperBound, text[dashEnd] == 0x20,
              let next = ProseShape.firstScalar((dashEnd + 1)..<range.upperBound, in: text),
              ProseShape.isUppercase(next) || ("0"..."9").contains(next) || next == "¿" || next == "¡"
                || SpeakerLabelGrammar.questionOpeners.contains(next)
        else { return nil }
        // "Q-" and "R-" with nothing between are not these labels ("R-2 said").
        guard index > range.lowerBound + 1 else { return nil }
        return (letter, dashEnd - range.lowerBound)
    }

    /// Labels the interview lines of a file: each line opening with a question's letter and a dash, and
    /// when there is one, each opening with the answer's; a line another reading left unlabelled, or
    /// labelled the bare "Q" of "Q – and second…" (whose dash becomes the label's). The label's name is
    /// the letter.
    static func addLabels(_ lines: [Range<Int>], in text: [UInt8], to labels: inout [(name: Substring, length: Int)?]) {
        var found: [(index: Int, letter: UInt8, length: Int)] = []
        // (Most lines open with another byte: compared as bytes, no set hashed, no label copied.)
        for index in lines.indices {
            let line = lines[index]
            guard line.count >= 5, case let first = text[line.lowerBound],
                  first == UInt8(ascii: "Q") || first == UInt8(ascii: "R") || first == UInt8(ascii: "P"),
                  let (letter, length) = letter(in: text, line) else { continue }
            if let label = labels[index], !(label.name == "Q" && label.length == 1) { continue }
            found.append((index, letter, length))
        }
        guard found.contains(where: { isQuestionLetter($0.letter) }) else { return }
        for (index, letter, length) in found {
            labels[index] = (Substring(String(decoding: [letter], as: UTF8.self)), length)
        }
    }
}
