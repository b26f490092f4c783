/// One step of normalization: a new text from the old, with the map between them.
protocol NormalizationPass: Sendable {
    func apply(to text: [UInt8]) throws(NormalizationError) -> (text: [UInt8], map: EditMap)
}

/// ICU reported a failure while normalizing (in practice: memory exhausted).
public struct NormalizationError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
