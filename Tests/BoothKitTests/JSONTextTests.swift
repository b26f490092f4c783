import Foundation
import Testing
@testable import BoothKit

@Suite struct JSONTextTests {
    struct Record: Encodable { var a: String?; var b: Int?; var c: String }

    /// The hand-written objects are byte for byte what JSONEncoder (.sortedKeys, .withoutEscapingSlashes)
    /// writes, on strings with every kind of character that needs escaping.
    @Test(arguments: ["plain", "quote \" and \\ backslash", "tab\tnew\nline\rcr", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}",
                      "a/b </script>", "кириллица «ёлка» — “quotes” \u{2028}\u{2029}", "emoji 🇺🇳 e\u{301}", ""])
    func matchesJSONEncoder(_ text: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for record in [Record(a: text, b: 42, c: text), Record(a: nil, b: nil, c: text), Record(a: text, b: -7, c: "")] {
            var object = JSONObjectWriter()
            object.string("a", record.a)
            object.int("b", record.b)
            object.string("c", record.c)
            var expected = String(decoding: try encoder.encode(record), as: UTF8.self)
            // JSONEncoder leaves nil members out; JSONObjectWriter writes null (Booth's outputs keep every key).
            if record.a == nil { expected = expected.replacingOccurrences(of: "{", with: "{\"a\":null,") }
            if record.b == nil { expected = expected.replacingOccurrences(of: "\"c\"", with: "\"b\":null,\"c\"") }
            #expect(object.text == expected)
            // And it parses back to the same strings.
            let parsed = try JSONSerialization.jsonObject(with: Data(object.text.utf8)) as? [String: Any]
            #expect(parsed?["c"] as? String == record.c && parsed?["a"] as? String == record.a)
        }
    }

    /// Random strings, with the characters to escape at every position relative to the eight-byte steps
    /// of the scan: the same bytes as JSONEncoder.
    @Test func randomStringsMatchJSONEncoder() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let alphabet: [Character] = ["a", "Z", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "/", "ё", "—", "😀", "!", "@"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<3_000 {
            let text = String((0..<Int(generator.next() % 40)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            var bytes: [UInt8] = []
            JSONText.appendQuoted(text, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: try encoder.encode(text), as: UTF8.self))
        }
    }

    /// Many objects in one buffer are the single objects joined: the first member of each gets no comma,
    /// an empty object stays "{}", and the separators and the tail go where they are asked.
    @Test func objectsInOneBufferAreTheSingleObjectsJoined() throws {
        let records = [Record(a: "x", b: 1, c: "first"), Record(a: nil, b: nil, c: ""), Record(a: "\"q\"", b: -2, c: "ё\n")]
        func write(_ record: Record, to object: inout JSONObjectWriter) {
            object.string("a", record.a)
            object.int("b", record.b)
            object.string("c", record.c)
        }
        let singles = records.map { record -> String in
            var object = JSONObjectWriter()
            write(record, to: &object)
            return object.text
        }
        var lines = JSONObjectWriter.objects(capacity: 16)
        for (index, record) in records.enumerated() {
            lines.startObject(after: index == 0 ? "" : "\n")
            write(record, to: &lines)
        }
        lines.startObject(after: "\n")  // an object with no member
        lines.append("\n")
        #expect(lines.text == singles.joined(separator: "\n") + "\n{}\n")
        for line in lines.text.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func decimalsAreWhatStringWrites() {
        var generator = SplitMix64(seed: 5)
        let values = [0, 1, -1, 9, 10, -10, Int.max, Int.min] + (0..<2_000).map { _ in Int(bitPattern: UInt(generator.next())) >> Int(generator.next() % 64) }
        for value in values {
            var bytes: [UInt8] = []
            JSONObjectWriter.appendDecimal(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}
