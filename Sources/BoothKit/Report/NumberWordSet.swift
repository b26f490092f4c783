/// Words for numbers, looked up straight from UTF-8 bytes, case-insensitively for Latin and Cyrillic
/// letters, without making a string per word: the quote-risk check asks this of every word of every
/// interpreted sentence.
struct NumberWordSet: Sendable {
    /// Words for numbers ("one", "second" and "half" left out: mostly not numbers in speech).
    static let english = NumberWordSet([
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
        "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "trillion", "percent", "first",
        "third", "fourth", "fifth", "dozen",
        "один", "два", "три", "четыре", "пять", "десять", "сто", "тысяча", "тысячи", "миллион", "миллиона",
        "миллиард", "процент", "процента", "процентов", "первый", "второй", "третий", "половина",
    ])

    /// The lower-cased words.
    private let words: WordTable
    /// For each lower-case ASCII first letter, a bit per byte length (below 64) of the words starting
    /// with it: most words of a text are rejected on that, before they are lowered or hashed.
    private let asciiLengths: [UInt64]

    init(_ list: [String]) {
        var words = WordTable(capacity: list.count)
        var asciiLengths = [UInt64](repeating: 0, count: 128)
        for word in Set(list.map { $0.lowercased() }) {
            let bytes = Array(word.utf8)
            bytes.withUnsafeBufferPointer { words.insert($0, 0..<bytes.count, hash: FNV1a.hash($0), value: 0) }
            if let first = bytes.first, first < 0x80, bytes.count < 64 { asciiLengths[Int(first)] |= 1 << UInt64(bytes.count) }
        }
        self.words = words
        self.asciiLengths = asciiLengths
    }

    /// Whether the word (UTF-8 bytes) is one of the set, ignoring case.
    func contains(_ word: ArraySlice<UInt8>) -> Bool {
        word.withUnsafeBufferPointer { contains($0) }
    }

    /// Whether the word (UTF-8 bytes) is one of the set, ignoring case: from a buffer, so a caller going
    /// through a text word by word makes no slice (and touches no reference count) per word.
    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= 32, let first = word.first else { return false }
        if first < 0x80 {
            let lower = (first >= 0x41 && first <= 0x5A) ? first | 0x20 : first
            guard asciiLengths[Int(lower)] & (1 << UInt64(word.count)) != 0 else { return false }
        }
        var lower = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))  // 32 bytes on the stack
        return withUnsafeMutableBytes(of: &lower) { buffer -> Bool in
            var count = 0
            var index = word.startIndex
            while index < word.endIndex {
                let byte = word[index]
                if byte >= 0x41 && byte <= 0x5A {
                    buffer[count] = byte | 0x20
                } else if byte == 0xD0, index + 1 < word.endIndex, (0x90...0xAF).contains(word[index + 1]) {
                    // А–П → а–п (D0 B0–BF), Р–Я → р–я (D1 80–8F)
                    let next = word[index + 1]
                    if next < 0xA0 { buffer[count] = 0xD0; buffer[count + 1] = next + 0x20 }
                    else { buffer[count] = 0xD1; buffer[count + 1] = next - 0x20 }
                    count += 2
                    index += 2
                    continue
                } else {
                    buffer[count] = byte
                }
                count += 1
                index += 1
            }
            let lowered = UnsafeBufferPointer(buffer.bindMemory(to: UInt8.self))
            return words.value(lowered, 0..<count, hash: FNV1a.hash(UnsafeBufferPointer(rebasing: lowered[..<count]))) != nil
        }
    }
}
