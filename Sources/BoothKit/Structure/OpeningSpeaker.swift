/// The speaker of an opening statement published without a label: foreign ministries print the
/// minister's statement under a title that names them and label only the questions and later answers
/// ("Remarks by Foreign Minister Sergey Lavrov at a joint news conference…" / "Ladies and gentlemen," …
/// / "Question: …" / "Sergey Lavrov: …"). The opening turn takes the speaker of a later label when the
/// title or a byline names that speaker and no other of the file's speakers before a word such as
/// "with" (after it, a title names the partners of talks).
enum OpeningSpeaker {
    /// The later label whose speaker the header alone names, for a first turn without a label; nil when
    /// there is no such turn, or the header names none of the file's named speakers or more than one.
    static func label(for turns: [Turn], header: TranscriptHeader, isGeneric: (String) -> Bool) -> SpeakerLabel? {
        guard let first = turns.first, first.label == nil, !first.sentences.isEmpty else { return nil }
        // The file's named speakers (not "QUESTION", not an interpreter), each with its first label.
        var speakers: [String: SpeakerLabel] = [:]
        for turn in turns.dropFirst() {
            guard let label = turn.label, speakers[label.speakerID] == nil,
                  label.speakerID.unicodeScalars.count >= (label.speakerID.unicodeScalars.first.map(SpeakerLabelGrammar.isHan) == true ? 2 : 3),
                  !isGeneric(label.speakerID), !DeliveryMode.isInterpreter(label) else { continue }
            speakers[label.speakerID] = label
        }
        guard !speakers.isEmpty else { return nil }
        // Within each line, only the words before "with" ("…following talks with Foreign Minister of
        // Turkiye Hakan Fidan", "…переговоров с … Х.Фиданом"): a partner named there is not the speaker.
        let lines = ([header.title] + header.bylines).compactMap { $0?.text.uppercased() }
        // Most titles hold no speaker's id at all: only those that do are read word by word.
        guard speakers.keys.contains(where: { id in lines.contains { ByteSearch.holds($0, id) } }) else { return nil }
        var named = Set(lines.flatMap(wordsBeforePartners).compactMap { speaker(namedBy: $0, among: speakers.keys) })
        // Han script has no spaces to part words by: a name in it is found anywhere in the line
        // ("外交部发言人毛宁主持例行记者会" names 毛宁).
        for id in speakers.keys where id.unicodeScalars.allSatisfy(SpeakerLabelGrammar.isHan) && lines.contains(where: { ByteSearch.holds($0, id) }) {
            named.insert(id)
        }
        guard named.count == 1, let id = named.first else { return nil }
        return speakers[id]
    }

    /// Words after which a title names the speaker's partners, upper-cased.
    static let partnerWords: Set<Substring> = ["WITH", "С", "СО", "AVEC", "MIT", "CON", "مع"]

    /// The words of an upper-cased header line before the first word, standing alone, that names
    /// partners ("С" of "С.В.ЛАВРОВА" is an initial): runs of letters, with hyphens and apostrophes inside.
    static func wordsBeforePartners(_ line: String) -> [Substring] {
        var words: [Substring] = []
        for token in line.split(separator: " ") {
            if partnerWords.contains(token) { break }
            words += token.split { !($0.isLetter || $0 == "-" || $0 == "'" || $0 == "’") }
        }
        return words
    }

    /// The speaker id a word is, or is with a case ending of up to two letters ("ЛАВРОВА", "LAVROV'S"
    /// has its apostrophe: "LAVROV'S" → "LAVROV").
    static func speaker(namedBy word: Substring, among ids: Dictionary<String, SpeakerLabel>.Keys) -> String? {
        for id in ids where word.hasPrefix(id) {
            let rest = word.dropFirst(id.count)
            if rest.isEmpty || rest == "'S" || rest == "’S" || (rest.count <= 2 && rest.allSatisfy { $0.isLetter && !$0.isASCII }) {
                return id
            }
        }
        return nil
    }
}
