/// A link between source and target units: 1-1, 1-2, 2-1, 2-2, 1-0 (omission) or 0-1 (addition).
public struct AlignmentLink: Sendable, Equatable {
    /// Unit ids on each side (empty on one side for an omission or an addition).
    public var source: [Int]
    public var target: [Int]
    /// How sure the aligner is, 0…1.
    public var confidence: Double

    public var isOmission: Bool { target.isEmpty }
    public var isAddition: Bool { source.isEmpty }
}
