// libFuzzer entry point for Booth (see README, "Fuzzing"). Built by `make fuzz-build`, run by
// `make fuzz TARGET=decode|normalize|structure|tbx|csv`. Each target checks a property, not just
// "does not crash": a violated property traps, and libFuzzer keeps the input.
import BoothKit
import Foundation

enum FuzzTarget: String { case decode, normalize, structure, tbx, csv }

let target = FuzzTarget(rawValue: ProcessInfo.processInfo.environment["BOOTH_FUZZ_TARGET"] ?? "") ?? .normalize
let normalizer = try! Normalizer()
let parser = TranscriptParser()

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
    case .tbx:
        _ = try? TBXReader.read(bytes, file: "fuzz.tbx")
    case .csv:
        _ = try? CSVGlossaryReader.read(bytes, file: "fuzz.csv")
    }
    return 0
}
