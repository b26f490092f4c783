import Testing
import TestSupport
@testable import BoothKit

/// Web pages saved as HTML: rendered to the text a reader sees, every span still pointing into the
/// saved file. (Tests/Fixtures/html/remarks.html is our own page in the shape of a ministry's.)
@Suite struct HTMLPageTests {
    static let page = "Tests/Fixtures/html/remarks.html"

    @Test func aSavedPageReadsAsItsText() throws {
        let result = try Normalizer().normalize(Fixtures.source(Self.page))
        expectLossless(result)
        #expect(result.text.hasPrefix("""
            Secretary Antony J. Blinken and Russian Foreign Minister Sergey Lavrov Before Their Meeting

            January 21, 2022

            Geneva, Switzerland

            SECRETARY BLINKEN: Good morning, everyone. We have a lot to discuss & not much time.

            FOREIGN MINISTER LAVROV: (Via interpreter) We expect answers to our proposals. (Inaudible.)
            Thank you.
            """), "\(result.text)")
        // What no reader sees as the page's text is gone: the head, scripts, styles, navigation, footer, comments.
        for hidden in ["Department of State", "not this", "color", "Home", "Inner", "Privacy", "main content", "<"] {
            #expect(!result.text.contains(hidden), "\(hidden)")
        }
        #expect(result.edits.contains { $0.reason == .markup })
    }

    @Test func spansPointIntoTheSavedFile() throws {
        let parsed = try transcript(file: Self.page)
        #expect(parsed.turns.map(\.speakerID) == ["BLINKEN", "LAVROV"])
        #expect(parsed.turns[1].mode == .interpreted)
        #expect(parsed.header.isoDate == "2022-01-21" && parsed.header.place == "Geneva, Switzerland")
        let gap = try #require(Gaps.find(in: parsed).first)
        let bytes = try Fixtures.bytes(Self.page)
        #expect(Array(bytes[gap.start..<gap.end]) == Array("(Inaudible.)".utf8))
        let sentence = try #require(parsed.turns[0].sentences.last)
        #expect(parsed.source.text(in: parsed.originalRange(of: sentence.range)) == "We have\n   a lot to discuss &amp; not much time.")
    }

    /// Only a page is rendered: text that mentions a tag, opens with a link or compares numbers is not.
    @Test func textThatIsNoPageIsLeftAlone() throws {
        for text in ["QUESTION: Is <p> a tag?\n", "<https://www.state.gov/remarks>\n\nSECRETARY BLINKEN: Hello.\n",
                     "MODERATOR: If a < b and c > d, we agree.\n", "<b>SECRETARY BLINKEN:</b> Hello.\n"] {
            let result = try normalized(text)
            #expect(!result.edits.contains { $0.reason == .markup }, "\(text)")
        }
        #expect(HTMLMarkupPass.looksLikeHTML(Array("\u{FEFF}\n  <!doctype HTML><p>x</p>".utf8)))
        #expect(HTMLMarkupPass.looksLikeHTML(Array("<?xml version=\"1.0\"?>\n<html><body>x</body></html>".utf8)))
        #expect(HTMLMarkupPass.looksLikeHTML(Array("<div class=\"transcript\">x</div>".utf8)))
        // A browser's "Save as" writes the page's address in a comment first; a comment before text is no page.
        let saved = try normalized("<!-- saved from url=(0047)https://www.state.gov/remarks -->\n<!DOCTYPE html><html><body><p>SECRETARY BLINKEN: Hello.</p></body></html>\n")
        #expect(saved.text == "SECRETARY BLINKEN: Hello.\n")
        #expect(!HTMLMarkupPass.looksLikeHTML(Array("<!-- a note -->\nQUESTION: Is <p> a tag?\n".utf8)))
        #expect(!HTMLMarkupPass.looksLikeHTML(Array("<!-- never closed\n<html>".utf8)))
    }

    /// Broken markup still gives every byte back: an unclosed comment hides the rest, an unclosed script
    /// the rest, a "<" that starts no tag is text; runs of them stay linear (each "<" ends the scan of
    /// the one before).
    @Test func brokenMarkupIsLossless() throws {
        let texts = ["<html><body><p>One <!-- never closed <p>Two</p>",
                     "<html><body><p>One</p><script>var a = 1 < 2;",
                     "<html><body><p>a <b and c <3 d</p>\n",
                     "<html>" + String(repeating: "<a x=\"", count: 20_000),
                     "<html>" + String(repeating: "<!x", count: 20_000) + String(repeating: "<nav>", count: 5_000),
                     "<html><p title='>'>Quoted ></p></html>"]
        for text in texts {
            let result = try normalized(text)
            expectLossless(result)
        }
        #expect(try normalized("<html><body><p>One <!-- never closed <p>Two</p>").text == "One\n")
        #expect(try normalized("<html><body><p>a <b and c <3 d</p>\n").text == "a <b and c <3 d\n")
        #expect(try normalized("<html><p title='>'>Quoted ></p></html>").text == "Quoted >\n")
    }
}
