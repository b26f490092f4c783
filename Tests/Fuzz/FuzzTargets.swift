// libFuzzer entry point for Booth (see README, "Fuzzing"). Built by `make fuzz-build`, run by
// `make fuzz TARGET=decode|normalize|structure|report|tbx|csv`. Each target checks a property, not just
// "does not crash": a violated property traps, and libFuzzer keeps the input.
import BoothKit
import Foundation

enum FuzzTarget: String { case decode, normalize, structure, report, tbx, csv }

let target = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["BOOTH_FUZZ_TARGET"] ?? "") ?? .normalize
let normalizer = try! Normalizer()
let parser = TranscriptParser()
// The bundled glossary (English and Russian terms), for the `report` target: one matcher, as one worker has.
let glossary = try! GlossaryLoader.bundled()
let matcher = try! TermMatcher(index: try! TermIndex(glossary))
let reviewer = Reviewer(glossary: glossary)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case .decode:
        if let source = try? SourceDecoder.decode(bytes, name: "fuzz") {
            precondition(source.fileBytes() == bytes, "decoding does not round-trip")
        }
    case .normalize:
        guard let source = try? SourceDecoder.decode(bytes, name: "fuzz") else { return 0 }
        let normalized = try! normalizer.normalize(source)
        precondition(NormalizedText.rebuildOriginal(normalized: normalized.bytes, edits: normalized.edits) == source.bytes,
                     "the edits do not rebuild the original")
    case .structure:
        guard let source = try? SourceDecoder.decode(bytes, name: "fuzz") else { return 0 }
        let transcript = try! parser.parse(try! normalizer.normalize(source))
        for turn in transcript.turns {
            for sentence in turn.sentences {
                let original = transcript.originalRange(of: sentence.range)
                precondition(original.lowerBound >= 0 && original.upperBound <= source.bytes.count, "span outside the file")
                precondition(sentence.range.upperBound <= transcript.normalized.bytes.count, "sentence outside the text")
            }
        }
        // The speakers' figures add up to the transcript's (`segment --speakers`).
        let summaries = try! SpeakerSummary.summaries(of: transcript)
        precondition(summaries.reduce(0) { $0 + $1.turns } == transcript.turns.count, "speakers' turns do not add up")
        precondition(summaries.allSatisfy { $0.interpretedWords <= $0.words && $0.words == $0.wordsByLanguage.values.reduce(0, +) },
                     "speakers' words do not add up")
    case .report:
        // One file through the whole per-file pipeline of `booth report`: matches lie in the text, in text
        // order, without overlapping; every flag's span lies in the original file on character boundaries,
        // in order, and its line:column is the one the file's line index gives for that offset alone (the
        // reviewer finds many positions in one sweep).
        guard let source = try? SourceDecoder.decode(bytes, name: "fuzz") else { return 0 }
        let transcript = try! parser.parse(try! normalizer.normalize(source))
        let matches = try! matcher.matches(in: transcript)
        let text = transcript.normalized.bytes
        var previousEnd = 0
        for match in matches {
            precondition(match.range.lowerBound >= previousEnd && match.range.upperBound <= text.count, "match out of order or outside the text")
            precondition(!match.range.isEmpty && text[match.range.lowerBound] & 0xC0 != 0x80, "match not on a character boundary")
            previousEnd = match.range.upperBound
        }
        let (flags, firstUses) = reviewer.reviewFile(transcript, matches)
        // The file's flags in text order; the first uses of renderings (for the run-wide check) too.
        for list in [flags, firstUses.map(\.flag)] {
            var previousStart = 0
            for flag in list {
                precondition(flag.start >= previousStart, "flags out of text order")
                precondition(flag.start <= flag.end && flag.end <= source.bytes.count, "flag outside the file")
                precondition(flag.start == source.bytes.count || source.bytes[flag.start] & 0xC0 != 0x80,
                             "flag not on a character boundary")
                precondition(flag.position == source.position(of: flag.start), "line:column does not match the offset")
                previousStart = flag.start
            }
        }
    case .tbx:
        _ = try? TBXReader.read(bytes, file: "fuzz.tbx")
    case .csv:
        _ = try? CSVGlossaryReader.read(bytes, file: "fuzz.csv")
    }
    return 0
}
