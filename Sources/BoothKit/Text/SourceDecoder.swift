/// Turns the bytes of a file into a `SourceText`: UTF-8 with or without a byte-order mark, or UTF-16
/// with one. Anything else is refused with the offset of the first bad byte.
public enum SourceDecoder {
    /// Decodes `data`, read from the input called `name`.
    /// - Throws: `InputError.invalidUTF8`, `.binary` or `.invalidUTF16`.
    /// - Complexity: O(n).
    public static func decode(_ data: [UInt8], name: String) throws(InputError) -> SourceText {
        if data.count >= 2, data[0] == 0xFF, data[1] == 0xFE {
            return SourceText(name: name, validUTF8: try transcodeUTF16(data, bigEndian: false, name: name),
                              encoding: .utf16LittleEndian)
        }
        if data.count >= 2, data[0] == 0xFE, data[1] == 0xFF {
            return SourceText(name: name, validUTF8: try transcodeUTF16(data, bigEndian: true, name: name),
                              encoding: .utf16BigEndian)
        }
        if let problem = firstProblem(inUTF8: data) {
            if problem.isNUL, looksLikeUTF16(data) { throw .utf16WithoutBOM(file: name) }
            // Position from the valid prefix alone: the bad byte itself may look like part of a character.
            let prefix = Array(data[..<problem.offset])
            let position = LineIndex(prefix).position(of: prefix.count, in: prefix)
            if problem.isNUL { throw .binary(file: name, offset: problem.offset, position: position) }
            // A file in another encoding (an archive's windows-1251, GB18030): say which, to convert it.
            if let encoding = CharsetGuess.likelyEncoding(of: data) {
                throw .legacyEncoding(file: name, offset: problem.offset, position: position, encoding: encoding)
            }
            throw .invalidUTF8(file: name, offset: problem.offset, position: position)
        }
        return SourceText(name: name, validUTF8: data, encoding: .utf8)
    }

    /// Whether NUL bytes fill every other position of the start, as in UTF-16 text of a Latin script.
    static func looksLikeUTF16(_ data: [UInt8]) -> Bool {
        let sample = data.prefix(1024)
        guard sample.count >= 4 else { return false }
        var even = 0, odd = 0
        for (index, byte) in sample.enumerated() where byte == 0 { if index % 2 == 0 { even += 1 } else { odd += 1 } }
        let half = sample.count / 2
        return max(even, odd) * 10 >= half * 8 && min(even, odd) * 10 <= half
    }

    /// The offset of the first byte that is not valid UTF-8, or is NUL.
    /// - Complexity: O(n), with an ASCII fast path.
    /// Whether eight bytes (a little-endian word) are four well-formed two-byte sequences: a lead C2–DF at
    /// each even byte (110xxxxx, and not the overlong C0 or C1), a continuation byte at each odd one.
    @inline(__always)
    static func isFourTwoByteCharacters(_ word: UInt64) -> Bool {
        guard word & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 else { return false }
        // A lead's bits 1–4 are zero only for C0 and C1: adding 0xFF to them carries into bit 8 otherwise.
        let leadBits = word & 0x001E_001E_001E_001E
        return (leadBits &+ 0x00FF_00FF_00FF_00FF) & 0x0100_0100_0100_0100 == 0x0100_0100_0100_0100
    }

    static func firstProblem(inUTF8 data: [UInt8]) -> (offset: Int, isNUL: Bool)? {
        data.withUnsafeBufferPointer { buffer -> (Int, Bool)? in
            let count = buffer.count
            var index = 0
            let raw = UnsafeRawBufferPointer(buffer)
            while index < count {
                // Fast path: eight ASCII bytes with no NUL among them (SWAR: no high bit, no zero byte).
                if index + 8 <= count {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    let hasHighBit = word & 0x8080_8080_8080_8080 != 0
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
                    if !hasHighBit && !hasZero { index += 8; continue }
                    // Four two-byte characters (Cyrillic, Greek, accented Latin): leads C2–DF at the even
                    // bytes, continuation bytes at the odd ones — Russian text at eight bytes a step.
                    if Self.isFourTwoByteCharacters(word.littleEndian) {
                        index += 8
                        continue
                    }
                }
                let lead = buffer[index]
                if lead < 0x80 {
                    if lead == 0 { return (index, true) }
                    index += 1
                    continue
                }
                let length: Int
                var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF  // allowed range of the 2nd byte
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lowest = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; highest = 0x9F  // no UTF-16 surrogates
                case 0xF0: length = 4; lowest = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; highest = 0x8F  // nothing above U+10FFFF
                default: return (index, false)
                }
                if index + 1 >= count || buffer[index + 1] < lowest || buffer[index + 1] > highest {
                    return (index, false)
                }
                var next = index + 2
                while next < index + length {
                    if next >= count || buffer[next] & 0xC0 != 0x80 { return (index, false) }
                    next += 1
                }
                index += length
            }
            return nil
        }
    }

    static func transcodeUTF16(_ data: [UInt8], bigEndian: Bool, name: String) throws(InputError) -> [UInt8] {
        if data.count % 2 != 0 { throw .invalidUTF16(file: name, offset: data.count - 1) }
        var output: [UInt8] = []
        output.reserveCapacity(data.count + data.count / 2)
        var index = 0
        func unit(at offset: Int) -> UInt16 {
            bigEndian ? UInt16(data[offset]) << 8 | UInt16(data[offset + 1])
                      : UInt16(data[offset + 1]) << 8 | UInt16(data[offset])
        }
        while index < data.count {
            let first = unit(at: index)
            var scalarValue = UInt32(first)
            var width = 2
            if first >= 0xD800, first <= 0xDBFF {
                guard index + 2 < data.count else { throw .invalidUTF16(file: name, offset: index) }
                let second = unit(at: index + 2)
                guard second >= 0xDC00, second <= 0xDFFF else { throw .invalidUTF16(file: name, offset: index) }
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
                width = 4
            } else if first >= 0xDC00, first <= 0xDFFF {
                throw .invalidUTF16(file: name, offset: index)
            }
            if scalarValue == 0 {
                let position = LineIndex(output).position(of: output.count, in: output)
                throw .binary(file: name, offset: index, position: position)
            }
            UTF8.encode(Unicode.Scalar(scalarValue)!) { output.append($0) }
            index += width
        }
        return output
    }

    /// Encodes UTF-8 text back into the file's encoding.
    static func encode(_ utf8: [UInt8], as encoding: SourceEncoding) -> [UInt8] {
        guard encoding != .utf8 else { return utf8 }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count * 2)
        for unit in String(decoding: utf8, as: UTF8.self).utf16 {
            if encoding == .utf16BigEndian {
                output.append(UInt8(unit >> 8)); output.append(UInt8(unit & 0xFF))
            } else {
                output.append(UInt8(unit & 0xFF)); output.append(UInt8(unit >> 8))
            }
        }
        return output
    }
}
