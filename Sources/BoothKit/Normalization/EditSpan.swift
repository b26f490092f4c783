/// One change between two versions of a text: the bytes `source` of the older version became the
/// bytes `target` of the newer one. Outside spans the two versions are identical.
struct EditSpan: Sendable, Equatable {
    var source: Range<Int>
    var target: Range<Int>
    var reason: EditReason

    /// How much longer the target is than the source.
    var growth: Int { target.count - source.count }
}
