import Foundation
import Synchronization
import Testing
import TestSupport
@testable import BoothKit

func glossary(_ fixture: String) throws -> Glossary {
    try GlossaryLoader.read(try Fixtures.bytes("Tests/Fixtures/glossary/\(fixture)"), file: fixture)
}

/// (concept id, term, kind, matched text) for every match in a text.
func matches(_ text: String, glossary: Glossary, language: String? = nil) throws -> [String] {
    let parsed = try transcript(text, language: language)
    let found = try TermMatcher(index: try TermIndex(glossary)).matches(in: parsed)
    return found.map { match in
        let concept = glossary.concepts[match.conceptIndex]
        return "\(concept.id)|\(concept.terms[match.termIndex].text)|\(match.kind.rawValue)|\(parsed.text(in: match.range))"
    }
}

@Suite struct GlossaryReaderTests {
    @Test func tbxV2TbxV3AndCSVReadTheSameConceptsAndGiveIdenticalMatches() throws {
        let text = """
        SECRETARY BLINKEN: The OSCE and the Minsk agreement matter, as does the indivisibility of security.
        FOREIGN MINISTER LAVROV: (Via interpreter) State Secretary, the Minsk agreements are the basis.
        """
        let versions = try ["small-v2.tbx", "small-v3.tbx", "small.csv"].map(glossary)
        for version in versions {
            #expect(version.concepts.map(\.id) == ["osce", "minsk", "indivisibility", "secstate"])
            #expect(version.warnings.isEmpty, "\(version.warnings)")
        }
        let results = try versions.map { try matches(text, glossary: $0) }
        #expect(results[0] == [
            "osce|OSCE|exact|OSCE", "minsk|Minsk agreement|exact|Minsk agreement",
            "indivisibility|indivisibility of security|exact|indivisibility of security",
            "secstate|State Secretary|exact|State Secretary", "minsk|Minsk agreements|exact|Minsk agreements",
        ])
        #expect(results[1] == results[0])
        #expect(results[2] == results[0])
        // Statuses agree too.
        let statuses = versions.map { $0.concepts[3].terms.map(\.status) }
        #expect(statuses.allSatisfy { $0 == [.preferred, .deprecated] })
    }

    @Test func tbxDetailsAreRead() throws {
        let v2 = try glossary("small-v2.tbx")
        #expect(v2.concepts[0].terms[0].matching == .caseSensitive)
        #expect(v2.concepts[1].terms[2].partOfSpeech == "noun")
        #expect(v2.concepts[2].definition == "No state strengthens its security at the expense of others.")
        #expect(v2.concepts[3].terms[1].note == "A calque of the Russian title.")
        let csv = try glossary("small.csv")
        #expect(csv.concepts[3].terms[1].note == "A calque of the Russian title, \"State Secretary\".")
    }

    @Test func externalEntityIsRefusedWithItsPosition() {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE martif [
          <!ENTITY secret SYSTEM "file:///etc/passwd">
        ]>
        <martif><text><body><termEntry id="x"><langSet xml:lang="en"><tig><term>&secret;</term></tig></langSet></termEntry></body></text></martif>
        """
        #expect(throws: GlossaryError(file: "evil.tbx", position: Position(line: 3, column: 3),
                                      message: "XML entity declarations are refused: Booth never expands or resolves entities")) {
            try TBXReader.read(Array(xml.utf8), file: "evil.tbx")
        }
    }

    @Test func billionLaughsIsRefusedAtOnce() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
        for level in 1...9 { xml += " <!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1 == 0 ? "" : String(level - 1));", count: 10) + "\">\n" }
        xml += "]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&lol9;</term></tig></langSet></termEntry></body></text></martif>\n"
        #expect(throws: GlossaryError.self) { try TBXReader.read(Array(xml.utf8), file: "bomb.tbx") }
    }

    @Test func undeclaredEntityAndMalformedXMLReportLineAndColumn() throws {
        let undeclared = "<martif><text><body>\n<termEntry><langSet xml:lang=\"en\"><tig><term>&nope;</term></tig></langSet></termEntry></body></text></martif>"
        let error = try #require(throws: GlossaryError.self) { try TBXReader.read(Array(undeclared.utf8), file: "u.tbx") }
        #expect(error.position?.line == 2)
        let broken = "<martif>\n<text>\n<body></text></martif>"
        let brokenError = try #require(throws: GlossaryError.self) { try TBXReader.read(Array(broken.utf8), file: "b.tbx") }
        #expect(brokenError.position?.line == 3)
        #expect(brokenError.description.hasPrefix("b.tbx:3:"))
    }

    @Test func externalDTDIsNeverFetchedAndTheFileStillReads() throws {
        // small-v2.tbx names "TBXcoreStructV02.dtd", which does not exist: reading must not need it.
        #expect(try glossary("small-v2.tbx").concepts.count == 4)
    }

    @Test func warningsForDuplicateIdsEmptyTermsAndUnknownLanguages() throws {
        let xml = """
        <martif><text><body>
        <termEntry id="a"><langSet xml:lang="en"><tig><term>alpha</term></tig></langSet></termEntry>
        <termEntry id="a"><langSet xml:lang="en"><tig><term>alpha two</term></tig></langSet></termEntry>
        <termEntry id="b"><langSet xml:lang="en"><tig><term> </term></tig></langSet></termEntry>
        <termEntry id="c"><langSet xml:lang="qq"><tig><term>gamma</term></tig></langSet></termEntry>
        </body></text></martif>
        """
        let read = try TBXReader.read(Array(xml.utf8), file: "w.tbx")
        let messages = read.warnings.map { "\($0.position.line): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3: duplicate concept id 'a'") })
        #expect(messages.contains { $0.hasPrefix("4: empty term") })
        #expect(messages.contains { $0.hasPrefix("5: unknown language 'qq'") })
        #expect(read.concepts.first?.terms.map(\.text) == ["alpha", "alpha two"])
    }

    @Test func utf16GlossariesAreRead() throws {
        let csv = "concept,en,ru\nosce,OSCE,ОБСЕ\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in csv.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try CSVGlossaryReader.read(utf16, file: "u16.csv").concepts.first?.terms.map(\.text) == ["OSCE", "ОБСЕ"])
        let tbx = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><martif><text><body><termEntry id=\"o\"><langSet xml:lang=\"ru\"><tig><term>ОБСЕ</term></tig></langSet></termEntry></body></text></martif>"
        var tbx16: [UInt8] = [0xFE, 0xFF]
        for unit in tbx.utf16 { tbx16 += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TBXReader.read(tbx16, file: "u16.tbx").concepts.first?.terms.first?.text == "ОБСЕ")
    }

    @Test func csvRaggedRowsAndQuotedNewlinesAndVariants() throws {
        let csv = "concept,en,ru,status\n\"c1\",\"Minsk\nagreements\"|Minsk accords,Минские соглашения\nc2,ceasefire\n"
        let read = try CSVGlossaryReader.read(Array(csv.utf8), file: "r.csv")
        #expect(read.concepts.map(\.id) == ["c1", "c2"])
        #expect(read.concepts[0].terms.map(\.text) == ["Minsk\nagreements", "Minsk accords", "Минские соглашения"])
        #expect(read.warnings.map(\.position.line) == [2, 4])
        #expect(throws: GlossaryError.self) { try CSVGlossaryReader.read(Array("concept,en\nc,\"open".utf8), file: "q.csv") }
    }

    @Test func bundledGlossaryIsLargeAndCoversTheCorpora() throws {
        let bundled = try GlossaryLoader.bundled()
        #expect(bundled.concepts.count >= 150)
        #expect(bundled.warnings.isEmpty, "\(bundled.warnings.prefix(3))")
        for concept in bundled.concepts {
            #expect(Set(concept.terms.map(\.language)).isSuperset(of: ["en", "ru"]), "\(concept.id) lacks en or ru")
        }
        let secretary = try #require(bundled.concepts.first { $0.id == "secretary-of-state" })
        #expect(secretary.terms.first { $0.text == "State Secretary" }?.status == .deprecated)
    }

    /// Italian and Portuguese too, Italian's elided articles cut off as French's are ("l'integrità
    /// territoriale", "dell'Unione europea": the word with its article matched nothing).
    @Test func bundledGlossaryMatchesItalianAndPortugueseTurns() throws {
        let bundled = try GlossaryLoader.bundled()
        let italian = try matches("""
            Conferenza stampa

            Ministro Tajani: Abbiamo parlato delle sanzioni con gli alleati. La sovranità e l'integrità territoriale sono il fondamento del diritto internazionale.
            """, glossary: bundled)
        #expect(italian == ["sanctions|sanzioni|exact|sanzioni", "allies|alleati|exact|alleati",
                            "sovereignty|sovranità|exact|sovranità", "territorial-integrity|integrità territoriale|exact|integrità territoriale",
                            "international-law|diritto internazionale|exact|diritto internazionale"])
        let portuguese = try matches("""
            Conferência de imprensa

            Pergunta: O ministro também falou com os parceiros sobre as sanções? Não é uma questão nova, e nós sabemos que a soberania e a integridade territorial são importantes.
            """, glossary: bundled)
        #expect(portuguese == ["partners|parceiros|exact|parceiros", "sanctions|sanções|exact|sanções",
                               "sovereignty|soberania|exact|soberania", "territorial-integrity|integridade territorial|exact|integridade territorial"])
    }

    /// A language's tries are built when a matcher first needs them, once, whichever worker asks first:
    /// matchers on many threads at once find what one finds alone.
    @Test func languagesAreBuiltOnFirstUseAndAgreeAcrossThreads() throws {
        let bundled = try GlossaryLoader.bundled()
        let index = try TermIndex(bundled)
        #expect(index.matchableLanguages == ["de", "en", "es", "fr", "it", "pt", "ru"])
        let texts = ["MODERATOR: The OSCE and NATO discussed sanctions and the ceasefire.\n",
                     "ВЕДУЩИЙ: ОБСЕ и НАТО обсудили санкции и прекращение огня.\n",
                     "Wagner (AA): Die NATO und die OSZE haben über Sanktionen und die Waffenruhe gesprochen.\n",
                     "Portavoz.- La OTAN y la OSCE hablaron de sanciones y del alto el fuego con nuestros socios.\n"]
        let transcripts = try texts.map { try transcript($0) }
        let alone = try transcripts.map { try TermMatcher(index: try TermIndex(bundled)).matches(in: $0).map(\.conceptIndex) }
        #expect(alone.allSatisfy { $0.count >= 3 })
        let results = Mutex<[Int: [Int]]>([:])
        DispatchQueue.concurrentPerform(iterations: 16) { iteration in
            let found = try? TermMatcher(index: index).matches(in: transcripts[iteration % transcripts.count]).map(\.conceptIndex)
            results.withLock { $0[iteration] = found }
        }
        for (iteration, found) in results.withLock({ $0 }) { #expect(found == alone[iteration % transcripts.count]) }
    }

    /// The bundled glossary's Spanish and German terms (its core concepts) are found in Spanish and German
    /// turns, inflected: such turns had no matches at all.
    @Test func bundledGlossaryMatchesSpanishAndGermanTurns() throws {
        let bundled = try GlossaryLoader.bundled()
        let german = try matches("""
            Regierungspressekonferenz

            Wagner (AA): Wir setzen uns für eine Waffenruhe ein. Das Völkerrecht gilt, und die Sanktionen bleiben. Die Vereinten Nationen sind gefordert.
            """, glossary: bundled)
        #expect(german == ["ceasefire|Waffenruhe|exact|Waffenruhe", "international-law|Völkerrecht|exact|Völkerrecht",
                           "sanctions|Sanktionen|exact|Sanktionen", "un|Vereinte Nationen|inflected|Vereinten Nationen"])
        let spanish = try matches("""
            Rueda de prensa

            Portavoz.- Pedimos un alto el fuego y ayuda humanitaria. La OTAN y la Unión Europea respetan el derecho internacional.
            """, glossary: bundled)
        #expect(spanish == ["ceasefire|alto el fuego|exact|alto el fuego", "humanitarian-aid|ayuda humanitaria|exact|ayuda humanitaria",
                            "nato|OTAN|exact|OTAN", "eu|Unión Europea|exact|Unión Europea",
                            "international-law|derecho internacional|exact|derecho internacional"])
    }
}

@Suite struct TermMatcherTests {
    @Test func russianInflectionsMatchThroughStems() throws {
        let found = try matches("Мы обсудили выполнение Минских соглашений и роль ОБСЕ в обеспечении неделимости безопасности.",
                                glossary: glossary("small-v2.tbx"))
        #expect(found == ["minsk|Минские соглашения|inflected|Минских соглашений", "osce|ОБСЕ|exact|ОБСЕ",
                          "indivisibility|неделимость безопасности|inflected|неделимости безопасности"])
    }

    /// Russian terms in guillemets, as MID transcripts write them: the quotation marks fold (to '"') beside
    /// the folded word, and each fold is its own edit, so the match is the words alone — and a term matched
    /// as written ("ОБСЕ") is compared with the word, not with "«ОБСЕ»" (it used to be missed).
    @Test func russianTermsInGuillemetsAreTheWordsAlone() throws {
        let found = try matches("Мы говорили о «ОБСЕ», о «Минских соглашениях» и о „неделимости безопасности“ — вчера.",
                                glossary: glossary("small-v2.tbx"))
        #expect(found == ["osce|ОБСЕ|exact|ОБСЕ", "minsk|Минские соглашения|inflected|Минских соглашениях",
                          "indivisibility|неделимость безопасности|inflected|неделимости безопасности"])
    }

    /// French elides articles and pronouns into the next word ("l'OTAN", "d’Europe"), which UAX #29 keeps
    /// one word: the elision is cut off, and the match is the word alone. Other languages keep the
    /// apostrophe's word whole ("l'OTAN" in an English turn is no match for OTAN).
    @Test func frenchElisionsAreCutOff() throws {
        let glossary = Glossary(name: "t", concepts: [
            Concept(id: "nato", terms: [Term(text: "OTAN", language: "fr")]),
            Concept(id: "europe", terms: [Term(text: "sécurité européenne", language: "fr")]),
        ])
        let text = "M. Le Drian : Nous avons parlé de l'OTAN et de l’OTAN, puis de l’OTAN et de la sécurité européenne, qu'OTAN aussi.\n"
        #expect(try matches(text, glossary: glossary, language: "fr")
                == ["nato|OTAN|exact|OTAN", "nato|OTAN|exact|OTAN", "nato|OTAN|exact|OTAN",
                    "europe|sécurité européenne|exact|sécurité européenne", "nato|OTAN|exact|OTAN"])
        let english = Glossary(name: "t", concepts: [Concept(id: "nato", terms: [Term(text: "OTAN", language: "en")])])
        #expect(try matches("We spoke of l'OTAN today.\n", glossary: english, language: "en").isEmpty)
    }

    @Test func acronymsMatchAsWrittenWithAPossessive() throws {
        let nato = Glossary(name: "t", concepts: [Concept(id: "nato", terms: [Term(text: "NATO", language: "en")])])
        #expect(try matches("NATO’s extension and NATO's plans, not nato or Nato.", glossary: nato)
                == ["nato|NATO|exact|NATO’s", "nato|NATO|exact|NATO's"])
    }

    @Test func variantWithDroppedFunctionWord() throws {
        let found = try matches("We refer to the principle of indivisible security.", glossary: glossary("small.csv"))
        #expect(found == ["indivisibility|indivisibility of security|variant|indivisible security"])
    }

    @Test func aMatchNeverCrossesAMarkerOrASentence() throws {
        let text = "MODERATOR: The Minsk (inaudible) agreements. The Minsk. Agreements are good.\n"
        #expect(try matches(text, glossary: glossary("small.csv")).isEmpty)
    }

    @Test func longestMatchWins() throws {
        let concepts = [
            Concept(id: "security", terms: [Term(text: "security", language: "en")]),
            Concept(id: "guarantees", terms: [Term(text: "security guarantees", language: "en")]),
        ]
        #expect(try matches("We need security guarantees and security.", glossary: Glossary(name: "t", concepts: concepts))
                == ["guarantees|security guarantees|exact|security guarantees", "security|security|exact|security"])
    }

    @Test func exactTermsDoNotMatchInflections() throws {
        let talks = Glossary(name: "t", concepts: [Concept(id: "talks", terms: [Term(text: "talks", language: "en", matching: .exact)])])
        #expect(try matches("Everyone is talking about the talks.", glossary: talks) == ["talks|talks|exact|talks"])
    }
}

@Suite struct CoverageOnCorporaTests {
    func coverage() throws -> Coverage {
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let results = try Fixtures.corpora.map { file -> (transcript: Transcript, matches: [TermMatch]) in
            let parsed = try transcript(file: file)
            return (parsed, try matcher.matches(in: parsed))
        }
        return Coverage(glossary: bundled, results: results)
    }

    func report(_ id: String, in coverage: Coverage) throws -> Coverage.ConceptReport {
        try #require(coverage.concepts.first { $0.concept.id == id })
    }

    @Test func osceIsFoundInBothFiles() throws {
        let osce = try report("osce", in: try coverage())
        #expect(Set(osce.byFile.keys) == Set(Fixtures.corpora))
    }

    @Test func minskAgreementsAreListedInSingularAndPlural() throws {
        let forms = try report("minsk", in: try coverage()).forms.map(\.surface)
        #expect(Set(forms) == ["Minsk agreements", "Minsk agreement"])
    }

    @Test func indivisibilityAndIndivisibleSecurityAreOneConcept() throws {
        let indivisibility = try report("indivisibility", in: try coverage())
        #expect(indivisibility.byFile == [Fixtures.geneva: 1, Fixtures.stockholm: 1])
        let surfaces = indivisibility.occurrences.map(\.surface)
        #expect(surfaces.contains { $0.contains("indivisibility of security") })
        #expect(surfaces.contains { $0.contains("indivisible security") })
    }

    @Test func stateSecretaryIsDeprecatedWithItsPosition() throws {
        let discouraged = try coverage().discouraged
        #expect(discouraged.count == 1)
        let occurrence = try #require(discouraged.first)
        #expect(occurrence.surface == "State Secretary")
        #expect(occurrence.file == Fixtures.geneva)
        #expect(occurrence.position == Position(line: 21, column: 48))
        #expect(occurrence.speaker == "LAVROV")
        #expect(occurrence.mode == .interpreted)
        #expect(occurrence.status == .deprecated)
    }
}

/// Inputs found by fuzzing (Tests/Fixtures/fuzz), kept as regression tests.
@Suite struct FuzzRegressionTests {
    /// FoundationXML crashed (strlen on NULL) on a processing instruction without data, and on a
    /// malformed XML declaration.
    @Test func processingInstructionWithoutDataDoesNotCrash() throws {
        for fixture in ["tbx-processing-instruction.tbx", "tbx-malformed-declaration.tbx"] {
            _ = try? TBXReader.read(try Fixtures.bytes("Tests/Fixtures/fuzz/\(fixture)"), file: fixture)
        }
        let valid = "<?xml version=\"1.0\"?><?booth?><martif><text><body><?x?><termEntry id=\"o\"><langSet xml:lang=\"en\"><tig><term>OSCE</term></tig></langSet></termEntry></body></text></martif>"
        let read = try TBXReader.read(Array(valid.utf8), file: "pi.tbx")
        #expect(read.concepts.first?.terms.first?.text == "OSCE")
    }

    @Test func processingInstructionsInCDATAAndCommentsAreLeftAlone() {
        var bytes = Array("<?xml version=\"1.0\"?><a><!-- <?c?> --><![CDATA[<?d?>]]><?e f?></a>".utf8)
        XMLGuard.blankProcessingInstructions(&bytes)
        #expect(String(decoding: bytes, as: UTF8.self)
                == String(repeating: " ", count: 21) + "<a><!-- <?c?> --><![CDATA[<?d?>]]>       </a>")
    }
}

@Suite struct DefaultMatchingTests {
    /// Acronyms (two to six capitals or digits, at least two capitals; spaces, "-" and "." ignored)
    /// match as written; everything else through stems.
    @Test(arguments: [("NATO", true), ("OSCE", true), ("U.S.", true), ("EU", true), ("СНГ", true), ("P5", false),
                      ("G20", false), ("G-20", false), ("P5+1", false), ("ABCDEFG", false), ("ABC DEF", true),
                      ("Minsk", false), ("N", false), ("", false), ("start-up", false), ("NATO allies", false)])
    func acronymsMatchAsWritten(_ text: String, _ caseSensitive: Bool) {
        #expect((Term.defaultMatching(for: text) == .caseSensitive) == caseSensitive)
    }
}

@Suite struct TBXTrimTests {
    /// The glossary reader's trim is Foundation's `.whitespacesAndNewlines` trim, on random strings of
    /// every white space character and some that only look like one (U+200B, U+FEFF).
    @Test func trimIsFoundationsTrim() {
        let spaces: [Unicode.Scalar] = [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2005, 0x200A,
                                        0x2028, 0x2029, 0x202F, 0x205F, 0x3000].map { Unicode.Scalar($0)! }
        // Others: letters, marks, controls, and the space-like characters around the spaces.
        let others: [Unicode.Scalar] = ["a", "Я", "\u{0301}", "-"]
            + (Array(0x00...0x20) + Array(0x7F...0xA0) + [0x180E, 0xFEFF] + Array(0x2000...0x206F))
                .compactMap { Unicode.Scalar(UInt32($0)) }
        var generator = SplitMix64(seed: 3)
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(generator.next() % 8) {
                text.append(generator.next() % 2 == 0 ? spaces[Int(generator.next() % UInt64(spaces.count))]
                                                      : others[Int(generator.next() % UInt64(others.count))])
            }
            let string = String(text)
            #expect(TBXReader.trimmed(string) == string.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(string.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

@Suite struct WordTableTests {
    /// Every stored word is found with its value and nothing else is, through growth, through hash
    /// collisions (a deliberately bad hash puts every word in one probe chain) and after `removeAll`.
    @Test(arguments: [false, true])
    func storesAndFindsWords(collide: Bool) {
        func hash(_ word: [UInt8]) -> UInt64 { collide ? 7 : word.withUnsafeBufferPointer { FNV1a.hash($0) } }
        var table = WordTable(capacity: 2)
        let words = (0..<500).map { Array("w\($0)".utf8) } + [[], Array("ёлка".utf8)]
        for (value, word) in words.enumerated() {
            word.withUnsafeBufferPointer { table.insert($0, 0..<word.count, hash: hash(word), value: Int32(value)) }
        }
        #expect(table.count == words.count)
        for (value, word) in words.enumerated() {
            #expect(word.withUnsafeBufferPointer { table.value($0, 0..<word.count, hash: hash(word)) } == Int32(value))
        }
        let text = Array("xx w12 w499x w5000".utf8)  // words looked up in place, inside a longer text
        text.withUnsafeBufferPointer { buffer in
            #expect(table.value(buffer, 3..<6, hash: hash(Array(text[3..<6]))) == 12)
            #expect(table.value(buffer, 7..<12, hash: hash(Array(text[7..<12]))) == nil)
            #expect(table.value(buffer, 13..<18, hash: hash(Array(text[13..<18]))) == nil)
        }
        table.removeAll()
        #expect(table.count == 0)
        #expect(words[3].withUnsafeBufferPointer { table.value($0, 0..<words[3].count, hash: hash(words[3])) } == nil)
    }
}
