import Dispatch
import Testing
@testable import BoothKit

@Suite struct BoundedMemoTests {
    /// Every answer is the function's, whether remembered, forgotten when full, or asked from many threads
    /// at once; each key is computed once while it is remembered.
    @Test func answersAreTheFunctionsAndComputedOnce() {
        let memo = BoundedMemo<Int>(capacity: 100)
        var computed = 0
        for round in 0..<3 {
            for key in 0..<50 { #expect(memo.value(for: "k\(key)") { computed += 1; return $0.count * 7 } == "k\(key)".count * 7) }
            #expect(computed == 50, "round \(round)")
        }
        // Past capacity it starts afresh, still right.
        for key in 0..<1_000 { #expect(memo.value(for: "x\(key)") { $0.utf8.count } == "x\(key)".utf8.count) }
        let shared = BoundedMemo<String>(capacity: 64)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for key in 0..<2_000 {
                let name = "name \((key * 31 + worker) % 300)"
                #expect(shared.value(for: name) { $0.uppercased() } == name.uppercased())
            }
        }
    }

    /// Labels and markers read through the memo read as before.
    @Test func labelsAndMarkersReadTheSameTwice() {
        for name in ["FOREIGN MINISTER LAVROV", "Q", "MR. SMITH", "С.В.Лавров", "SECRETARY BLINKEN"] {
            let first = SpeakerLabel(name: Substring(name)), second = SpeakerLabel(name: Substring(name))
            #expect(first == second)
            #expect(first.name == name)
        }
        #expect(SpeakerLabel(name: "FOREIGN MINISTER LAVROV").role == "FOREIGN MINISTER")
        #expect(SpeakerLabel(name: "Q").speakerID == "QUESTION")
        let vocabulary = MarkerVocabulary.bundled
        for _ in 0..<2 {
            #expect(vocabulary.classify("inaudible")?.kind == .inaudible)
            #expect(vocabulary.classify("inaudible 00:12:31")?.timestamp == "00:12:31")
            #expect(vocabulary.classify("In Russian")?.language == "ru")
            #expect(vocabulary.classify("Smith 55") == nil)
        }
    }
}
