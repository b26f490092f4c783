/// Reads transcripts (with their term matches) for what a careful reader should not quote blindly,
/// and returns the flags, file by file in text order, the run-wide renderings last.
///
/// - `inaudible-gap`: every gap marker; an error when its sentence also holds a glossary term (a key
///   term near a hole: the sentence cannot be quoted), else a warning.
/// - `deprecated-term` (warning), `forbidden-term` (error): glossary terms with those statuses.
/// - `inconsistent-rendering` (warning): one concept rendered differently by one speaker in one file
///   (every such use), or differently across the files of the run (each file's first use of each
///   rendering, through a `RenderingLedger`). Inflections of one wording are one rendering
///   (`TermMatch.form`: the stems of all its words); renderings are compared within one language (that
///   of the glossary term matched), so a Russian transcript's "ОБСЕ" is no rendering of "OSCE".
/// - `interpreted-quote-risk` (warning): a sentence of interpreted speech holding a direct quotation
///   or a number: the words and figures are the interpreter's.
/// - `repaired-break` (info): a paragraph that normalization joined, to check against the source.
/// - `mixed-script` (warning): a word mixing scripts (ICU's spoof checker).
/// - `unbalanced-marker` (warning): a "(" or "[" that never closes.
/// - `unverified-spelling` (warning): a word the transcriber wrote as heard ("Shoygu [ph]", "(phonetic)").
public struct Reviewer: Sendable {
    public let glossary: Glossary?
    /// The primary language of every term, by concept and term, as a number: the language's place among
    /// the glossary's primary languages, sorted (renderings are compared within one language).
    private let termLanguages: [[Int32]]
    /// Whether each term (by concept and term) is deprecated or forbidden.
    private let discouragedTerms: [[Bool]]

    public init(glossary: Glossary?) {
        self.glossary = glossary
        let primaries = glossary?.concepts.map { $0.terms.map { LanguageCode.primary($0.language) } } ?? []
        let languages = Array(Set(primaries.joined())).sorted()
        let ids = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($0.element, Int32($0.offset)) })
        termLanguages = primaries.map { $0.map { ids[$0]! } }
        discouragedTerms = glossary?.concepts.map { $0.terms.map(\.status.isDiscouraged) } ?? []
    }

    /// All flags of a run held in memory, in file and text order; the run-wide renderings last. Throws
    /// only when the rendering ledger's temporary file fails (`InputError.io`).
    public func review(_ results: [(transcript: Transcript, matches: [TermMatch])]) throws -> [Flag] {
        let ledger = RenderingLedger()
        var flags: [Flag] = []
        for (transcript, matches) in results {
            let file = reviewFile(transcript, matches)
            flags += file.flags
            try ledger.record(file.renderings)
        }
        return flags + (try glossary.map { try ledger.flags(glossary: $0) } ?? [])
    }

    /// One file's flags, in text order — all but the run-wide check of renderings, for which it returns
    /// the first use of each rendering, to pass to a `RenderingLedger`. Independent per file: callers may
    /// review files in parallel and drop each transcript as soon as it is reviewed.
    public func reviewFile(_ transcript: Transcript, _ matches: [TermMatch]) -> (flags: [Flag], renderings: [RenderingLedger.FirstUse]) {
        let renderings = renderingFlags(transcript, matches)
        var flags = gapFlags(transcript, matches)
        flags += termStatusFlags(transcript, matches)
        flags += quoteRiskFlags(transcript)
        flags += repairFlags(transcript)
        flags += scriptFlags(transcript)
        flags += bracketFlags(transcript)
        flags += uncertainSpellingFlags(transcript)
        flags += renderings.flags
        // In place (a sorted copy would retain every string of every flag), by start, then by code.
        // The codes' names are compared only between flags at one offset.
        flags.sort { $0.start != $1.start ? $0.start < $1.start : $0.code.rawValue < $1.code.rawValue }
        return (flags, renderings.firstUses)
    }

    /// A flag in the turn at `turnIndex` (its speaker, where the speaker comes from and its mode read in
    /// place: a `Turn` is a large value to copy). `original` and `position` are the range's in the original file, when the caller knows them.
    private func flag(_ code: FlagCode, _ severity: Severity, _ message: String, _ range: Range<Int>,
                      in transcript: Transcript, turnIndex: Int?, concept: String? = nil,
                      original known: Range<Int>? = nil, position: Position? = nil) -> Flag {
        let original = known ?? transcript.originalRange(of: range)
        // Read through a buffer pointer: the turn's properties are read where it lies, not from a copy.
        var speaker: String?, speakerFrom: Turn.SpeakerSource?, mode: DeliveryMode?
        if let turnIndex {
            transcript.turns.withUnsafeBufferPointer { turns in
                speaker = turns[turnIndex].speakerID
                speakerFrom = turns[turnIndex].speakerSource
                mode = turns[turnIndex].mode
            }
        }
        return Flag(code: code, severity: severity, message: message, file: transcript.source.name, range: range,
                    start: original.lowerBound, end: original.upperBound,
                    position: position ?? transcript.source.position(of: original.lowerBound),
                    text: transcript.text(in: range), turn: turnIndex, speaker: speaker, speakerFrom: speakerFrom,
                    mode: mode, concept: concept)
    }

    /// The speaker as a flag's message names them; one only the header names is said to be Booth's
    /// reading ("LAVROV (named by the header, not a label)"), so that nobody quotes it as the transcript's;
    /// a chair's title with who holds the chair ("PRESIDENT (PINA PICIERNO in the chair)").
    private func who(_ turn: Turn, in transcript: Transcript) -> String {
        guard let who = turn.speaker?.who.nonEmpty else { return "an unnamed speaker" }
        if let chair = turn.presiding { return who + " (\(transcript.text(in: chair)) in the chair)" }
        return turn.speakerSource == .header ? who + " (named by the header, not a label)" : who
    }

    private func gapFlags(_ transcript: Transcript, _ matches: [TermMatch]) -> [Flag] {
        var flags: [Flag] = []
        // The concepts matched in each sentence with a gap (most sentences have none: only those are kept).
        // (Turns, sentences and matches are read in place, by index: a copy of each would retain its
        // arrays and strings, and this runs over every sentence.)
        let turns = transcript.turns
        var gapSentences: [TermMatch.SentenceKey: [Int]] = [:]
        for turn in turns.indices {
            let sentences = turns[turn].sentences
            for sentence in sentences.indices where sentences[sentence].markers.contains(where: \.kind.isGap) {
                gapSentences[TermMatch.SentenceKey(turn: turns[turn].index, sentence: sentences[sentence].index)] = []
            }
        }
        guard !gapSentences.isEmpty else { return [] }
        for match in matches.indices where gapSentences[matches[match].sentenceKey] != nil {
            gapSentences[matches[match].sentenceKey]!.append(matches[match].conceptIndex)
        }
        for turn in turns.indices {
            let sentences = turns[turn].sentences
            for sentence in sentences.indices where sentences[sentence].markers.contains(where: \.kind.isGap) {
                let concepts = gapSentences[TermMatch.SentenceKey(turn: turns[turn].index, sentence: sentences[sentence].index)]!
                    .compactMap { glossary?.concepts[$0].label() }
                let interpreted = turns[turn].mode == .interpreted
                for marker in sentences[sentence].markers where marker.kind.isGap {
                    var message = "\(marker.kind.rawValue) passage in \(interpreted ? "interpreted " : "")speech by \(who(turns[turn], in: transcript))"
                    if interpreted { message += " — a gap in the interpretation, not necessarily in the speaker's words" }
                    if !concepts.isEmpty {
                        message += "; the sentence also holds \(Array(Set(concepts)).sorted().joined(separator: ", ")): do not quote it as said"
                    }
                    flags.append(flag(.inaudibleGap, concepts.isEmpty ? .warning : .error, message, marker.range,
                                      in: transcript, turnIndex: turns[turn].index))
                }
            }
        }
        return flags
    }

    /// A word the transcriber wrote as heard ("Shoygu [ph]", "(phonetic)", "(sp?)"): the flag covers the
    /// word before the marker and the marker, so the excerpt shows which word.
    private func uncertainSpellingFlags(_ transcript: Transcript) -> [Flag] {
        var flags: [Flag] = []
        for turn in transcript.turns.indices {
            for marker in transcript.turns[turn].markers where marker.kind == .uncertain {
                let start = Self.start(ofWordBefore: marker.range.lowerBound, in: transcript.normalized.bytes,
                                       notBefore: transcript.turns[turn].range.lowerBound)
                let message = "a word written as heard, its spelling not verified, in \(transcript.turns[turn].mode == .interpreted ? "interpreted " : "")"
                    + "speech by \(who(transcript.turns[turn], in: transcript)): check the spelling (most often a name's) before quoting it"
                flags.append(flag(.unverifiedSpelling, .warning, message, start..<marker.range.upperBound,
                                  in: transcript, turnIndex: transcript.turns[turn].index))
            }
        }
        return flags
    }

    /// Where the word ends before `end` (spaces between) starts: back over its letters, digits, hyphens
    /// and apostrophes ("Shoygu", "Al-Sisi", "O'Neill"); `end` itself when no word comes before it.
    static func start(ofWordBefore end: Int, in text: [UInt8], notBefore limit: Int) -> Int {
        var index = end
        while index > limit, text[index - 1] == 0x20 { index -= 1 }
        let wordEnd = index
        while index > limit {
            let (scalar, start) = ProseShape.scalar(endingAt: index, in: text)
            guard let character = Unicode.Scalar(scalar),
                  ProseShape.isLetterOrDigit(character) || scalar == 0x2D || scalar == 0x27 || scalar == 0x2019 else { break }
            index = start
        }
        return index == wordEnd ? end : index
    }

    private func termStatusFlags(_ transcript: Transcript, _ matches: [TermMatch]) -> [Flag] {
        guard let glossary else { return [] }
        // By index: most matches are of preferred or admitted terms, decided without copying the match
        // (its form is a string) or the concept.
        return matches.indices.compactMap { index in
            guard discouragedTerms[matches[index].conceptIndex][matches[index].termIndex] else { return nil }
            let match = matches[index]
            let concept = glossary.concepts[match.conceptIndex]
            let term = concept.terms[match.termIndex]
            let preferred = concept.label(in: term.language)
            let code: FlagCode = term.status == .forbidden ? .forbiddenTerm : .deprecatedTerm
            let message = "\(term.status.rawValue) term \"\(term.text)\"; the glossary prefers \"\(preferred)\""
                + (term.note.map { " (\($0))" } ?? "")
            return flag(code, term.status == .forbidden ? .error : .warning, message, match.range, in: transcript,
                        turnIndex: match.turn, concept: concept.id)
        }
    }

    /// Quotation marks: " “ ” « » „.
    static func isQuotation(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x201C, 0x201D, 0xAB, 0xBB, 0x201E: return true
        default: return false
        }
    }

    /// Whether a sentence holds a quotation mark and whether it holds a number (digits or a number
    /// word), scanned over bytes: this runs on every interpreted sentence.
    /// The first number of `text[range]` as `quotesAndNumbers` finds numbers: a token with a digit
    /// ("2022", "5.2%", "24/7") or a word of `NumberWordSet.english` ("two", "третий"). Tokens end at ASCII
    /// spaces and punctuation other than a number's own (".", ",", "%" inside a run of digits). Asked only
    /// of sentences that hold one, to name it in the flag.
    static func firstNumber(_ text: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte &- 0x30 < 10 {
                var end = index + 1
                while end < range.upperBound {
                    let next = text[end]
                    if next &- 0x30 < 10 || next == UInt8(ascii: "%") { end += 1; continue }
                    if next == UInt8(ascii: ".") || next == UInt8(ascii: ",") || next == UInt8(ascii: "/"),
                       end + 1 < range.upperBound, text[end + 1] &- 0x30 < 10 { end += 2; continue }
                    break
                }
                return index..<end
            }
            if byte < 0x80, (byte | 0x20) &- 0x61 >= 26 { index += 1; continue }
            // A word: letters, ASCII or not, up to the next ASCII byte that is no letter.
            var end = index + 1
            while end < range.upperBound, text[end] >= 0x80 || (text[end] | 0x20) &- 0x61 < 26 { end += 1 }
            if NumberWordSet.english.contains(text[index..<end]) { return index..<end }
            index = end
        }
        return nil
    }

    static func quotesAndNumbers(_ text: [UInt8], _ range: Range<Int>) -> (quotes: Bool, number: Bool) {
        let numberWords = NumberWordSet.english
        return text.withUnsafeBufferPointer { buffer in
            var quotes = false, number = false
            var index = range.lowerBound
            var wordStart: Int? = nil
            func closeWord(_ end: Int) {
                guard let start = wordStart, !number else { wordStart = nil; return }
                wordStart = nil
                guard end - start >= 3, end - start <= 20 else { return }
                if numberWords.contains(UnsafeBufferPointer(rebasing: buffer[start..<end])) { number = true }
            }
            while index < range.upperBound {
                let byte = buffer[index]
                if byte < 0x80 {
                    // A run of ASCII letters is one step: only its end matters.
                    if (byte | 0x20) &- 0x61 < 26 {
                        if wordStart == nil { wordStart = index }
                        index += 1
                        // Eight letters at a time while eight bytes remain (one unpredictable branch a
                        // word, not one a letter), then one by one.
                        while index + 8 <= range.upperBound {
                            let run = ByteScan.leadingASCIILetters(ByteScan.word(buffer, at: index))
                            index += run
                            if run < 8 { break }
                        }
                        while index < range.upperBound, (buffer[index] | 0x20) &- 0x61 < 26 { index += 1 }
                        continue
                    }
                    if byte &- 0x30 < 10 { number = true }
                    if byte == 0x22 { quotes = true }
                    closeWord(index)
                    if quotes && number { return (true, true) }
                    index += 1
                    continue
                }
                // A run of Cyrillic letters (U+0400–U+04FF, two bytes from D0–D3) is one step too, without
                // decoding: a word's letters.
                if byte & 0xFC == 0xD0 {
                    if wordStart == nil { wordStart = index }
                    index += 2
                    while index + 1 < range.upperBound, buffer[index] & 0xFC == 0xD0 { index += 2 }
                    continue
                }
                let length = UnicodeFormPass.scalarLength(byte)
                let scalar = UnicodeFormPass.scalar(in: text, at: index, length: length)
                if Self.isQuotation(scalar) { quotes = true; closeWord(index) }
                else if (0x0400...0x04FF).contains(scalar) || (0x00C0...0x024F).contains(scalar) {
                    if wordStart == nil { wordStart = index }
                } else {
                    closeWord(index)
                }
                if quotes && number { return (true, true) }
                index += length
            }
            closeWord(range.upperBound)
            return (quotes, number)
        }
    }

    private func quoteRiskFlags(_ transcript: Transcript) -> [Flag] {
        var flags: [Flag] = []
        // By index, as in `gapFlags`: this reads every interpreted sentence.
        let turns = transcript.turns, text = transcript.normalized.bytes
        for turn in turns.indices where turns[turn].mode == .interpreted {
            let sentences = turns[turn].sentences
            for sentence in sentences.indices {
                let (quotes, number) = Self.quotesAndNumbers(text, sentences[sentence].range)
                guard quotes || number else { continue }
                // Which number, since the excerpt may end before it ("…our two states…").
                let numberText = number ? Self.firstNumber(text, sentences[sentence].range).map { " (\"\(transcript.text(in: $0))\")" } ?? "" : ""
                let what = [quotes ? "a direct quotation" : nil, number ? "a number" + numberText : nil].compactMap { $0 }.joined(separator: " and ")
                flags.append(flag(.interpretedQuoteRisk, .warning,
                                  "interpreted speech by \(who(turns[turn], in: transcript)) holding \(what): the words are the interpreter's; check the original before quoting",
                                  sentences[sentence].range, in: transcript, turnIndex: turns[turn].index))
            }
        }
        return flags
    }

    private func repairFlags(_ transcript: Transcript) -> [Flag] {
        transcript.normalized.normalizedRanges(editedFor: .paragraphRepair).map { range in
            let turn = transcript.turns.first { $0.range.contains(range.lowerBound) }
            // Show the words around the join, whole.
            var flag = flag(.repairedBreak, .info,
                            "a paragraph broken by the page layout was joined here; check the source if the wording matters",
                            range, in: transcript, turnIndex: turn?.index)
            flag.text = transcript.text(in: Self.wordsAround(range, in: transcript.normalized.bytes))
            return flag
        }
    }

    /// About 40 bytes either side of a range, widened to whole words (up to 30 bytes more each side, where a
    /// word is that long), and never past a line's end: the words a reader needs to find a place.
    static func wordsAround(_ range: Range<Int>, in bytes: [UInt8], context: Int = 40, widening: Int = 30) -> Range<Int> {
        @inline(__always) func isBreak(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 }
        var start = max(0, range.lowerBound - context), end = min(bytes.count, range.upperBound + context)
        // Not into another line.
        if let newline = bytes[start..<range.lowerBound].lastIndex(of: 0x0A) { start = newline + 1 }
        if let newline = bytes[range.upperBound..<end].firstIndex(of: 0x0A) { end = newline }
        // Back to the start of a word cut in two, and on to the end of one.
        var widened = start
        while widened > 0, start - widened < widening, !isBreak(bytes[widened - 1]) { widened -= 1 }
        if widened == 0 || isBreak(bytes[widened - 1]) { start = widened }
        widened = end
        while widened < bytes.count, widened - end < widening, !isBreak(bytes[widened]) { widened += 1 }
        if widened == bytes.count || isBreak(bytes[widened]) { end = widened }
        return charAligned(start..<end, in: bytes)
    }

    /// A byte range widened or narrowed to whole UTF-8 characters.
    static func charAligned(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return start..<max(start, end)
    }

    private func scriptFlags(_ transcript: Transcript) -> [Flag] {
        guard let checker = ScriptMixingChecker.shared else { return [] }
        var flags: [Flag] = []
        let turns = transcript.turns
        for turn in turns.indices {
            for paragraph in turns[turn].paragraphs {
                for word in checker.mixedWords(in: transcript.normalized.bytes, paragraph) {
                    flags.append(flag(.mixedScript, .warning,
                                      "\"\(transcript.text(in: word))\" mixes scripts (e.g. a Cyrillic letter in a Latin word): searches and quotations will not find it",
                                      word, in: transcript, turnIndex: turns[turn].index))
                }
            }
        }
        return flags
    }

    private func bracketFlags(_ transcript: Transcript) -> [Flag] {
        transcript.unclosedBrackets.map { offset in
            let turn = transcript.turns.first { $0.range.contains(offset) }
            return flag(.unbalancedMarker, .warning,
                        "this bracket never closes: a marker such as \"(inaudible\" may be cut off, or speech may be missing",
                        offset..<(offset + 1), in: transcript, turnIndex: turn?.index)
        }
    }


    /// Who used a rendering, in which language: a speaker's renderings are compared within one language.
    private struct SpeakerAndLanguage: Hashable {
        let speaker: String
        let language: Int32
    }

    /// One speaker rendering one concept in more than one way in one file (every such use is flagged),
    /// and the first use of each rendering of each concept, for the run-wide check.
    private func renderingFlags(_ transcript: Transcript, _ matches: [TermMatch])
        -> (flags: [Flag], firstUses: [RenderingLedger.FirstUse]) {
        guard let glossary, !matches.isEmpty else { return ([], []) }
        var flags: [Flag] = []
        // The first use of each rendering, as the match's index, its language, the uses of the rendering
        // and whether the file's own check flagged it; made into `FirstUse`s once sorted, so no large value
        // is moved around.
        var firstUses: [(match: Int, language: Int32, count: Int, flaggedInFile: Bool)] = []
        let turns = transcript.turns
        // The matches grouped by concept: concepts in ascending order, each one's uses in text order.
        // Sorted as plain integers, concept << 32 | index (a comparison closure reading two matches per
        // step cost three times as much); a file's matches and a glossary's concepts are far below 2^31.
        let order = matches.indices.map { matches[$0].conceptIndex << 32 | $0 }.sorted().map { $0 & 0xFFFF_FFFF }
        // Matches are read through a buffer pointer: comparing two forms then borrows both strings
        // instead of retaining and releasing each (this runs for every match of every file).
        matches.withUnsafeBufferPointer { matches in
            var groupStart = 0
            while groupStart < order.count {
                let conceptIndex = matches[order[groupStart]].conceptIndex
                var groupEnd = groupStart + 1
                while groupEnd < order.count, matches[order[groupEnd]].conceptIndex == conceptIndex { groupEnd += 1 }
                let uses = order[groupStart..<groupEnd]
                groupStart = groupEnd
                // The language of each use: that of the glossary term matched. Renderings are compared within
                // one language ("OSCE" and "ОБСЕ" are not two renderings).
                let languageOfTerm = termLanguages[conceptIndex]
                var flagged = Set<Int>()
                // Only a concept with two renderings in the file can have a speaker using both.
                let firstUse = uses.first!
                if uses.contains(where: { matches[$0].form != matches[firstUse].form }) {
                    let bySpeaker = Dictionary(grouping: uses) {
                        SpeakerAndLanguage(speaker: turns[matches[$0].turn].speakerID ?? "", language: languageOfTerm[matches[$0].termIndex])
                    }
                    for group in bySpeaker.values where Set(group.map { matches[$0].form }).count > 1 { flagged.formUnion(group) }
                }
                if !flagged.isEmpty {
                    let concept = glossary.concepts[conceptIndex]
                    let forms = Array(Set(flagged.map { transcript.text(in: matches[$0].range) })).sorted()
                    for index in flagged.sorted() {
                        let match = matches[index]
                        let here = transcript.text(in: match.range)
                        let others = forms.filter { $0 != here }.map { "\"\($0)\"" }.joined(separator: ", ")
                        flags.append(flag(.inconsistentRendering, .warning,
                                          "\(concept.label()) is rendered \"\(here)\" here and \(others) elsewhere by the same speaker: check which rendering the speaker's words support",
                                          match.range, in: transcript, turnIndex: match.turn, concept: concept.id))
                    }
                }
                // A concept has few renderings in a file: its first uses so far are the end of `firstUses`.
                let conceptFirst = firstUses.count
                for index in uses {
                    let language = languageOfTerm[matches[index].termIndex]
                    if let known = firstUses[conceptFirst...].firstIndex(where: {
                        $0.language == language && matches[$0.match].form == matches[index].form
                    }) {
                        firstUses[known].count += 1
                    } else {
                        firstUses.append((index, language, 1, flagged.contains(index)))
                    }
                }
            }
        }
        // In text order of the original file (uses at one offset in the order found), located in one sweep
        // over the file.
        let originals = firstUses.map { transcript.originalRange(of: matches[$0.match].range) }
        let sorted = firstUses.indices.sorted { (originals[$0].lowerBound, $0) < (originals[$1].lowerBound, $1) }
        let positions = transcript.source.lines.positions(of: sorted.map { originals[$0].lowerBound }, in: transcript.source.bytes)
        let uses = sorted.indices.map { place -> RenderingLedger.FirstUse in
            let use = firstUses[sorted[place]], match = matches[use.match]
            return RenderingLedger.FirstUse(
                flag: flag(.inconsistentRendering, .warning, "", match.range, in: transcript, turnIndex: match.turn,
                           concept: glossary.concepts[match.conceptIndex].id, original: originals[sorted[place]],
                           position: positions[place]),
                concept: match.conceptIndex, language: use.language, form: match.form, count: use.count,
                flaggedInFile: use.flaggedInFile)
        }
        return (flags, uses)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
