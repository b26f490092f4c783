import Testing
@testable import BoothKit

@Suite struct EditMapTests {
    /// Applies a pass-like list of replacements to a string, returning the new text and its map.
    func rewrite(_ text: String, _ edits: [(Range<Int>, String)]) -> ([UInt8], EditMap) {
        var rewriter = TextRewriter(input: Array(text.utf8))
        for (range, replacement) in edits { rewriter.replace(range, with: Array(replacement.utf8), reason: .whitespace) }
        let result = rewriter.finish()
        return (result.text, result.map)
    }

    @Test func mapsStartsAndEndsAroundReplacementsAndDeletions() {
        // "ab  cd" -> "ab cd": delete one space at 3; "xy" at 4..<6 -> "Z".
        let (text, map) = rewrite("ab  cdxy", [(3..<4, ""), (6..<8, "Z")])
        #expect(String(decoding: text, as: UTF8.self) == "ab cdZ")
        #expect(map.sourceRange(forTarget: 0..<2) == 0..<2)
        #expect(map.sourceRange(forTarget: 3..<5) == 4..<6)   // "cd" after the deletion
        #expect(map.sourceRange(forTarget: 2..<3) == 2..<3)   // the kept space, not the deleted one
        #expect(map.sourceRange(forTarget: 5..<6) == 6..<8)   // "Z" came from "xy"
    }

    @Test func composedMapsEqualOneStepMaps() {
        // Step 1: "a\r\nb  c" -> "a\nb  c"; step 2: "a\nb  c" -> "a\nb c".
        let (first, firstMap) = rewrite("a\r\nb  c", [(1..<3, "\n")])
        let (second, secondMap) = rewrite(String(decoding: first, as: UTF8.self), [(4..<5, "")])
        #expect(String(decoding: second, as: UTF8.self) == "a\nb c")
        let map = firstMap.followed(by: secondMap)
        #expect(map.spans.map(\.source) == [1..<3, 5..<6])
        #expect(map.spans.map(\.target) == [1..<2, 4..<4])
        #expect(map.sourceRange(forTarget: 2..<5) == 3..<7)  // "b c" came from "b  c"
    }

    @Test func overlappingEditsOfTwoPassesMergeWithTheMoreSignificantReason() {
        var rewriter = TextRewriter(input: Array("x\u{00A0} y".utf8))
        rewriter.replace(1..<3, with: [0x20], reason: .unicode)  // NBSP -> space: "x  y"
        let first = rewriter.finish()
        var collapse = TextRewriter(input: first.text)
        collapse.delete(2..<3, reason: .whitespace)  // "x  y" -> "x y"
        let second = collapse.finish()
        let map = first.map.followed(by: second.map)
        #expect(String(decoding: second.text, as: UTF8.self) == "x y")
        #expect(map.spans == [EditSpan(source: 1..<3, target: 1..<2, reason: .unicode),
                              EditSpan(source: 3..<4, target: 2..<2, reason: .whitespace)])
        // A chrome line removed by one pass, inside blank lines collapsed by the next, stays chrome.
        var chrome = TextRewriter(input: Array("end.\n\nChrome\n\nMore".utf8))
        chrome.delete(6..<13, reason: .boilerplate)  // "Chrome\n" -> "end.\n\n\nMore"
        let afterChrome = chrome.finish()
        var blank = TextRewriter(input: afterChrome.text)
        blank.replace(4..<7, with: Array("\n\n".utf8), reason: .whitespace)
        let merged = afterChrome.map.followed(by: blank.finish().map)
        #expect(merged.spans.map(\.reason) == [.boilerplate])
    }
}
