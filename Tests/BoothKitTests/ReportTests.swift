import Testing
import TestSupport
@testable import BoothKit

func review(_ files: [String]) throws -> (flags: [Flag], results: [(transcript: Transcript, matches: [TermMatch])], glossary: Glossary) {
    let bundled = try GlossaryLoader.bundled()
    let matcher = try TermMatcher(index: try TermIndex(bundled))
    let results = try files.map { file -> (transcript: Transcript, matches: [TermMatch]) in
        let parsed = try transcript(file: file)
        return (parsed, try matcher.matches(in: parsed))
    }
    return (try Reviewer(glossary: bundled).review(results), results, bundled)
}

@Suite struct ReviewerTests {
    @Test func stockholmGapNearNATOIsAnError() throws {
        let flags = try review([Fixtures.stockholm]).flags.filter { $0.code == .inaudibleGap }
        #expect(flags.count == 3)
        let nato = try #require(flags.first { $0.position == Position(line: 19, column: 677) })
        #expect(nato.severity == .error)
        #expect(nato.message.contains("NATO"))
        #expect(nato.speaker == "LAVROV" && nato.mode == .interpreted)
    }

    @Test func bothFilesTogetherGiveInconsistentRenderingAndDeprecatedTerm() throws {
        let flags = try review(Fixtures.corpora).flags
        let inconsistent = flags.filter { $0.code == .inconsistentRendering && $0.concept == "indivisibility" }
        #expect(Set(inconsistent.map(\.file)) == Set(Fixtures.corpora))
        let deprecated = flags.filter { $0.code == .deprecatedTerm }
        #expect(deprecated.map(\.text) == ["State Secretary"])
        #expect(deprecated.first?.position == Position(line: 21, column: 48))
        #expect(flags.filter { $0.code == .repairedBreak }.count == 2)
        // The words around a join are whole: no "tha" for "that", no "material" for "materials".
        #expect(flags.filter { $0.code == .repairedBreak }.map(\.text) == [
            "I do hope that not everyone in the State Department was working on those materials",
            "address some of the concerns that you've raised, as well as the deep concerns that",
        ])
    }

    /// The context of a place: whole words on one line, even where a word is cut by the byte count.
    @Test func wordsAroundAPlaceAreWholeAndOnItsLine() {
        let text = Array("First line ends here.\nThe interpretation was joined right here within a rather long sentence.\nNext".utf8)
        let join = text.firstIndex(of: UInt8(ascii: "j"))!
        let around = Reviewer.wordsAround(join..<(join + 6), in: text, context: 12)
        #expect(String(decoding: text[around], as: UTF8.self) == "interpretation was joined right here within")
        let wide = Reviewer.wordsAround(join..<(join + 6), in: text, context: 200)
        #expect(String(decoding: text[wide], as: UTF8.self) == "The interpretation was joined right here within a rather long sentence.")
        // A word longer than the widening allows is cut, at a character's edge.
        let long = Array(("Ааааааааааааааааааааааааааааааааааааа " + "word").utf8)
        let cut = Reviewer.wordsAround(70..<71, in: long, context: 5, widening: 3)
        #expect(String(validating: long[cut], as: UTF8.self) != nil)
    }

    /// Long texts are shortened after a word, without a comma hanging before the ellipsis.
    @Test func excerptsEndAfterAWord() {
        #expect(Excerpt.shortened("short", limit: 160) == "short")
        let sentence = "Our meeting is quite short, but still our delegation wants to make a step on a way to implement the principled agreements"
        #expect(Excerpt.shortened(sentence, limit: 40) == "Our meeting is quite short, but still…")
        #expect(Excerpt.shortened(sentence, limit: 30) == "Our meeting is quite short…")
        #expect(Excerpt.shortened(String(repeating: "x", count: 50), limit: 20) == String(repeating: "x", count: 19) + "…")
        #expect(Excerpt.shortened(sentence, limit: 40).count <= 40)
    }

    @Test func inflectionsOfOneWordingAreNotInconsistent() throws {
        let flags = try review([Fixtures.stockholm]).flags
        // "Minsk agreement" (Lavrov) and "Minsk agreements" (Blinken): different speakers, one file.
        #expect(!flags.contains { $0.concept == "minsk" })
    }

    @Test func mixedScriptAndUnbalancedMarkersAreFlagged() throws {
        // "NАTO" with a Cyrillic А.
        let parsed = try transcript("MODERATOR: The N\u{0410}TO summit (inaudible was short.\n")
        let flags = try Reviewer(glossary: nil).review([(parsed, [])])
        #expect(flags.map(\.code) == [.mixedScript, .unbalancedMarker])
        #expect(flags[0].text == "N\u{0410}TO")
        #expect(flags[1].text == "(")
    }

    /// A flag in an opening statement whose speaker only the title names says so: the attribution is
    /// Booth's reading, not the transcript's.
    @Test func aSpeakerNamedByTheHeaderIsSaidToBeSo() throws {
        let parsed = try transcript("Remarks by Foreign Minister Sergey Lavrov, Moscow, June 11, 2024\n\nLadies and gentlemen,\n\n"
            + "We have held useful talks (inaudible) today.\n\nQuestion: What next?\n\nSergey Lavrov: We will see (inaudible).\n")
        let flags = try Reviewer(glossary: nil).review([(parsed, [])]).filter { $0.code == .inaudibleGap }
        #expect(flags.count == 2 && flags.allSatisfy { $0.speaker == "LAVROV" })
        #expect(flags[0].message.contains("by LAVROV (named by the header, not a label)"), "\(flags[0].message)")
        #expect(!flags[1].message.contains("named by the header"))
    }

    /// A flag in a turn of the chair's title names who holds the chair, as the record's chair note says.
    @Test func aChairsTitleIsNamedInAFlag() throws {
        let parsed = try transcript("IN THE CHAIR: PINA PICIERNO\nVice-President\n\nPresident. – The next item is (inaudible) the vote.\n\n"
            + "Manfred Weber, on behalf of the PPE Group. – (DE) Madam President, we (inaudible) agree.\n")
        let flags = try Reviewer(glossary: nil).review([(parsed, [])]).filter { $0.code == .inaudibleGap }
        #expect(flags.map(\.speaker) == ["PRESIDENT", "WEBER"])
        #expect(flags[0].message.contains("by PRESIDENT (PINA PICIERNO in the chair)"), "\(flags[0].message)")
        #expect(!flags[1].message.contains("in the chair"))
    }

    /// A word the transcriber wrote as heard is flagged with the word itself, not only the marker; the
    /// sentence around it is no gap.
    @Test func wordsWrittenAsHeardAreFlaggedWithTheWord() throws {
        let parsed = try transcript("QUESTION: What did Minister Shoygu [ph] and Mr. Al-Sisi (phonetic) say? And Mr. Kuleba (sp?)? (PH Senate) agreed.\n")
        let flags = try Reviewer(glossary: nil).review([(parsed, [])])
        #expect(flags.map(\.code) == [.unverifiedSpelling, .unverifiedSpelling, .unverifiedSpelling])
        #expect(flags.map(\.text) == ["Shoygu [ph]", "Al-Sisi (phonetic)", "Kuleba (sp?)"])
        #expect(flags.allSatisfy { $0.severity == .warning && $0.speaker == "QUESTION" })
        #expect(!parsed.markers.contains { $0.kind.isGap })
        // Offsets are the original's: the flag's bytes are the word and the marker as written.
        #expect(Array(parsed.source.bytes[flags[1].start..<flags[1].end]) == Array("Al-Sisi (phonetic)".utf8))
    }

    @Test func quotationsAndNumbersInInterpretedSpeechOnly() throws {
        let parsed = try transcript("""
        FOREIGN MINISTER LAVROV: (Via interpreter) He said “never”. We met twice. There were 300 troops.
        SECRETARY BLINKEN: There were 300 troops.
        """)
        let flags = try Reviewer(glossary: nil).review([(parsed, [])]).filter { $0.code == .interpretedQuoteRisk }
        #expect(flags.map(\.text) == ["He said “never”.", "There were 300 troops."])
        // The message names the number, which a long sentence's excerpt may cut off.
        #expect(flags[1].message.contains("holding a number (\"300\")"))
        #expect(!flags[0].message.contains("number"))
        let long = try transcript("FOREIGN MINISTER LAVROV: (Via interpreter) Both Russia and the United States should stick to a responsible approach, bearing in mind how important our two states are.\n")
        let named = try Reviewer(glossary: nil).review([(long, [])]).filter { $0.code == .interpretedQuoteRisk }
        #expect(named.map(\.message).first?.contains("holding a number (\"two\")") == true)
        #expect(Reviewer.firstNumber(Array("about 5.2% in 2024".utf8), 0..<18) == 6..<10)
        #expect(Reviewer.firstNumber(Array("the Третий round".utf8), 0..<21) == 4..<16)
    }
}

@Suite struct HTMLReportTests {
    /// Each transcript's heading line gives what its header says: title, date, time and place.
    @Test func transcriptsAreIntroducedByTheirHeader() throws {
        let parsed = try transcript("Press Briefing on March 4, 2024\n\n1:47 P.M. EDT\n\nJames S. Brady Press Briefing Room\n\nMS. JEAN-PIERRE: Good afternoon.\n")
        let html = HTMLReport(results: [(parsed, [])], flags: [], glossary: nil).render()
        #expect(html.contains("Press Briefing on March 4, 2024 · 2024-03-04 · 1:47 P.M. EDT · James S. Brady Press Briefing Room"), "\(html)")
    }

    /// A turn of the chair's title shows who holds the chair beside its label.
    @Test func theChairsPersonIsShownBesideTheLabel() throws {
        let parsed = try transcript("IN THE CHAIR: PINA PICIERNO\nVice-President\n\nPresident. – The next item is the vote.\n\nManfred Weber. – We agree.\n")
        let html = HTMLReport(results: [(parsed, [])], flags: [], glossary: nil).render()
        #expect(html.contains(">President. – (PINA PICIERNO in the chair)<"), "\(html)")
        #expect(!html.contains("Weber. – ("))
    }

    /// Each transcript opens with its speakers in figures: turns, words, interpreted words, gaps; an
    /// interview's interviewee said to be named by the header.
    @Test func eachTranscriptListsItsSpeakers() throws {
        let stockholm = try transcript(file: Fixtures.stockholm)
        let html = HTMLReport(results: [(stockholm, [])], flags: [], glossary: nil).render()
        let lavrov = try #require(try SpeakerSummary.summaries(of: stockholm).first)
        #expect(html.contains("<table class=\"speakers\">"))
        #expect(html.contains("<tr><td>FOREIGN MINISTER LAVROV</td><td>1</td><td>\(lavrov.words)</td><td>\(lavrov.words)</td><td>3</td></tr>"), "\(html.prefix(3000))")
        let interview = try transcript("Entretien de M. Jean-Noël Barrot avec « RFI »\n\nQ - Bonsoir.\n\nR - Bonsoir <à> tous.\n")
        let page = HTMLReport(results: [(interview, [])], flags: [], glossary: nil).render()
        #expect(page.contains("<td>BARROT (named by the header)</td>"))
    }

    @Test func everyFlagHasAnAnchorAndALink() throws {
        let reviewed = try review(Fixtures.corpora)
        let html = HTMLReport(results: reviewed.results, flags: reviewed.flags, glossary: reviewed.glossary).render()
        #expect(!reviewed.flags.isEmpty)
        for index in reviewed.flags.indices {
            let anchor = HTMLReport.anchor(index)
            #expect(html.contains("id=\"\(anchor)\""), "no anchor for \(anchor)")
            #expect(html.contains("href=\"#\(anchor)\""))
        }
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page must not reach the network")
        #expect(html.contains("class=\"turn interpreted\""))
    }

    @Test func transcriptTextIsEscapedEverywhere() throws {
        let parsed = try transcript("SECRETARY BLINKEN: <script>alert(1)</script> and \"quotes\" & &lt;b&gt; (inaudible) \" onmouseover=\"x\n")
        let flags = try Reviewer(glossary: nil).review([(parsed, [])])
        let html = HTMLReport(results: [(parsed, [])], flags: flags, glossary: nil).render()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        // "&lt;b&gt;" is decoded by normalization to the text "<b>", which the page shows escaped.
        #expect(parsed.text(in: parsed.turns[0].range).contains("& <b>"))
        #expect(html.contains("&amp; &lt;b&gt;") && !html.contains("<b>"))
        #expect(!html.contains("\" onmouseover=\"x"))
    }
}

@Suite struct RenderingLedgerTests {
    /// Across files, each file's first use of each rendering is flagged once, with its count; a use the
    /// file's own check (one speaker, two renderings) flagged is not flagged again.
    @Test func oneFlagPerFileAndRenderingAcrossFiles() throws {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let texts = [
            "a.txt": "MODERATOR: The talks went well. The talks will go on.\n",
            "b.txt": "MODERATOR: The negotiations went well.\n",
            "c.txt": "MODERATOR: The talks and the negotiations went well.\n",
        ]
        let results = try texts.keys.sorted().map { name -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(Array(texts[name]!.utf8), name: name)))
            return (parsed, try matcher.matches(in: parsed))
        }
        let flags = try Reviewer(glossary: bundled).review(results).filter { $0.concept == "negotiations" }
        // a.txt: first "talks" only, with its count; b.txt: "negotiations"; c.txt: both uses, by the file's
        // own check (one speaker), not again by the run-wide one.
        #expect(flags.map(\.file) == ["c.txt", "c.txt", "a.txt", "b.txt"])
        #expect(flags[0].message.contains("by the same speaker"))
        #expect(flags[2].text == "talks" && flags[2].message.contains("(2 times in this file)") && flags[2].message.contains("(3 files)"))
        #expect(flags[3].text == "negotiations" && flags[3].message.contains("\"talks\""))
    }

    /// A concept used in English in one file and in Russian in another is not rendered inconsistently:
    /// renderings are compared within one language.
    @Test func renderingsInTwoLanguagesAreNotInconsistent() throws {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let texts = ["en.txt": "MODERATOR: The OSCE met today.\n", "ru.txt": "ВЕДУЩИЙ: Сегодня собралась ОБСЕ.\n",
                     "en2.txt": "MODERATOR: The OSCE met again.\n"]
        let results = try texts.keys.sorted().map { name -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(Array(texts[name]!.utf8), name: name)))
            return (parsed, try matcher.matches(in: parsed))
        }
        #expect(results.allSatisfy { $0.matches.contains { bundled.concepts[$0.conceptIndex].id == "osce" } })
        let flags = try Reviewer(glossary: bundled).review(results)
        #expect(!flags.contains { $0.code == .inconsistentRendering })
    }

    /// The run-wide flags come back from the temporary file with the places of their uses: several
    /// first uses a file, on several lines, after multi-byte characters and after web chrome the
    /// normalizer removed (so offsets in the normalized text and in the file differ), by two speakers.
    @Test func runWideFlagsKeepTheirPlaces() throws {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let texts = [
            "a.txt": "[state.gov](https://www.state.gov)\n\nMODERATOR: Добро — the talks went well.\n\n"
                + "SECRETARY BLINKEN: « Ça va », the Secretary of State said.\n",
            "b.txt": "MODERATOR: The negotiations went well, said the State Secretary.\n",
        ]
        let results = try texts.keys.sorted().map { name -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(Array(texts[name]!.utf8), name: name)))
            return (parsed, try matcher.matches(in: parsed))
        }
        let ledger = RenderingLedger()
        let reviewer = Reviewer(glossary: bundled)
        let firstUses = results.map { reviewer.reviewFile($0.transcript, $0.matches).renderings }
        for uses in firstUses { try ledger.record(uses) }
        let flags = try ledger.flags(glossary: bundled)
        #expect(flags.map(\.text) == ["talks", "Secretary of State", "negotiations", "State Secretary"])
        #expect(flags.map(\.speaker) == ["MODERATOR", "BLINKEN", "MODERATOR", "MODERATOR"])
        // Two blocks' headers, and about 20 bytes a use (128 when each field took eight).
        #expect(ledger.spilledBytes <= 16 * 2 + 32 * firstUses.joined().count)
        for flag in flags {
            let bytes = Array(texts[flag.file]!.utf8)
            let transcript = try #require(results.first { $0.transcript.source.name == flag.file }).transcript
            #expect(String(decoding: bytes[flag.start..<flag.end], as: UTF8.self) == flag.text)
            #expect(transcript.text(in: flag.range) == flag.text)
            let before = bytes[..<flag.start]
            let line = before.filter { $0 == 0x0A }.count + 1
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: bytes[lineStart..<flag.start], as: UTF8.self).unicodeScalars.count + 1
            #expect(flag.position == Position(line: line, column: column), "\(flag.file): \(flag.text)")
            #expect(flag.turn == transcript.turns.first { $0.range.contains(flag.range.lowerBound) }?.index)
            #expect(flag.mode == transcript.turns[flag.turn!].mode)
        }
    }

    @Test func oneRenderingEverywhereIsNotFlagged() throws {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let results = try ["a.txt", "b.txt"].map { name -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try TranscriptParser().parse(try Normalizer().normalize(try SourceDecoder.decode(Array("MODERATOR: The talks went well.\n".utf8), name: name)))
            return (parsed, try matcher.matches(in: parsed))
        }
        let flags = try Reviewer(glossary: bundled).review(results)
        #expect(!flags.contains { $0.code == .inconsistentRendering })
    }
}

@Suite struct NumberWordSetTests {
    @Test func caseInsensitiveForLatinAndCyrillic() {
        for word in ["twenty", "Twenty", "TWENTY", "тысячи", "Тысячи", "ТЫСЯЧИ", "Процентов", "ПЯТЬ"] {
            #expect(NumberWordSet.english.contains(Array(word.utf8)[...]), "\(word)")
        }
        for word in ["twentyone", "twent", "one", "тысяч", "Москва", "", String(repeating: "a", count: 40)] {
            #expect(!NumberWordSet.english.contains(Array(word.utf8)[...]), "\(word)")
        }
    }
}

@Suite struct ScriptMixingShortcutTests {
    /// Words the checker passes without ICU are ones ICU's spoof checker passes too: random words of
    /// ASCII, Cyrillic U+0400–U+047F and general punctuation U+2000–U+203F. And a Latin word with a
    /// Cyrillic letter goes to ICU, which flags it.
    @Test func wordsPassedWithoutICUArePassedByICU() throws {
        let checker = try #require(ScriptMixingChecker.shared)
        var generator = SplitMix64(seed: 7)
        let ascii = Array("abcxyzABCXYZ0159.-'".unicodeScalars)
        var passed = 0
        for _ in 0..<20_000 {
            var word = String.UnicodeScalarView()
            let script = generator.next() % 2  // 0: Latin word, 1: Cyrillic word
            for _ in 0..<(1 + Int(generator.next() % 8)) {
                switch generator.next() % 4 {
                case 0: word.append(Unicode.Scalar(UInt32(0x2000 + generator.next() % 0x40))!)
                case 1 where script == 1: word.append(Unicode.Scalar(UInt32(0x0400 + generator.next() % 0x80))!)
                default: word.append(script == 0 ? ascii[Int(generator.next() % UInt64(ascii.count))] : "5")
                }
            }
            let bytes = Array(String(word).utf8)
            guard ScriptMixingChecker.isPlainlyOneScript(bytes, 0..<bytes.count) else { continue }
            passed += 1
            var padded = bytes
            padded.append(0x20)
            #expect(checker.mixedWords(in: padded, 0..<padded.count).isEmpty || bytes.contains(0x20),
                    "ICU flags \(String(word)) (\(word.map { String($0.value, radix: 16) }))")
        }
        #expect(passed > 10_000)
        // Reading each word once finds what finding it first and then asking `isPlainlyOneScript` finds.
        let pieces = ["Minsk", "Мinsk", "Минск", "Mинск", "OSCE", "ОБСЕ", "—", "’", "é", "中", "ѣ", " ", ", ", "2022", "a", "я"]
        var flagged = 0
        for _ in 0..<3_000 {
            let text = Array((0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
            let once = checker.mixedWords(in: text, 0..<text.count)
            #expect(once == checker.mixedWords(in: text, 0..<text.count, readsEachWordOnce: false), "\(String(decoding: text, as: UTF8.self))")
            flagged += once.count
        }
        #expect(flagged > 1_000)
        let mixed = Array("Minsk Мinsk".utf8)  // the second word starts with a Cyrillic М
        #expect(!ScriptMixingChecker.isPlainlyOneScript(mixed, 6..<mixed.count))
        #expect(checker.mixedWords(in: mixed, 0..<mixed.count) == [6..<mixed.count])
    }
}

@Suite struct QuotesAndNumbersTests {
    /// What the quote-risk check finds in a sentence — a quotation mark; a digit or a number word
    /// (3–20 bytes) — is what a plain reading finds: words are runs of ASCII letters, Cyrillic
    /// (U+0400–U+04FF) and Latin letters beyond ASCII (U+00C0–U+024F). Random texts, long words among
    /// them (the letters of a word are skipped eight at a time).
    @Test func findsWhatAPlainReadingFinds() {
        let pieces = ["twenty", "Twenty", "THOUSAND", "percent", "million", "тысячи", "Процентов", "one", "the", "a",
                      "internationalization", "abcdefghijklmnopqrstuvwxyz", "negotiations", "café", "déjà", "x",
                      "7", "2022", " ", " ", " ", ",", ".", "-", "'", "\"", "«", "»", "“", "”", "—", "\n", "twentyfold", "fifths"]
        var generator = SplitMix64(seed: 41)
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 12)
            let text = Array((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
            let found = Reviewer.quotesAndNumbers(text, 0..<text.count)
            // The plain reading.
            var quotes = false, number = false
            var word: [UInt8] = []
            func closeWord() {
                if word.count >= 3, word.count <= 20, NumberWordSet.english.contains(word[...]) { number = true }
                word.removeAll()
            }
            for scalar in String(decoding: text, as: UTF8.self).unicodeScalars {
                let value = scalar.value
                if (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || (0x0400...0x04FF).contains(value)
                    || (0x00C0...0x024F).contains(value) {
                    word += Array(String(scalar).utf8)
                    continue
                }
                closeWord()
                if (0x30...0x39).contains(value) { number = true }
                if Reviewer.isQuotation(value) { quotes = true }
            }
            closeWord()
            #expect(found.quotes == quotes && found.number == number, "\(String(decoding: text, as: UTF8.self).debugDescription)")
        }
    }
}
