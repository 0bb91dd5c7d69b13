/// A range of real numbers with optional open ends: `closed` bounds, `above` an exclusive lower bound, `below` an
/// exclusive upper bound (e.g. momentum in [0, 1): `closed: 0...1, below: 1`).
public struct NumberRange: Equatable, Sendable {
    /// Inclusive bounds, if any.
    public var closed: ClosedRange<Double>?
    /// Exclusive lower bound, if any.
    public var above: Double?
    /// Exclusive upper bound, if any.
    public var below: Double?

    /// Creates a range.
    public init(_ closed: ClosedRange<Double>? = nil, above: Double? = nil, below: Double? = nil) {
        self.closed = closed
        self.above = above
        self.below = below
    }

    /// Numbers > 0.
    public static let positive = NumberRange(above: 0)
    /// Numbers in [0, 1), stored as [0, 0.999999] as the config reader has always checked them.
    public static let fraction = NumberRange(0...0.999999, below: 1)

    /// `true` when `value` is finite and inside every bound.
    public func contains(_ value: Double) -> Bool {
        value.isFinite && (closed?.contains(value) ?? true) && (above.map { value > $0 } ?? true)
            && (below.map { value < $0 } ?? true)
    }
}
