/// One data point of a chart series, in data coordinates.
public struct ChartPoint: Hashable {
    /// Horizontal data coordinate.
    public var x: Double
    /// Vertical data coordinate.
    public var y: Double

    /// Creates a point at `(x, y)`.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// True when both coordinates are finite (neither NaN nor infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
