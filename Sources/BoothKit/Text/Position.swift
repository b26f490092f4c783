/// A place in a text for people: 1-based line and 1-based column.
///
/// Columns count Unicode scalars from the start of the line, the way editors and compilers
/// report them; byte offsets stay the machine-facing coordinate.
public struct Position: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
