import Synchronization

/// Remembers the results of a pure function of a string that is costly next to a dictionary lookup —
/// reading a speaker label, classifying a marker — shared by the threads of a run. Labels and markers
/// repeat within a transcript and across an archive ("QUESTION", "(inaudible)"), so most calls are
/// answered from memory. Holds at most `capacity` results and starts afresh when full, so memory stays
/// bounded on any input.
final class BoundedMemo<Value: Sendable>: Sendable {
    private let results: Mutex<[String: Value]>
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
        results = Mutex([:])
    }

    /// The remembered result for `key`, or `compute(key)`, remembered.
    func value(for key: String, _ compute: (String) -> Value) -> Value {
        if let known = results.withLock({ $0[key] }) { return known }
        let value = compute(key)
        results.withLock { results in
            if results.count >= capacity { results.removeAll(keepingCapacity: true) }
            results[key] = value
        }
        return value
    }
}
