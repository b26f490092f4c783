/// Enumerated list items written inside one paragraph: "1) The first item 2) The second item",
/// "a. … b. …", "• 9. … • 10. …". A series counts only when its numbers or letters follow one another
/// (1, 2, 3 or a, b, c) or its bullets repeat, so "in 2. The" alone is never a list.
struct ListItems {
    /// Offsets where an item starts (a sentence starts there).
    private(set) var itemStarts: Set<Int> = []
    /// Offsets just after an item's marker and its space (no sentence starts there).
    private(set) var markerEnds: Set<Int> = []

    private static let bullets: Set<UInt32> = [0x2022, 0x2043, 0x25E6, 0x25AA, 0x2023, 0x25CF]

    private struct Found {
        var value: Int           // number, letter code, or 0 for a bare bullet
        var itemStart: Int
        var markerEnd: Int
    }

    /// No items.
    static let none = ListItems()

    private init() {}

    /// Whether the paragraph may hold list items at all: a bullet, or "." or ")" right after a digit or
    /// after a lone lower-case letter. Most paragraphs hold neither, and are passed over.
    static func mayHold(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.withUnsafeBufferPointer { buffer in
            var index = range.lowerBound
            while index < range.upperBound {
                if index + 8 <= range.upperBound {
                    let word = ByteScan.word(buffer, at: index)
                    // All eight bytes when none is "." or ")" and they are ASCII or hold no E2 (the lead byte
                    // of every bullet: Russian letters pass too); else on to the first "." or ")" or byte
                    // beyond ASCII.
                    let stops = ByteScan.mask(of: 0x2E, in: word) | ByteScan.mask(of: 0x29, in: word)
                    let plain = ByteScan.plainBytes(isPlain: stops == 0 && (ByteScan.isASCII(word) || ByteScan.mask(of: 0xE2, in: word) == 0),
                                                    interesting: stops | word & 0x8080_8080_8080_8080)
                    if plain > 0 {
                        index += plain
                        continue
                    }
                }
                let byte = buffer[index]
                if byte == 0xE2, index + 2 < range.upperBound {
                    // A bullet (all are three bytes from E2); a dash or a curly quote is not.
                    let scalar = UInt32(byte & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F)
                    if bullets.contains(scalar) { return true }
                }
                if (byte == 0x2E || byte == 0x29), index > range.lowerBound {
                    let before = buffer[index - 1]
                    if before >= 0x30 && before <= 0x39 { return true }
                    if before >= 0x61 && before <= 0x7A, index - 1 == range.lowerBound || buffer[index - 2] == 0x20 { return true }
                }
                index += 1
            }
            return false
        }
    }

    /// The items within `range` of `text` (one paragraph).
    init(_ text: [UInt8], _ range: Range<Int>) {
        var numbers: [Found] = [], letters: [Found] = [], bullets: [Found] = []
        var index = range.lowerBound
        var previousBulletToken: Int? = nil  // start of a lone bullet token just before
        while index < range.upperBound {
            while index < range.upperBound, text[index] == 0x20 { index += 1 }
            let start = index
            while index < range.upperBound, text[index] != 0x20 { index += 1 }
            guard start < index else { break }
            var body = start
            var hasBullet = false
            if text[start] >= 0xE2, let scalar = ProseShape.firstScalar(start..<index, in: text),
               Self.bullets.contains(scalar.value) {
                hasBullet = true
                body += UnicodeFormPass.scalarLength(text[start])
            }
            // Markers are short and start with a digit or a lower-case letter ("12.)", "a."), after a
            // bullet if any; anything else is passed over at once.
            let first = body < index ? text[body] : 0
            let couldBeMarker = hasBullet || (index - body <= 4 && (first >= 0x30 && first <= 0x39
                || first >= 0x61 && first <= 0x7A && index - body == 2))
            if !couldBeMarker { previousBulletToken = nil; continue }
            var after = index
            while after < range.upperBound, text[after] == 0x20 { after += 1 }
            let followedByText = after < range.upperBound && after > index
            defer { previousBulletToken = hasBullet && body == index ? start : nil }
            guard followedByText else { continue }
            let itemStart = previousBulletToken ?? start
            if hasBullet && body == index {
                bullets.append(Found(value: 0, itemStart: start, markerEnd: after))
                continue
            }
            let token = Array(text[body..<index])
            if let value = Self.numberMarker(token) {
                numbers.append(Found(value: value, itemStart: itemStart, markerEnd: after))
            } else if let value = Self.letterMarker(token) {
                letters.append(Found(value: value, itemStart: itemStart, markerEnd: after))
            } else if hasBullet {
                bullets.append(Found(value: 0, itemStart: start, markerEnd: body))
            }
        }
        for series in [Self.consecutive(numbers), Self.consecutive(letters), bullets.count >= 2 ? bullets : []] {
            for item in series {
                if item.itemStart > range.lowerBound { itemStarts.insert(item.itemStart) }
                markerEnds.insert(item.markerEnd)
            }
        }
    }

    /// "12." "12)" "12.)" → 12.
    private static func numberMarker(_ token: [UInt8]) -> Int? {
        var digits = 0
        while digits < token.count, token[digits] >= 0x30, token[digits] <= 0x39 { digits += 1 }
        guard (1...3).contains(digits) else { return nil }
        let rest = String(decoding: token[digits...], as: UTF8.self)
        guard rest == "." || rest == ")" || rest == ".)" else { return nil }
        return Int(String(decoding: token[..<digits], as: UTF8.self))
    }

    /// "a." "b)" → the letter's code.
    private static func letterMarker(_ token: [UInt8]) -> Int? {
        guard token.count == 2, token[0] >= 0x61, token[0] <= 0x7A,
              token[1] == UInt8(ascii: ".") || token[1] == UInt8(ascii: ")") else { return nil }
        return Int(token[0])
    }

    /// The items that belong to runs of at least two consecutive values.
    private static func consecutive(_ found: [Found]) -> [Found] {
        var result: [Found] = []
        var run: [Found] = []
        for item in found {
            if let last = run.last, item.value == last.value + 1 {
                run.append(item)
            } else {
                if run.count >= 2 { result += run }
                run = [item]
            }
        }
        if run.count >= 2 { result += run }
        return result
    }
}
