/// Reads a normalized transcript into a `Transcript`.
///
/// The first line that starts with a speaker label ends the header, or before it the first line that
/// reads as speech (an opening statement without a label: a turn with no speaker); each label starts a turn; the
/// delivery and language markers that follow a label, or open its first paragraph, set the turn's
/// mode; event markers are found in the speech; sentences come from `SentenceSplitter` in the turn's
/// language. A text without speaker labels is one turn with no speaker. A meeting record's procedural
/// notes ("The meeting rose at 1.15 p.m.", `ProceduralNote`) are in no turn and no header field.
public struct TranscriptParser: Sendable {
    /// What to read with.
    public struct Options: Sendable {
        /// The language of every turn; nil guesses it per turn from the script.
        public var language: String?
        public var markers: MarkerVocabulary
        public var header: HeaderVocabulary
        public var notes: ProceduralNoteVocabulary

        public init(language: String? = nil, markers: MarkerVocabulary = .bundled, header: HeaderVocabulary = .bundled,
                    notes: ProceduralNoteVocabulary = .bundled) {
            self.language = language
            self.markers = markers
            self.header = header
            self.notes = notes
        }
    }

    public let options: Options
    private let grammar = SpeakerLabelGrammar.bundled

    public init(options: Options = Options()) { self.options = options }

    /// Reads one normalized text.
    public func parse(_ normalized: NormalizedText) throws(SegmentationError) -> Transcript {
        let text = normalized.bytes
        let lines = Lines(bytes: text).filter { !$0.isEmpty }
        var labels = lines.map { ProseShape.label(at: $0, in: text, grammar: grammar) }
        let labelTimes = timedLabels(lines, in: text, labels: &labels)
        // "A." answers beside "Q." questions.
        if labels.contains(where: { $0?.name == "Q" && $0?.length == 2 }) {
            for index in lines.indices where labels[index] == nil && SpeakerLabelGrammar.opensWithDottedAnswer(text, lines[index]) {
                labels[index] = (Substring("A"), 2)
            }
        }
        // "Q - " questions and "R - " answers of French and Spanish interviews.
        InterviewLetterLabel.addLabels(lines, in: text, to: &labels)
        Self.addLoneNameLabels(lines, in: text, to: &labels)
        // A verbatim record's cover page lists the president and members beside dot leaders: "主席： 涅边贾先生
        // . . . . (俄罗斯联邦)" is no turn of the president's. Only before the first label that stays one: the
        // cover page comes first, and in speech "Председатель: Итак..... переходим" is the president's.
        for index in lines.indices {
            guard let label = labels[index] else { continue }
            guard options.header.isParticipantWord(label.name),
                  options.header.ledParticipant(inLine: lines[index], of: text, continuing: false) != nil else { break }
            labels[index] = nil
        }
        // A meeting record's notes are neither header nor speech, wherever they are.
        let (notes, noteLines) = options.notes.notes(in: lines, of: text) { labels[$0] != nil }
        // ("IN THE CHAIR: ROBERTA METSOLA" reads as a label, and is a note.)
        for index in noteLines { labels[index] = nil }
        let firstLabel = labels.firstIndex { $0 != nil }
        let headerEnd = firstLabel ?? lines.count
        let headerIndices = noteLines.isEmpty ? Array(0..<headerEnd) : (0..<headerEnd).filter { !noteLines.contains($0) }
        let headerLines = headerIndices.map { lines[$0] }
        let (header, used) = HeaderParser(vocabulary: options.header, notes: options.notes)
            .parse(headerLines, in: text, strict: firstLabel == nil)
        // The first line after the header: speech, a label, or the end.
        let speechStart = used < headerIndices.count ? headerIndices[used] : headerEnd

        // Group lines into turns.
        var drafts: [(label: (name: Substring, length: Int)?, labelLine: Range<Int>?,
                      time: (marker: Marker, nameStart: Int)?, paragraphs: [Range<Int>])] = []
        // Speech before the first label (all of a text without labels) is a turn with no speaker.
        if used < headerIndices.count { drafts.append((nil, nil, nil, [])) }
        var headings: [Range<Int>] = []
        for index in speechStart..<lines.count where noteLines.isEmpty || !noteLines.contains(index) {
            let line = lines[index]
            if let label = labels[index] {
                let rest = text.trimmingSpaces((line.lowerBound + label.length)..<line.upperBound)
                drafts.append((label, line, labelTimes[index], rest.isEmpty ? [] : [rest]))
            } else if !drafts.isEmpty {
                if Self.isSectionHeading(line, in: text) || options.notes.isAgendaItemHeading(line, in: text) {
                    headings.append(line)
                } else {
                    drafts[drafts.count - 1].paragraphs.append(line)
                }
            }
        }

        let scanner = MarkerScanner(vocabulary: options.markers)
        // Each turn's speech, and the markers that open it (delivery, language, time) taken out of it.
        var speech: [TurnSpeech] = []
        speech.reserveCapacity(drafts.count)
        for draft in drafts {
            var paragraphs = draft.paragraphs
            // The label's name starts after a leading time, if there is one.
            let nameLine = draft.labelLine.map { line in draft.time.map { $0.nameStart..<line.upperBound } ?? line }
            var opening = asideMarkers(of: draft.label, at: nameLine, in: text, scanner: scanner)
                + takeLeadingMarkers(from: &paragraphs, in: text, scanner: scanner)
            if let time = draft.time { opening.insert(time.marker, at: 0) }
            speech.append(TurnSpeech(paragraphs: paragraphs, opening: opening))
        }
        let languages = options.language.map { Array(repeating: $0, count: speech.count) }
            ?? Self.guessLanguages(of: speech.map(\.paragraphs), in: text,
                                   asideLanguage: Self.asideLanguage(of: speech.map(\.opening), in: text))

        var turns: [Turn] = []
        var unclosed: [Int] = []
        for (draft, turnSpeech) in zip(drafts, speech) {
            let paragraphs = turnSpeech.paragraphs, opening = turnSpeech.opening
            let delivery = opening.filter { $0.kind != .time }
            var markers: [Marker] = []
            var paragraphMarkers: [[Marker]] = []
            for paragraph in paragraphs {
                let found = scanner.scan(text, paragraph)
                paragraphMarkers.append(found.markers)
                markers += found.markers
                unclosed += found.unclosed
            }
            let language = languages[turns.count]
            let perParagraph = try SplitterPool.shared.withSplitter(language: language) { splitter in
                splitter.sentences(in: text, paragraphs: paragraphs, masks: markers.map(\.range))
            }
            var sentences: [Sentence] = []
            sentences.reserveCapacity(perParagraph.reduce(0) { $0 + $1.count })
            for (ranges, found) in zip(perParagraph, paragraphMarkers) {
                // Sentences and markers are both in text order: one sweep gives each sentence its markers.
                var next = 0
                for range in ranges {
                    while next < found.count, found[next].range.lowerBound < range.lowerBound { next += 1 }
                    var inside: [Marker] = []
                    var index = next
                    while index < found.count, found[index].range.lowerBound < range.upperBound {
                        if found[index].range.upperBound <= range.upperBound { inside.append(found[index]) }
                        index += 1
                    }
                    sentences.append(Sentence(index: sentences.count, range: range, markers: inside))
                }
            }
            let languageMarker = delivery.last { $0.kind == .language }
            var spoken = languageMarker?.languageCode
            // "(English interpretation)" in English: the text's language is the interpretation's, not the
            // speaker's — interpreted, from a language the marker does not give.
            let namesTheInterpretation = spoken == language
                && languageMarker.map { MarkerVocabulary.saysInterpreted(Substring(text.string($0.range))) } == true
            if namesTheInterpretation { spoken = nil }
            let label = draft.label.map { SpeakerLabel(name: $0.name) }
            let evidence: DeliveryEvidence? = delivery.contains { $0.kind == .delivery } || namesTheInterpretation ? .marker
                : spoken != nil && spoken != language ? .language
                : label.map(DeliveryMode.isInterpreter) == true ? .interpreterLabel : nil
            let labelRange = draft.labelLine.map { $0.lowerBound..<($0.lowerBound + (draft.label?.length ?? 0)) }
            let start = labelRange?.lowerBound ?? paragraphs.first?.lowerBound ?? opening.first?.range.lowerBound ?? 0
            let end = paragraphs.last?.upperBound ?? opening.last?.range.upperBound ?? labelRange?.upperBound ?? start
            turns.append(Turn(
                index: turns.count,
                label: label,
                labelRange: labelRange,
                range: start..<end,
                modeEvidence: evidence,
                deliveryMarkers: delivery,
                time: opening.first { $0.kind == .time },
                spokenLanguage: spoken,
                language: language,
                paragraphs: paragraphs,
                markers: markers,
                sentences: sentences))
        }

        let isGeneric: (String) -> Bool = { grammar.genericSpeakers.contains($0.lowercased()) }
        if let speaker = OpeningSpeaker.label(for: turns, header: header, isGeneric: isGeneric) { turns[0].headerSpeaker = speaker }
        // An interview's answers labelled only "R -", "A." or "Answer:" are the interviewee's.
        if turns.contains(where: Interviewee.answers), let interviewee = Interviewee.label(in: header) {
            for index in turns.indices where Interviewee.answers(turns[index]) { turns[index].headerSpeaker = interviewee }
        }
        Self.carryInterpretationForward(&turns, isGeneric: isGeneric)
        if header.presiding != nil || notes.contains(where: { $0.kind == .chair }) {
            Self.markPresiding(&turns, notes: notes, president: header.presiding?.range, vocabulary: options.notes)
        }

        // Chrome after the last speech is the trailer; the rest stays chrome.
        let speechEnd = turns.last.map { normalized.originalRange(of: $0.range).upperBound }
            ?? normalized.originalRange(of: (headerLines.last?.upperBound ?? 0)..<(headerLines.last?.upperBound ?? 0)).upperBound
        let removed = normalized.originalRanges(editedFor: .boilerplate)
        return Transcript(
            normalized: normalized,
            header: header,
            turns: turns,
            chrome: removed.filter { $0.lowerBound < speechEnd || turns.isEmpty },
            trailer: turns.isEmpty ? [] : removed.filter { $0.lowerBound >= speechEnd },
            headings: headings,
            notes: notes,
            unclosedBrackets: unclosed)
    }

    /// Most words of a section heading.
    static let maximumHeadingWords = 10

    /// A line that sets a topic apart, not speech: wholly in bold ("**Ukraine**", "__Gaza__") or a
    /// markdown heading ("## Questions and Answers"), of a few words, not ending as a sentence does
    /// ("**We will not accept this.**" is speech in bold).
    static func isSectionHeading(_ line: Range<Int>, in text: [UInt8]) -> Bool {
        guard line.count >= 3, line.count <= 200 else { return false }
        let first = text[line.lowerBound]
        var inner = line
        if first == UInt8(ascii: "#") {
            while inner.lowerBound < inner.upperBound, text[inner.lowerBound] == UInt8(ascii: "#") { inner = (inner.lowerBound + 1)..<inner.upperBound }
            guard inner.lowerBound < inner.upperBound, text[inner.lowerBound] == 0x20 else { return false }
        } else {
            guard first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), line.count >= 5, text[line.lowerBound + 1] == first,
                  text[line.upperBound - 1] == first, text[line.upperBound - 2] == first else { return false }
            inner = (line.lowerBound + 2)..<(line.upperBound - 2)
            // Bold inside bold ("**a** and **b**") is no heading of its own.
            guard !text[inner].contains(first) else { return false }
        }
        inner = text.trimmingSpaces(inner)
        guard !inner.isEmpty, let firstScalar = ProseShape.firstScalar(inner, in: text), ProseShape.isLetterOrDigit(firstScalar) else { return false }
        return ProseShape.wordCount(inner, in: text, limit: maximumHeadingWords + 1) <= maximumHeadingWords
            && !ProseShape.endsLikeSentence(inner, in: text)
    }

    /// A person who speaks through an interpreter does so in each of their turns, though many transcripts
    /// say "(Via interpreter)" at the first only: a later turn of the same named speaker, with no delivery
    /// or language marker of its own, is interpreted too. Not for generic speakers ("QUESTION",
    /// "MODERATOR", an outlet): a different person may speak under the label each time. Language hints stay
    /// with their turn, as verbatim records write one wherever the language is not English ("(spoke in
    /// Russian)"), and none where it is.
    static func carryInterpretationForward(_ turns: inout [Turn], isGeneric: (String) -> Bool) {
        // Only speakers not generic enter the set: the generic test (a lower-cased string) is asked of turns
        // with a delivery marker alone.
        var interpreted: Set<String> = []
        for index in turns.indices {
            guard let speaker = turns[index].speakerID else { continue }
            let delivery = turns[index].deliveryMarkers
            if delivery.contains(where: { $0.kind == .delivery }) {
                if !isGeneric(speaker) { interpreted.insert(speaker) }
            } else if !interpreted.isEmpty, !delivery.contains(where: { $0.kind == .language }), interpreted.contains(speaker),
                      turns[index].modeEvidence == nil {
                turns[index].modeEvidence = .carried
            }
        }
    }

    /// Each turn labelled with the chair's title gets who holds the chair (`Turn.presiding`): the person the
    /// last chair note before it names; before any, and after a note that names nobody ("The President
    /// returned to the Chair."), the `president` the cover page names.
    static func markPresiding(_ turns: inout [Turn], notes: [ProceduralNote], president: Range<Int>?,
                              vocabulary: ProceduralNoteVocabulary) {
        var chair = president
        let before = Transcript.notesByTurn(notes, turns: turns).before
        for index in turns.indices {
            for note in before[index] where note.kind == .chair { chair = note.detail ?? president }
            if let id = turns[index].label?.speakerID, vocabulary.isPresidingLabel(id) { turns[index].presiding = chair }
        }
    }

    /// A turn's speech, and the markers taken from its opening.
    private struct TurnSpeech {
        var paragraphs: [Range<Int>]
        var opening: [Marker]
    }

    /// The language a verbatim record writes its language asides in, "(parle en russe)" → "fr", the most
    /// frequent among the turns' opening markers (a tie goes to the first); nil when there is none.
    private static func asideLanguage(of openings: [[Marker]], in text: [UInt8]) -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for (index, opening) in openings.enumerated() {
            for marker in opening where marker.kind == .language {
                guard let language = MarkerVocabulary.languageWritten(inAside: Substring(text.string(marker.range))) else { continue }
                counts[language, default: (0, index)].count += 1
            }
        }
        return counts.max { ($0.value.count, $1.value.first) < ($1.value.count, $0.value.first) }?.key
    }

    /// Each turn's language, guessed from its speech. A turn too short to tell takes the language most
    /// of the file's decided turns are in: a Latin-script one ("Merci.") that of the Latin-script turns,
    /// one without letters that of all; English when there is none. A verbatim record's `asideLanguage`
    /// decides for short Latin-script turns when none is long enough to tell.
    static func guessLanguages(of turns: [[Range<Int>]], in text: [UInt8], asideLanguage: @autoclosure () -> String? = nil) -> [String] {
        let guesses = turns.map { LanguageGuess.guess(of: text, in: $0) }
        guard guesses.contains(where: { !$0.decided }) else { return guesses.map(\.language) }
        struct Tally { var count = 0, first: Int }
        func usual(_ counted: (LanguageGuess.Guess) -> Bool, otherwise: String = "en") -> String {
            var tally: [String: Tally] = [:]
            for (index, guess) in guesses.enumerated() where guess.decided && counted(guess) {
                tally[guess.language, default: Tally(first: index)].count += 1
            }
            // The most frequent; a tie goes to the language decided first in the file.
            return tally.max { ($0.value.count, $1.value.first) < ($1.value.count, $0.value.first) }?.key ?? otherwise
        }
        // A Cyrillic turn too short to tell Ukrainian from Russian ("Дякую.") takes the language of the file's
        // other Cyrillic turns, Russian when there is none.
        let cyrillic = usual(\.isCyrillic, otherwise: "ru")
        var latin = usual(\.isLatin)
        // No Latin-script turn long enough to tell alone: a verbatim record's asides say in which language it
        // is written ("Le Président (parle en russe) : Je vous remercie."); else their words together may
        // ("¿Y la reunión?" / "Gracias por todo." / "¿Y los resultados?" is Spanish: "y", "por", "y", "los").
        if !guesses.contains(where: { $0.decided && $0.isLatin }), let asideLanguage = asideLanguage(),
           LatinLanguageVote.bundled.languages.contains(asideLanguage) {
            latin = asideLanguage
        } else if !guesses.contains(where: { $0.decided && $0.isLatin }) {
            let undecided = guesses.indices.filter { !guesses[$0].decided && guesses[$0].isLatin }.flatMap { turns[$0] }
            if let pooled = LatinLanguageVote.bundled.language(of: text, in: undecided) { latin = pooled }
        }
        let any = usual { _ in true }
        return guesses.map { $0.decided ? $0.language : $0.isLatin ? latin : $0.isCyrillic ? cyrillic : any }
    }

    /// Labels of one word in mixed case: a lone capitalized word before a colon is too often a heading
    /// ("Note:") to be a label by itself, but not when it is the surname of a speaker the file's labels
    /// already named ("Sergey Lavrov:" … "Lavrov: Yes.", only after the first label), nor when the speech
    /// after it introduces that name ("Sidhant: Sir, Sidhant from WION.", as India's MEA prints a
    /// journalist's question).
    static func addLoneNameLabels(_ lines: [Range<Int>], in text: [UInt8], to labels: inout [(name: Substring, length: Int)?]) {
        let first = labels.firstIndex(where: { $0 != nil }) ?? lines.count
        // The speakers' ids, read only once a line is found that may need them (most files have none).
        var speakers: Set<String>? = nil
        for index in lines.indices where labels[index] == nil {
            let line = lines[index]
            // A capital, then letters (a hyphen or an apostrophe inside), then ": " within 40 bytes.
            guard let scalar = ProseShape.firstScalar(line, in: text), ProseShape.isUppercase(scalar) else { continue }
            var end = line.lowerBound
            while end < min(line.upperBound, line.lowerBound + 40), text[end] != UInt8(ascii: ":") {
                let byte = text[end]
                guard byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") else { break }
                end += 1
            }
            guard end > line.lowerBound, end < line.upperBound, text[end] == UInt8(ascii: ":"),
                  end + 1 == line.upperBound || text[end + 1] == 0x20 else { continue }
            let name = line.lowerBound..<end
            if !introducesItself(name, in: text, speech: (end + 1)..<line.upperBound) {
                guard index > first else { continue }
                let word = String(decoding: text[name], as: UTF8.self)
                if speakers == nil { speakers = Set(labels.compactMap { $0.map { SpeakerLabel(name: $0.name).speakerID } }) }
                guard speakers!.contains(word.uppercased()) else { continue }
            }
            labels[index] = (Substring(String(decoding: text[name], as: UTF8.self)), end + 1 - line.lowerBound)
        }
    }

    /// Whether the speech's first 100 bytes name the label's word as a whole word followed by " from " and
    /// a capital: a journalist introducing themselves ("Sir, Sidhant from WION").
    private static func introducesItself(_ name: Range<Int>, in text: [UInt8], speech: Range<Int>) -> Bool {
        let from = Array(" from ".utf8)
        let limit = min(speech.upperBound, speech.lowerBound + 100)
        var start = speech.lowerBound
        while start + name.count + from.count < limit {
            defer { start += 1 }
            guard text[start] == text[name.lowerBound], text[start..<(start + name.count)].elementsEqual(text[name]),
                  text[(start + name.count)..<(start + name.count + from.count)].elementsEqual(from) else { continue }
            let before = text[start - 1]
            guard before == 0x20 || before == UInt8(ascii: ",") else { continue }
            let after = text[start + name.count + from.count]
            if after >= 0x80 || (after >= UInt8(ascii: "A") && after <= UInt8(ascii: "Z")) { return true }
        }
        return false
    }

    /// Labels beside a time, added to `labels`, and each one's time and where its name starts, by line:
    /// after a time, "[00:01:23] SECRETARY BLINKEN:" (the label's length counts from the line's start);
    /// and Otter's "Sergey Lavrov  0:02", a name alone and a time, the speech below, in a file with two or
    /// more such lines (one alone may be a header's "Hotel Wilson 10:00").
    private func timedLabels(_ lines: [Range<Int>], in text: [UInt8],
                             labels: inout [(name: Substring, length: Int)?]) -> [Int: (marker: Marker, nameStart: Int)] {
        var times: [Int: (marker: Marker, nameStart: Int)] = [:]
        for index in lines.indices where labels[index] == nil {
            guard let (time, rest) = LabelTime.leading(lines[index], in: text),
                  let label = ProseShape.label(at: rest..<lines[index].upperBound, in: text, grammar: grammar) else { continue }
            labels[index] = (label.name, rest - lines[index].lowerBound + label.length)
            times[index] = (time, rest)
        }
        var namesWithTimes: [(index: Int, name: Substring, time: Marker)] = []
        for index in lines.indices where labels[index] == nil {
            guard let (time, nameEnd) = LabelTime.trailing(lines[index], in: text),
                  let first = ProseShape.firstScalar(lines[index], in: text), ProseShape.isUppercase(first) else { continue }
            let name = Substring(String(decoding: text[lines[index].lowerBound..<nameEnd], as: UTF8.self))
            if grammar.isLabel(name) { namesWithTimes.append((index, name, time)) }
        }
        if namesWithTimes.count >= 2 {
            for (index, name, time) in namesWithTimes {
                labels[index] = (name, lines[index].count)
                times[index] = (time, lines[index].lowerBound)
            }
        }
        return times
    }

    /// The delivery, language and time markers that a label's asides are, "Emmanuel Macron (retranslated):",
    /// "Mr. Nebenzia (Russian Federation) (spoke in Russian):", "Speaker 1 (00:02):" (an aside such as
    /// "(Reuters)" is none).
    private func asideMarkers(of label: (name: Substring, length: Int)?, at line: Range<Int>?, in text: [UInt8],
                              scanner: MarkerScanner) -> [Marker] {
        guard let label, let line, let last = label.name.utf8.last, SpeakerLabelGrammar.closesAside(last) else { return [] }
        return SpeakerLabelGrammar.asides(in: Array(label.name.utf8)).compactMap { aside in
            let group = (line.lowerBound + aside.lowerBound)..<(line.lowerBound + aside.upperBound)
            guard let marker = scanner.scan(text, group).markers.first, marker.range == group,
                  marker.kind == .delivery || marker.kind == .language || marker.kind == .time else { return nil }
            return marker
        }
    }

    /// Removes the delivery, language and time markers that open the turn — right after the label, or at
    /// the start of its first paragraph, in brackets or full-width parentheses ("（通訳）") — and returns them.
    private func takeLeadingMarkers(from paragraphs: inout [Range<Int>], in text: [UInt8],
                                    scanner: MarkerScanner) -> [Marker] {
        var taken: [Marker] = []
        let fullWidthOpen: [UInt8] = [0xEF, 0xBC, 0x88], fullWidthClose: [UInt8] = [0xEF, 0xBC, 0x89]  // "（", "）"
        while let first = paragraphs.first {
            let lead = text[first.lowerBound]
            let isFullWidth = lead == 0xEF && text[first].starts(with: fullWidthOpen)
            guard lead == UInt8(ascii: "(") || lead == UInt8(ascii: "[") || isFullWidth else { break }
            // Only the opening group matters: scan up to its closing bracket, not the whole paragraph.
            let closer: [UInt8] = isFullWidth ? fullWidthClose : lead == UInt8(ascii: "(") ? [UInt8(ascii: ")")] : [UInt8(ascii: "]")]
            let limit = min(first.upperBound, first.lowerBound + MarkerScanner.maximumGroupBytes)
            guard let closeStart = (first.lowerBound..<limit).first(where: { start in
                start + closer.count <= limit && text[start..<(start + closer.count)].elementsEqual(closer) }) else { break }
            let close = closeStart + closer.count - 1
            let found = scanner.scan(text, first.lowerBound..<(close + 1)).markers
            guard let marker = found.first, marker.range.lowerBound == first.lowerBound,
                  marker.kind == .delivery || marker.kind == .language || marker.kind == .time else { break }
            taken.append(marker)
            let rest = text.trimmingSpaces(marker.range.upperBound..<first.upperBound)
            if rest.isEmpty { paragraphs.removeFirst() } else { paragraphs[0] = rest }
        }
        return taken
    }
}
