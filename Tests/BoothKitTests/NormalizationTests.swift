import Testing
import TestSupport
@testable import BoothKit

/// Normalizes a string with the default options.
func normalized(_ text: String) throws -> NormalizedText {
    try Normalizer().normalize(SourceText(name: "t", text: text))
}

/// Checks the two promises of normalization on one text: the edits rebuild the original exactly,
/// and every edit's original range holds the text the edit says it held.
func expectLossless(_ result: NormalizedText, sourceLocation: SourceLocation = #_sourceLocation) {
    let rebuilt = NormalizedText.rebuildOriginal(normalized: result.bytes, edits: result.edits)
    #expect(rebuilt == result.source.bytes, sourceLocation: sourceLocation)
    for edit in result.edits {
        #expect(result.source.text(in: edit.start..<edit.end) == edit.original, sourceLocation: sourceLocation)
    }
}

@Suite struct NormalizerOnCorporaTests {
    @Test func genevaLayoutBreaksAreRepairedInsideOneParagraph() throws {
        let result = try Normalizer().normalize(Fixtures.source(Fixtures.geneva))
        let paragraphs = result.text.components(separatedBy: "\n\n")
        #expect(paragraphs.contains { $0.contains("not everyone in the State Department was working") })
        #expect(paragraphs.contains { $0.contains("concerns that you've raised, as well as") })
        let repairs = result.edits.filter { $0.reason == .paragraphRepair }
        #expect(repairs.map(\.original) == ["\n\n", "\n\n"])
        #expect(repairs.map(\.replacement) == [" ", " "])
    }

    @Test func headerLinesAreNotJoined() throws {
        let text = try Normalizer().normalize(Fixtures.source(Fixtures.geneva)).text
        #expect(text.contains("\n\nHotel Wilson\n\nGeneva, Switzerland\n\nJanuary 21, 2022\n\n"))
    }

    @Test(arguments: Fixtures.corpora)
    func noWebChromeSurvives(file: String) throws {
        let text = try Normalizer().normalize(Fixtures.source(file)).text
        for chrome in ["official website", "Here's how you know", ".gov website", "HTTPS", "A lock",
                       "state.gov", "4-5 minutes", "\n---\n", "U.S. Department of State\n", "The Lessons of 1989"] {
            #expect(!text.contains(chrome), "\(chrome) survived in \(file)")
        }
        // Speech survives: first and last words of each turn's speech are there.
        #expect(text.contains("SECRETARY BLINKEN: Sergey, thank you"))
    }

    @Test func labelEmphasisIsRemovedAsMarkup() throws {
        let result = try Normalizer().normalize(Fixtures.source(Fixtures.geneva))
        #expect(result.text.contains("\nFOREIGN MINISTER LAVROV: (Via interpreter) State Secretary"))
        #expect(result.text.contains("\nSECRETARY BLINKEN: Sergey"))
        #expect(!result.text.contains("**"))
        #expect(result.edits.filter { $0.reason == .markup }.map(\.original) == ["**", "**", "**", "**"])
    }

    @Test func stockholmNoBreakSpacesBecomeSpaces() throws {
        let result = try Normalizer().normalize(Fixtures.source(Fixtures.stockholm))
        #expect(!result.text.unicodeScalars.contains("\u{00A0}"))
        #expect(result.text.hasPrefix("FOREIGN MINISTER LAVROV: (Via interpreter) So Mr. Secretary of State, (inaudible). I believe"))
        // Typographic apostrophes and dashes belong to the transcript: kept in the display text.
        #expect(result.text.contains("it’s evident"))
        #expect(result.text.contains("Ukraine – well"))
    }

    @Test(arguments: Fixtures.corpora)
    func editsRebuildTheOriginalByteForByte(file: String) throws {
        expectLossless(try Normalizer().normalize(Fixtures.source(file)))
    }

    @Test func offsetsInTheNormalizedTextMapBackToTheOriginal() throws {
        let result = try Normalizer().normalize(Fixtures.source(Fixtures.geneva))
        let normalizedBytes = result.bytes
        let needle = Array("SECRETARY BLINKEN:".utf8)
        let start = try #require(normalizedBytes.firstRange(of: needle))
        let original = result.originalRange(of: start)
        #expect(result.source.text(in: original) == "SECRETARY BLINKEN:")
        // A range spanning the repaired break maps to the original with the blank line in it.
        let repaired = try #require(normalizedBytes.firstRange(of: Array("the State Department".utf8)))
        #expect(result.source.text(in: result.originalRange(of: repaired)) == "the State\n\nDepartment")
    }
}

@Suite struct NormalizerRuleTests {
    @Test func unicodeSpacesInvisiblesAndLineEndings() throws {
        let result = try normalized("A\u{00A0}B\u{2009}C\u{200B}D\u{00AD}E\r\nF\rG\tH\u{FEFF}")
        #expect(result.text == "A B CDE\nF\nG H\n")
        expectLossless(result)
    }

    /// Text copied from a page's source keeps HTML character references: named (XML's five, Latin-1,
    /// typography) and numeric ones are decoded as markup edits; an ampersand that starts none stays,
    /// and so does a reference to a character text must not hold.
    @Test func htmlCharacterReferencesAreDecoded() throws {
        let text = "AT&T &amp; Q&A: caf&eacute; &#8220;Minsk&#x201D;&nbsp;&mdash; it&rsquo;s &frac12; &euro;5 "
            + "&#0; &#x0D800; &#1114112; &#x7; &bogus; &amp &AMP; &#; &#x;\n"
        let result = try normalized(text)
        #expect(result.text == "AT&T & Q&A: café “Minsk” — it’s ½ €5 &#0; &#x0D800; &#1114112; &#x7; &bogus; &amp &AMP; &#; &#x;\n")
        // One edit per reference, those side by side too.
        #expect(result.edits.filter { $0.reason == .markup }.map(\.original)
                == ["&amp;", "&eacute;", "&#8220;", "&#x201D;", "&nbsp;", "&mdash;", "&rsquo;", "&frac12;", "&euro;"])
        expectLossless(result)
        // A reference whose character is itself cleaned (a soft hyphen) leaves nothing, losslessly.
        let shy = try normalized("inter&shy;national\n")
        #expect(shy.text == "international\n")
        expectLossless(shy)
    }

    @Test func zeroWidthJoinersAreKeptBecauseTheyCarryMeaning() throws {
        #expect(try normalized("می\u{200C}خواهم").text == "می\u{200C}خواهم\n")
    }

    @Test func nfcComposesAndRecordsAUnicodeEdit() throws {
        let result = try normalized("Cafe\u{0301} и\u{0306}")
        // Compare bytes: Swift's String == treats canonically equivalent strings as equal.
        #expect(result.bytes == Array("Caf\u{E9} \u{439}\n".utf8))
        let unicodeEdits = result.edits.filter { $0.reason == .unicode }
        #expect(unicodeEdits.map { Array($0.original.utf8) } == [Array("e\u{0301}".utf8), Array("и\u{0306}".utf8)])
        expectLossless(result)
    }

    /// Lines of ASCII and code points passing the quick check as Yes with combining class 0 skip ICU:
    /// every such text is in form by ICU too (random texts from the whole table, NFC and NFKC), the
    /// Russian alphabet and typographic punctuation are in the NFC table, and combining marks, marks
    /// that compose, and NFKC-changed characters are not.
    @Test(arguments: [NormalizationForm.nfc, .nfkc])
    func quickYesLinesAreInFormByICU(_ form: NormalizationForm) throws {
        let normalizer = try ICUNormalizer(form == .nfc ? .nfc : .nfkc)
        let table = form == .nfc ? QuickYesTable.nfc : QuickYesTable(normalizer)
        let members = (0x80..<0x10000).filter { table.contains($0) }
        #expect(members.count > 40_000)
        var generator = SplitMix64(seed: 83)
        for _ in 0..<5_000 {
            let scalars = (0..<Int(generator.next() % 12 + 1)).map { _ -> Unicode.Scalar in
                generator.next() % 3 == 0 ? Unicode.Scalar(UInt8(0x20 + generator.next() % 0x5F))
                    : Unicode.Scalar(UInt32(members[Int(generator.next() % UInt64(members.count))]))!
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            let bytes = Array(text.utf8)
            #expect(table.holdsOnly(bytes, 0..<bytes.count))
            #expect(try normalizer.isNormalized(bytes[...]), "\(scalars.map { String($0.value, radix: 16) })")
        }
        if form == .nfc {
            for letter in "АБВЁЙЖЯабвёйжя«»—–“”’…№" { #expect(table.contains(Int(letter.unicodeScalars.first!.value)), "\(letter)") }
        }
        for other: UInt32 in [0x0301, 0x0306, 0x0308, 0x0327, 0x3099, 0x1161, 0xD800] { #expect(!table.contains(Int(other))) }
        if form == .nfkc { for other: UInt32 in [0xFB01, 0xFF12, 0x00A0, 0x2026] { #expect(!table.contains(Int(other))) } }
    }

    /// The cleanup pass skips eight bytes at a time where nothing can change (Russian letters included):
    /// the same text and edits as reading byte by byte, on random text with every character it changes.
    @Test func cleanupSkippingIsByteByByte() {
        let pieces = ["Москва", "мир", " ", "\u{00A0}", "\u{2009}", "\u{200B}", "\u{00AD}", "\u{FEFF}", "\u{2028}", "\u{0085}",
                      "\r\n", "\r", "\t", "\u{0B}", "\u{01}", "\u{7F}", "«", "»", "—", "“", "é", "中", "😀", "\u{3000}", "abc", "12345678"]
        var generator = SplitMix64(seed: 89)
        var edited = 0
        for _ in 0..<3_000 {
            let text = Array((0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined().utf8)
            var slow = CharacterCleanupPass()
            slow.skipsPlainRuns = false
            let fast = CharacterCleanupPass().apply(to: text), reference = slow.apply(to: text)
            #expect(fast.text == reference.text && fast.map.spans == reference.map.spans, "\(String(decoding: text, as: UTF8.self).debugDescription)")
            if !reference.map.spans.isEmpty { edited += 1 }
        }
        #expect(edited > 1_000)
    }

    @Test func nfkcFoldsCompatibilityForms() throws {
        let options = Normalizer.Options(form: .nfkc)
        let result = try Normalizer(options: options).normalize(SourceText(name: "t", text: "ﬁnal ２０２２"))
        #expect(result.text == "final 2022\n")
        expectLossless(result)
    }

    @Test func spacesCollapseAndLinesAreTrimmed() throws {
        let result = try normalized("\n\n  Hello   there  \n\n\n\nNext   line   \n\n")
        #expect(result.text == "Hello there\n\nNext line\n")
        expectLossless(result)
    }

    @Test func emphasisAroundALabelGoesButOtherEmphasisStays() throws {
        let result = try normalized("**MS. PSAKI**: Thank you.\n\n**This is important.** Indeed.\n")
        #expect(result.text == "MS. PSAKI: Thank you.\n\n**This is important.** Indeed.\n")
        // In italics, or bold and italic; not a bullet, not emphasis of another width or around prose.
        let italics = try normalized("*Question*: Another?\n\n_Sergey Lavrov:_ Yes.\n\n***Q:*** Why?\n\n"
            + "* Item: one\n\n*Note*: prose.\n\n**Question*: Odd.\n")
        #expect(italics.text == "Question: Another?\n\nSergey Lavrov: Yes.\n\nQ: Why?\n\n"
            + "* Item: one\n\n*Note*: prose.\n\n**Question*: Odd.\n")
        expectLossless(italics)
    }

    @Test func breakAfterAFinishedSentenceIsNotRepaired() throws {
        let text = "We discussed the situation in great detail today.\n\nThen we went to lunch with all the others.\n"
        #expect(try normalized(text).text == text)
    }

    @Test func breakBeforeASpeakerLabelIsNotRepaired() throws {
        let text = "and we had a long talk about all of this without\n\nQUESTION: Thank you very much, Mr. Secretary.\n"
        #expect(try normalized(text).text == text)
    }

    /// "A." opens an answer in files whose questions are "Q." (the parser decides per file); a question
    /// cut off by the page must not swallow the answer after it.
    @Test func breakBeforeADottedAnswerIsNotRepaired() throws {
        let text = "Q. Mr. Secretary, a question on the talks with the Russian side and the\n\nA. Well, we have said many times what we think of all of this.\n"
        #expect(try normalized(text).text == text)
        let parsed = try TranscriptParser().parse(normalized(text))
        #expect(parsed.turns.map(\.speakerID) == ["QUESTION", "ANSWER"])
    }

    /// A salutation ends in a comma, and the speech after it starts a paragraph of its own.
    @Test func breakAfterASalutationIsNotRepaired() throws {
        let text = "Mr. Secretary-General, Excellencies, ladies and gentlemen, dear friends,\n\nIt is an honour to be here with you in Geneva today.\n"
        #expect(try normalized(text).text == text)
        let russian = "Уважаемый господин Генеральный секретарь, уважаемые дамы и господа,\n\nРад приветствовать вас сегодня здесь в Женеве.\n"
        #expect(try normalized(russian).text == russian)
        // A longer paragraph broken after a comma is layout, as before.
        let layout = try normalized("We have spoken many times about these concerns, and we discussed them again today with our partners, the French,\n\nGermans and British, who share them.\n")
        #expect(layout.edits.contains { $0.reason == .paragraphRepair })
    }

    @Test func breakBeforeALowercaseContinuationIsRepaired() throws {
        let result = try normalized("We have spoken many times about these concerns that you\n\nraised.\n")
        #expect(result.text == "We have spoken many times about these concerns that you raised.\n")
        expectLossless(result)
    }

    /// Chinese and Japanese text from a PDF breaks lines inside sentences: joined with nothing between
    /// (there are no spaces between words); a short line (a heading), a line set apart by a blank line, a
    /// line ending with final punctuation and a label after the break are left.
    @Test func lineBreaksInsideChineseSentencesAreJoinedWithoutASpace() throws {
        let result = try normalized("毛宁：我们坚决反对这种做法，并且要求对方\n立即停止一切挑衅行为。我们将采取必要措施\n来维护国家主权。\n")
        #expect(result.text == "毛宁：我们坚决反对这种做法，并且要求对方立即停止一切挑衅行为。我们将采取必要措施来维护国家主权。\n")
        #expect(result.edits.filter { $0.reason == .paragraphRepair }.count == 2)
        expectLossless(result)
        #expect(try normalized("今年第一季度我国国内生产总值同比增长了\n5.3%。\n").text == "今年第一季度我国国内生产总值同比增长了5.3%。\n")
        let japanese = try normalized("本日、私から申し上げたいことは、日本と中国の\n関係についてです。\n")
        #expect(japanese.text == "本日、私から申し上げたいことは、日本と中国の関係についてです。\n")
        for text in ["冒頭発言\n本日は以上です。\n",
                     "2024年3月4日外交部发言人毛宁主持例行记者会\n\n我们坚决反对这种做法并且要求对方立即停止。\n",
                     "我们坚决反对这种做法并且要求对方立即停止。\n我们将采取必要措施来维护国家主权。\n",
                     "我们坚决反对这种做法并且要求对方立即停止\n法新社记者：据报道。\n"] {
            #expect(try normalized(text).text == text, "\(text)")
        }
        // The characters are counted over the paragraph as joined so far, not its last line: a line that
        // joined the one before by the spaced rule brings its own (found by the idempotence property test).
        let joined = try normalized("ぅぅぃぁAn official website of the United States Government Here's how you know\nぅぃFOREIGN MINISTER LAVROV: ぅぅ(Via interpreter) ぁぁ\n〡")
        #expect(joined.text.hasSuffix("ぁぁ〡\n"))
        #expect(try normalized(joined.text).text == joined.text)
    }

    /// Text taken from a PDF (as verbatim records are published) hyphenates words at line ends: the
    /// word is joined without a space, and without the hyphen where the text has the word whole.
    @Test func wordsHyphenatedAtLineEndsAreJoined() throws {
        let text = """
            The President: I thank the Secretary-
            General for his briefing and the representa-
            tive of the Russian Federation, who spoke of the interna-
            tional situation. International law is clear. We need a long-
            term plan for 2022-
            2025. Мы обсудили между-
            народную обстановку и международное право, а также по-
            прежнему сложную ситуацию, требующую реше-
            ния.

            """
        let result = try normalized(text)
        // "representative" and "решения" are nowhere else in the text: "tive" and "ния" are endings, no
        // compound's second word.
        #expect(result.text == "The President: I thank the Secretary-General for his briefing and the representative of the Russian "
            + "Federation, who spoke of the international situation. International law is clear. We need a long-term plan for "
            + "2022-2025. Мы обсудили международную обстановку и международное право, а также по-прежнему сложную ситуацию, "
            + "требующую решения.\n")
        expectLossless(result)
        #expect(try normalized(result.text).text == result.text)
        // Quotation marks and dashes are no part of a word, beside the cut or elsewhere.
        let quoted = try normalized("We have always spoken of the “rules-based interna-\ntional order” and of “international law” together.\n")
        #expect(quoted.text == "We have always spoken of the “rules-based international order” and of “international law” together.\n")
        // A dash at a line's end is not a hyphen: "the –" and "word -" are joined with a space, as before.
        let dashes = try normalized("We have discussed this matter with our partners in the\nregion - and they agree with us on most of\nthe points -\nand the rest.\n")
        #expect(dashes.text == "We have discussed this matter with our partners in the region - and they agree with us on most of the points - and the rest.\n")
    }

    /// A soft hyphen at a line's end (U+00AD, `&shy;` in a page) is where a typesetter broke the word:
    /// the word is joined whole, whatever the rest of the text holds, and the join is a repair a reader
    /// can review. Not before a blank line or a marker, and not with paragraph repair off.
    @Test func wordsBrokenAtSoftHyphensAreJoinedWhole() throws {
        let text = "The Minister said that the represen\u{00AD}\ntatives of the Organization for Security and Co\u{00AD}\r\noperation in Europe stands.\n"
        let result = try normalized(text)
        #expect(result.text == "The Minister said that the representatives of the Organization for Security and Cooperation in Europe stands.\n")
        #expect(result.edits.filter { $0.reason == .paragraphRepair }.count == 2)
        expectLossless(result)
        let reference = try normalized("We will discuss the inter&shy;\nnational situation at length tomorrow morning.\n")
        #expect(reference.text == "We will discuss the international situation at length tomorrow morning.\n")
        // Soft hyphens elsewhere are removed as before; one before a blank line or a bracket joins nothing.
        #expect(try normalized("Inter\u{00AD}national law\u{00AD}\n\n(Laughter.)\n").text == "International law\n\n(Laughter.)\n")
        let kept = try Normalizer(options: .init(repairsParagraphs: false)).normalize(SourceText(name: "t", text: "the long\u{00AD}\nterm plan\n"))
        #expect(kept.text == "the long\nterm plan\n")
    }

    @Test func titleLinesAreNeverJoinedToTheSpeechAfterThem() throws {
        let text = "Secretary Blinken’s Remarks With Foreign Minister Lavrov Before Their Meeting\n\nThe meeting began at noon and lasted for more than two hours.\n"
        #expect(try normalized(text).text == text)
        // Title case leaves articles and short prepositions in lower case; a title ending in a date is one too.
        for title in ["Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
                      "Выступление С.В.Лаврова на пресс-конференции по итогам переговоров, Москва, 11 июня 2024 года"] {
            let page = title + "\n\nThe following is a near-verbatim transcript of today's noon briefing.\n"
            #expect(try normalized(page).text == page, "\(title)")
        }
        // Nor is a site's trail of links joined to the title after it.
        for trail in ["Home | Office of the Spokesperson | Press briefings and remarks", "Home › Office of the Spokesperson › Remarks and releases",
                      "Пресс-служба » Выступления и ответы на вопросы » Стенограммы"] {
            let page = trail + "\n\nSecretary Blinken's Remarks to the Press on the meeting in Geneva\n"
            #expect(try normalized(page).text == page, "\(trail)")
        }
    }

    /// Text taken from a PDF: the running heads and feet around the form feeds go, page numbers alone on
    /// a line go, and the speech a page break cut is joined again.
    @Test func pageFurnitureOfPDFTextIsRemoved() throws {
        let record = "The President (spoke in French): I thank Mr. Guterres for his briefing. We have discussed the situation in\n\n"
            + "23-05284 2/12\n\u{0C}S/PV.9000\nSecurity Council\n\nconsiderable detail and we will continue to work.\n\n"
            + "Mr. Nebenzia (Russian Federation): We have listened carefully to the statements made\r\n\r\n23-05284 3/12\r\n"
            + "\u{0C}S/PV.9000\r\nSecurity Council\r\n\r\nby our colleagues today.\n\n23-05284 4/12\n\u{0C}S/PV.9000\nSecurity Council\n\n"
            + "The President: I now give the floor to the representative of Ukraine.\n"
        let result = try normalized(record)
        expectLossless(result)
        #expect(!result.text.contains("S/PV") && !result.text.contains("Security Council") && !result.text.contains("23-05284"), "\(result.text)")
        #expect(result.text.contains("the situation in considerable detail"))
        #expect(result.text.contains("the statements made by our colleagues today."))
        // One page break tells nothing: a line beside it stays, but a page number goes anywhere.
        let onePage = try normalized("We have discussed the situation in\n\nPage 2 of 5\n\n\u{0C}UNITED NATIONS\n\nconsiderable detail.\n")
        expectLossless(onePage)
        #expect(onePage.text.contains("UNITED NATIONS") && !onePage.text.contains("Page 2"), "\(onePage.text)")
        for number in ["3", "- 3 -", "— 12 —", "2/5", "Стр. 2", "Страница 2 из 5", "Seite 2 von 5", "p. 4"] {
            #expect(try normalized("We have discussed the situation in\n\(number)\nconsiderable detail.\n").text
                    == "We have discussed the situation in considerable detail.\n", "\(number)")
        }
        // Copied from a PDF viewer, without form feeds: the UN's running heads go all the same.
        let copied = try normalized("We have discussed the situation in\n23-05284 3/12\nS/PV.9000\nconsiderable detail.\n\nA/78/PV.12\n\nS/PV.9000 (Resumption 1)\n\nAs S/PV.9000 shows, we agree.\n")
        expectLossless(copied)
        #expect(copied.text == "We have discussed the situation in considerable detail.\n\nAs S/PV.9000 shows, we agree.\n", "\(copied.text)")
        // The running head with the symbol, the title and the date, and the job number after the page, on
        // even and odd pages.
        let heads = try normalized("We have discussed the situation in\n2/12 23-05284\nS/PV.9000 Maintenance of international peace and security 10/04/2023\nconsiderable detail and\n10/04/2023 Maintenance of international peace and security S/PV.9000\nwe agree.\n")
        expectLossless(heads)
        #expect(heads.text == "We have discussed the situation in considerable detail and we agree.\n", "\(heads.text)")
        // A label or a marker a page starts with is speech, however often it does.
        let labels = try normalized("Thank you.\n\u{0C}QUESTION:\nWhat next?\n\u{0C}QUESTION:\nAnd then?\n\u{0C}(Laughter.)\nYes.\n\u{0C}(Laughter.)\n")
        #expect(labels.text.components(separatedBy: "QUESTION:").count == 3 && labels.text.contains("(Laughter.)"), "\(labels.text)")
    }

    @Test func userBoilerplatePatternsAreApplied() throws {
        let patterns = try BoilerplatePatterns(listText: "# comment\nPrinted from .*\n", file: "mine.txt")
        let normalizer = try Normalizer(options: .init(boilerplate: patterns))
        let result = try normalizer.normalize(SourceText(name: "t", text: "Printed from example.org\nSpeech.\n"))
        #expect(result.text == "Speech.\n")
        #expect(result.edits.first?.reason == .boilerplate)
    }

    /// The start filter only skips lines the patterns cannot match, and the patterns of plain text
    /// looked up as lines find what they would as regular expressions: on every line of the sample
    /// transcripts (English and Russian), on chrome lines, and on those lines cut short and re-cased,
    /// the matcher agrees with all the patterns as one bare regular expression (and does find the chrome).
    @Test(arguments: [false, true])
    func startFilterAndLiteralLinesNeverHideChrome(userList: Bool) throws {
        let patterns = userList
            ? try BoilerplatePatterns(listText: "(?i)printed from .*\nQ&A\n\\d+ views\n(?:Меню|Поиск)\nÉdition\n", file: "mine.txt")
            : BoilerplatePatterns.bundled
        let chrome = ["Here's how you know", "Here’s how you know", "4-5 minutes", "3 min read", "---", "* * *",
                      "https://www.state.gov/x", "<https://mid.ru>", "[state.gov](https://www.state.gov)",
                      "Official websites use .gov", "Share this page", "SHARE THIS PAGE", "Print | Email",
                      "Версия для печати", "Printed from example.org", "PRINTED FROM x", "Q&A", "12 views",
                      "Главная » Новости » Стенограммы", "Главная", "Новости", "Все новости", "Related Articles", "Tags",
                      "Меню", "Поиск", "Édition", "Home | Remarks",
                      "Whatsapp: abre ventana nueva", "• Enviar por correo: abre ventana nueva", "  • x: abre ventana nueva"]
        var lines = chrome
        for file in Fixtures.corpora + ["Tests/Fixtures/align/stockholm-ru.txt", "Tests/Fixtures/align/geneva-ru.txt"] {
            lines += String(decoding: try Fixtures.bytes(file), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        lines += lines.flatMap { [String($0.prefix(1)), String($0.prefix(2)), String($0.prefix(3)), $0.uppercased(), $0.lowercased()] }
        let all = try ICURegex(pattern: patterns.sources.map { "(?:\($0))" }.joined(separator: "|"), caseInsensitive: false).matcher()
        var found = 0
        for line in lines {
            let bytes = Array(line.utf8)
            let range = bytes.trimmingSpaces(0..<bytes.count)
            let expected = !range.isEmpty && range.count <= BoilerplatePatterns.maximumLineBytes && all.matchesWhole(bytes, range)
            #expect(patterns.matcher().matches(bytes, range) == expected, "\(line.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found >= (userList ? 7 : 20))
    }

    /// La Moncloa's sharing links, bulleted or not, are chrome (they were header lines of the transcript).
    @Test func moncloaSharingLinksAreChrome() {
        let matcher = BoilerplatePatterns.bundled.matcher()
        for line in ["Whatsapp: abre ventana nueva", "• Enviar por correo: abre ventana nueva", "• x: abre ventana nueva"] {
            let bytes = Array(line.utf8)
            #expect(matcher.matches(bytes, 0..<bytes.count), "\(line)")
        }
        let speech = Array("Whatsapp: abre una ventana nueva para hablar".utf8)
        #expect(!matcher.matches(speech, 0..<speech.count))
    }

    /// Plain text and alternations of plain text are looked up as lines; anything else is a regular expression.
    @Test func literalPatternsAreRecognized() {
        #expect(BoilerplatePatterns.literalAlternatives("Tags") == ["Tags"])
        #expect(BoilerplatePatterns.literalAlternatives("(?:Версия для печати|Поделиться)") == ["Версия для печати", "Поделиться"])
        for pattern in ["(?i)Tags", "Share.*", "Here'?s how", "(?:a|b)c", "\\d+ views", "a||b", "(?:)", "Home|", "[Tags]"] {
            #expect(BoilerplatePatterns.literalAlternatives(pattern) == nil, "\(pattern)")
        }
    }

    @Test func invalidUserPatternNamesItsLine() {
        #expect(throws: BoilerplatePatterns.InvalidPattern.self) {
            try BoilerplatePatterns(listText: "ok\n(unclosed\n", file: "mine.txt")
        }
    }

    @Test func emptyAndBlankTextsNormalizeToEmpty() throws {
        #expect(try normalized("").text == "")
        let blank = try normalized(" \n\t\n")
        #expect(blank.text == "")
        expectLossless(blank)
    }
}


@Suite struct MatchKeyTests {
    @Test func foldsCaseCompatibilityQuotesDashesAndYo() throws {
        let key = try MatchKey(normalized("Минских «Соглашений» — ЁЛКА, OSCE’s ﬁnal Straße"))
        #expect(key.text == "минских \"соглашений\" - елка, osce's final strasse\n")
    }

    @Test func keyRangesMapBackToTheOriginalFile() throws {
        let source = SourceText(name: "t", text: "**FOREIGN MINISTER LAVROV:**\u{00A0}Выполнение  МИНСКИХ соглашений.")
        let key = try MatchKey(try Normalizer().normalize(source))
        let needle = Array("минских соглашений".utf8)
        let found = try #require(key.bytes.firstRange(of: needle))
        #expect(source.text(in: key.originalRange(of: found)) == "МИНСКИХ соглашений")
        let lavrov = try #require(key.bytes.firstRange(of: Array("lavrov".utf8)))
        #expect(source.text(in: key.originalRange(of: lavrov)) == "LAVROV")
    }

    @Test func asciiOnlyTextNeedsNoEditsWhenAlreadyLowercase() throws {
        let key = try MatchKey(normalized("already folded text"))
        #expect(key.map.spans.isEmpty)
    }
}

@Suite struct WhitespaceRegressionTests {
    /// Found by the property test: a pair of spaces straddling two eight-byte words was kept.
    @Test func doubleSpaceAcrossAWordBoundaryCollapses() throws {
        let text = "!   **Q**: \u{10001}U.S.  An official statement of the United States today\n"
        #expect(try normalized(text).text == "! **Q**: \u{10001}U.S. An official statement of the United States today\n")
    }

    @Test func spaceRunsAtEveryAlignmentCollapse() throws {
        for prefix in 0..<17 {
            for tail in ["", "x", "xxxxxxxxxxxxxxxx"] {
                let text = String(repeating: "x", count: prefix) + "a  b   c    d" + tail + "\n"
                #expect(try normalized(text).text == String(repeating: "x", count: prefix) + "a b c d" + tail + "\n")
            }
        }
    }
}
