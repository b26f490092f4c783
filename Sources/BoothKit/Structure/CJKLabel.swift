import Foundation

/// Speaker labels in Chinese, Japanese and Korean (`Lexicons/cjk-labels.txt`): "毛宁：", "法新社记者：",
/// "问：", "【上川外務大臣】", "임수석 대변인:". Han script and Hangul have no capitals, so the
/// capitalized-name rules of `SpeakerLabelGrammar` cannot tell a name from prose before a colon; a short
/// name, a role word at the end or a generic speaker does.
struct CJKLabelWords: Sendable {
    /// Words that end a label: "记者" (reporter), "发言人" (spokesperson)…
    let roles: [String]
    /// Verbs of saying that end prose before a colon: "说", "表示"…
    let speechVerbs: [String]
    /// Words that open a list or an example before a colon: "例如", "注"…
    let notLabels: Set<String>
    /// A person's titles after their name, "外務大臣", "国務長官", longest first.
    let titlesAfterNames: [String]
    /// Honorifics after a name, "先生", "女士".
    let honorifics: [String]

    /// The bundled words.
    static let bundled = CJKLabelWords(listText: BundledLexicons.text(named: "cjk-labels.txt") ?? "")

    init(listText: String) {
        let list = SectionedList(listText)
        roles = list.entries(in: "roles").map(\.text)
        speechVerbs = list.entries(in: "speech-verbs").map(\.text)
        notLabels = Set(list.entries(in: "not-labels").map(\.text))
        honorifics = list.entries(in: "honorifics").map(\.text)
        titlesAfterNames = list.entries(in: "titles-after-names").map(\.text).sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
    }

    /// The name and the title of a label that puts the title after the name, as Japanese does
    /// ("上川外務大臣" → "上川", "外務大臣"; "ブリンケン国務長官" → "ブリンケン", "国務長官"): the longest title of
    /// `[titles-after-names]` that ends the label, after a name of two to four Han characters or of
    /// katakana (two to ten, a middle dot allowed) that does not end as an office does ("外務省").
    func nameBeforeTitle(_ label: Substring) -> (name: Substring, title: Substring)? {
        guard let title = titlesAfterNames.first(where: { label.hasSuffix($0) }) else { return nil }
        let name = label.dropLast(title.count)
        let scalars = name.unicodeScalars
        let isHanName = (2...4).contains(scalars.count) && scalars.allSatisfy(SpeakerLabelGrammar.isHan)
            && !scalars.last.map { Self.officeEndings.contains($0) }!
        let isKatakanaName = (2...10).contains(scalars.count)
            && scalars.allSatisfy { (0x30A1...0x30FC).contains($0.value) } && scalars.first != "・"
        guard isHanName || isKatakanaName else { return nil }
        return (name, label.suffix(title.count))
    }

    /// Last characters of an office's or a country's name, not a person's: ministry, department, council…
    static let officeEndings: Set<Unicode.Scalar> = ["省", "部", "院", "庁", "局", "府", "国", "会", "厅"]

    /// The name without an honorific after it ("涅边贾先生" → "涅边贾"; at least two characters left), or nil
    /// when it has none.
    func withoutHonorific(_ name: Substring) -> Substring? {
        guard let honorific = honorifics.first(where: { name.hasSuffix($0) }) else { return nil }
        let rest = name.dropLast(honorific.count)
        return rest.count >= 2 ? rest : nil
    }

    /// Whether the words in lenticular brackets at a line's start are a label — or those before a label's
    /// asides in full-width parentheses: any but a heading's (`[not-labels]`: "冒頭発言", opening
    /// remarks) or prose ending with a verb of saying.
    func isBracketedLabel(_ name: Substring) -> Bool {
        !notLabels.contains(String(name)) && !speechVerbs.contains(where: { name.hasSuffix($0) })
    }

    /// Most characters of a label in Han script ("中央广播电视总台央视记者" has twelve).
    static let maximumScalars = 12
    /// Most characters inside a full-width aside: "（以俄语发言）", "（美利坚合众国）".
    static let maximumAsideScalars = 21

    /// Whether the words before a colon are a label: a generic speaker, a role at the end, or a name of
    /// two to four characters (up to ten with a middle dot or a hyphen, "安东尼·布林肯", "托马斯-格林菲尔德", or in
    /// katakana, "ブリンケン") that is no list's opening and does not end with a verb of saying.
    func isLabel(_ name: Substring, genericSpeakers: Set<String>) -> Bool {
        let count = name.unicodeScalars.count
        guard count > 0, count <= Self.maximumScalars else { return false }
        if genericSpeakers.contains(String(name)) || roles.contains(where: { name.hasSuffix($0) }) { return true }
        // A name and words apart ("그는 말했다") is prose, unless a title ends it (above).
        guard !name.unicodeScalars.contains(" "),
              !notLabels.contains(String(name)), !speechVerbs.contains(where: { name.hasSuffix($0) }) else { return false }
        let dotted = name.unicodeScalars.contains { $0 == "·" || $0 == "・" || $0 == "-" }
        // A foreign name in katakana, as Japanese transcribes it, is longer: "ブリンケン：", "ラブロフ：".
        let katakana = name.unicodeScalars.allSatisfy { (0x30A1...0x30FC).contains($0.value) }
        return dotted || katakana ? (2...10).contains(count) : (2...4).contains(count) || nameAfterRole(name) != nil
    }

    /// The name after a role in a Han label, as the Chinese foreign ministry writes its spokesperson
    /// ("外交部发言人毛宁" → "毛宁", after "发言人"): two or three characters after the last role word.
    func nameAfterRole(_ label: Substring) -> Substring? {
        for role in roles {
            guard let range = label.range(of: role, options: .backwards) else { continue }
            let name = label[range.upperBound...]
            if (2...3).contains(name.unicodeScalars.count), name.unicodeScalars.allSatisfy(SpeakerLabelGrammar.isHan) { return name }
        }
        return nil
    }
}

extension SpeakerLabelGrammar {
    /// Whether a scalar is a CJK unified ideograph (the base block, extension A, compatibility forms).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0xF900...0xFAFF).contains(value)
    }

    /// Whether a scalar is hiragana or katakana (with the prolonged sound mark).
    static func isKana(_ scalar: Unicode.Scalar) -> Bool { (0x3041...0x30FF).contains(scalar.value) && scalar.value != 0x30FB }

    /// Whether a label in Han script, kana or Hangul may start with this scalar: a character of a name,
    /// or the lenticular bracket of Japanese labels ("【記者】").
    static func mayStartCJKLabel(_ scalar: Unicode.Scalar) -> Bool {
        isHan(scalar) || isKana(scalar) || isHangul(scalar) || scalar == "\u{3010}"
    }

    /// Whether a scalar is a Hangul syllable.
    static func isHangul(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// A label in Han script, kana or Hangul at the start of `line`: before a full-width or ASCII colon,
    /// as Chinese and Korean transcripts write them ("毛宁：", "대변인:", "임수석 대변인:"), with asides in
    /// full-width parentheses as Chinese verbatim records write the delegation and the language spoken
    /// ("涅边贾先生（俄罗斯联邦）（以俄语发言）：", "主席（以法语发言）："), or in lenticular brackets, as
    /// Japan's foreign ministry does ("【上川外務大臣】本日…", "【記者】"); the name (with its asides), and the
    /// length in bytes of the label with its colon or brackets.
    func cjkLabel(atStartOf line: Substring) -> (name: Substring, length: Int)? {
        var count = 0
        let bracketed = line.unicodeScalars.first == "\u{3010}"
        let scalars = line.unicodeScalars
        var index = bracketed ? scalars.index(after: scalars.startIndex) : scalars.startIndex
        let nameStart = index
        var hasHanOrKatakana = false, spaces = 0
        // Where the name ends when asides follow it, and how many there are.
        var personEnd: String.UnicodeScalarView.Index? = nil, asides = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if bracketed ? scalar == "\u{3011}" : (scalar == "\u{FF1A}" || scalar == ":") {
                let name = line[nameStart..<index]
                let person = personEnd.map { line[nameStart..<$0] } ?? name
                // Bracketed, any name but a heading's words ("【冒頭発言】"); before a colon, by the word rules —
                // before asides, those of the name without its honorific too ("涅边贾先生").
                let words = CJKLabelWords.bundled
                guard count > 0, hasHanOrKatakana,
                      bracketed ? words.isBracketedLabel(name)
                        : words.isLabel(person, genericSpeakers: genericSpeakers)
                        || asides > 0 && words.withoutHonorific(person).map({ words.isLabel($0, genericSpeakers: genericSpeakers) }) == true
                else { return nil }
                return (name, line.utf8.distance(from: line.startIndex, to: index) + scalar.utf8.count)
            }
            if scalar == "\u{FF08}", !bracketed, count > 0, asides < Self.maximumAsides {
                // An aside: up to its "）", then another aside or the colon.
                if personEnd == nil { personEnd = index }
                var close = scalars.index(after: index), inside = 0
                while close < scalars.endIndex, scalars[close] != "\u{FF09}" {
                    guard scalars[close] != "\u{FF08}", inside < CJKLabelWords.maximumAsideScalars else { return nil }
                    inside += 1
                    close = scalars.index(after: close)
                }
                guard close < scalars.endIndex, inside > 0 else { return nil }
                asides += 1
                index = scalars.index(after: close)
                continue
            }
            // Nothing but another aside or the colon after an aside.
            guard personEnd == nil else { return nil }
            // Korean writes a name and a title apart: "임수석 대변인" (a space between syllables, twice at most).
            if scalar == " ", !bracketed, spaces < 2, index > nameStart, Self.isHangul(scalars[scalars.index(before: index)]) {
                spaces += 1
            } else if scalar == "-", index > nameStart, Self.isHan(scalars[scalars.index(before: index)]) || Self.isKana(scalars[scalars.index(before: index)]) {
                // A transcribed foreign name's parts: "托马斯-格林菲尔德".
            } else {
                guard Self.isHan(scalar) || Self.isKana(scalar) || Self.isHangul(scalar) || scalar == "·" || scalar == "・" else { return nil }
            }
            if Self.isHan(scalar) || Self.isHangul(scalar) || (0x30A1...0x30FA).contains(scalar.value) { hasHanOrKatakana = true }
            count += 1
            if count > CJKLabelWords.maximumScalars { return nil }
            index = scalars.index(after: index)
        }
        return nil
    }
}
