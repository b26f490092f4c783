import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
@testable import BoothKit

/// Aligns a fixture pair with the bundled glossary.
func alignPair(_ source: String, _ target: String, anchors: Bool = true) throws -> Alignment {
    let bundled = try GlossaryLoader.bundled()
    let matcher = try TermMatcher(index: try TermIndex(bundled))
    let sourceTranscript = try transcript(file: "Tests/Fixtures/align/\(source)")
    let targetTranscript = try transcript(file: "Tests/Fixtures/align/\(target)")
    return DocumentAligner(options: .init(usesAnchors: anchors))
        .align(source: sourceTranscript, sourceMatches: try matcher.matches(in: sourceTranscript),
               target: targetTranscript, targetMatches: try matcher.matches(in: targetTranscript))
}

func gold(_ name: String) throws -> GoldStandard {
    try GoldStandard(text: String(decoding: try Fixtures.bytes("Tests/Fixtures/align/\(name)"), as: UTF8.self), file: name)
}

@Suite struct GoldStandardTests {
    /// A gold file reads the same with LF and CRLF line ends; a bad line is named by its number.
    @Test func crlfLinesAreLines() throws {
        let lines = ["# source<TAB>target", "0\t0", "1, 2\t1", "3\t", ""]
        let lf = try GoldStandard(text: lines.joined(separator: "\n"), file: "lf.tsv")
        let crlf = try GoldStandard(text: lines.joined(separator: "\r\n"), file: "crlf.tsv")
        #expect(lf.links.count == 3)
        #expect(crlf.links == lf.links)
        #expect(throws: GlossaryError.self) { try GoldStandard(text: "0\t0\r\nno tab here\r\n", file: "bad.tsv") }
        do {
            _ = try GoldStandard(text: "0\t0\r\nno tab here\r\n", file: "bad.tsv")
        } catch {
            #expect(error.position?.line == 2)
        }
    }
}

@Suite struct AlignmentTests {
    static let pairs = [("stockholm-ru.txt", "stockholm-en.txt", "stockholm.gold.tsv", 0.85),
                        ("geneva-en.txt", "geneva-ru.txt", "geneva.gold.tsv", 0.99),
                        ("karabakh-ru.txt", "karabakh-en.txt", "karabakh.gold.tsv", 0.75)]

    @Test(arguments: pairs)
    func f1OnOurPairsWithAnchorsIsAtLeastWithLengthAlone(pair: (String, String, String, Double)) throws {
        let reference = try gold(pair.2)
        let withAnchors = reference.score(try alignPair(pair.0, pair.1).links)
        let lengthOnly = reference.score(try alignPair(pair.0, pair.1, anchors: false).links)
        #expect(withAnchors.f1 >= pair.3, "F1 \(withAnchors.f1)")
        #expect(withAnchors.f1 >= lengthOnly.f1)
    }

    @Test func anchorsMeasurablyImproveACompressedInterpretation() throws {
        let reference = try gold("karabakh.gold.tsv")
        let withAnchors = reference.score(try alignPair("karabakh-ru.txt", "karabakh-en.txt").links).f1
        let lengthOnly = reference.score(try alignPair("karabakh-ru.txt", "karabakh-en.txt", anchors: false).links).f1
        #expect(withAnchors - lengthOnly >= 0.3, "anchors \(withAnchors), length \(lengthOnly)")
    }

    @Test func eachStockholmGapIsFilledWithTheRussianWords() throws {
        let alignment = try alignPair("stockholm-ru.txt", "stockholm-en.txt")
        #expect(alignment.gaps.map(\.recovered) == ["рад вас видеть", "символичным, что"])
        #expect(alignment.gaps.map(\.targetUnit) == [0, 1])
        // The recovered range points at those words in the source.
        for gap in alignment.gaps { #expect(alignment.source.text(in: gap.recoveredRange) == gap.recovered) }
    }

    /// Speech the transcript left out ("[foreign language]", as Rev.com writes it) is a gap like an
    /// inaudible passage: the source's words fill it.
    @Test func untranscribedSpeechIsFilledFromTheSource() throws {
        let english = String(decoding: try Fixtures.bytes("Tests/Fixtures/align/stockholm-en.txt"), as: UTF8.self)
        let edited = english.replacingOccurrences(of: "Secretary of State, (inaudible).", with: "Secretary of State, [foreign language].")
        #expect(edited != english)
        let bundled = try GlossaryLoader.bundled()
        let matcher = try TermMatcher(index: try TermIndex(bundled))
        let source = try transcript(file: "Tests/Fixtures/align/stockholm-ru.txt"), target = try transcript(edited)
        let alignment = DocumentAligner().align(source: source, sourceMatches: try matcher.matches(in: source),
                                                target: target, targetMatches: try matcher.matches(in: target))
        #expect(alignment.gaps.map(\.recovered) == ["рад вас видеть", "символичным, что"])
    }

    @Test func aGapInTheRussianInterpretationIsFilledFromTheEnglish() throws {
        let alignment = try alignPair("geneva-en.txt", "geneva-ru.txt")
        #expect(alignment.gaps.count == 1)
        #expect(alignment.gaps.first?.recovered.hasPrefix("You’re") == true)
    }

    @Test func everyUnitIsLinkedExactlyOnce() throws {
        let alignment = try alignPair("stockholm-ru.txt", "stockholm-en.txt")
        #expect(alignment.links.flatMap(\.source) == Array(alignment.sourceUnits.indices))
        #expect(alignment.links.flatMap(\.target) == Array(alignment.targetUnits.indices))
        #expect(alignment.links.allSatisfy { (0...1).contains($0.confidence) })
        #expect(alignment.links.contains { $0.isAddition })
    }

    @Test func namesAndNumbersMatchAcrossScripts() {
        let latin = Transliterator(id: "Any-Latin; Latin-ASCII; Lower")
        #expect(AnchorExtractor.nameKey(latin?.transliterate("Блинкен") ?? "") == AnchorExtractor.nameKey("blinken"))
        #expect(AnchorExtractor.nameKey(latin?.transliterate("Хельсинкский") ?? "") == AnchorExtractor.nameKey("helsinki"))
        #expect(AnchorExtractor.nameKey(latin?.transliterate("Путиным") ?? "") == AnchorExtractor.nameKey("putin"))
    }

    @Test func tmxIsValidXMLWithOneTUPerLink() throws {
        let alignment = try alignPair("stockholm-ru.txt", "stockholm-en.txt")
        let tmx = AlignmentRendering.tmx(alignment, sourceLanguage: "ru", targetLanguage: "en")
        final class Counter: NSObject, XMLParserDelegate {
            var units = 0, segments = 0
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "tu" { units += 1 }
                if name == "seg" { segments += 1 }
            }
        }
        let parser = XMLParser(data: Data(tmx.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse())
        #expect(counter.units == alignment.links.count)
        #expect(counter.segments == alignment.links.reduce(0) { $0 + ($1.source.isEmpty ? 0 : 1) + ($1.target.isEmpty ? 0 : 1) })
    }

    @Test func bandedAlignmentOfIdenticalSequencesIsTheDiagonal() {
        let units = (0..<500).map { AlignmentUnit(id: $0, turn: 0, sentence: $0, range: 0..<1, length: 20 + ($0 * 37) % 90,
                                                   concepts: [], numbers: [], names: [], isQuestion: false, gaps: []) }
        let links = BitextAligner().align(units, units)
        #expect(links.count == 500)
        #expect(links.allSatisfy { $0.source == $0.target && $0.source.count == 1 })
    }
}

@Suite struct PairReviewerTests {
    @Test func stockholmPairFlagsGapsWithTheSourceWordsAndTheAddition() throws {
        let flags = PairReviewer(glossary: try GlossaryLoader.bundled()).review(try alignPair("stockholm-ru.txt", "stockholm-en.txt"))
        let recovered = flags.filter { $0.code == .gapRecovered }
        #expect(recovered.map(\.message) == ["the source has here: \"рад вас видеть\"", "the source has here: \"символичным, что\""])
        #expect(recovered.allSatisfy { $0.text == "(inaudible)" && $0.speaker == "LAVROV" })
        #expect(flags.filter { $0.code == .addition }.map(\.text) == ["Thank you."])
    }

    @Test func aConceptLeftOutByTheInterpreterIsNotRendered() throws {
        let flags = PairReviewer(glossary: try GlossaryLoader.bundled()).review(try alignPair("karabakh-ru.txt", "karabakh-en.txt"))
        let missing = flags.filter { $0.code == .termNotRendered }
        #expect(missing.map(\.concept) == ["ceasefire"])
        #expect(missing.first?.text == "We discussed Nagorno-Karabakh.")
    }
}
