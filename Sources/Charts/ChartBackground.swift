/// A layer drawn under the series: contour lines of a scalar field or classifier decision regions.
public enum ChartBackground {
    /// Contour lines of a scalar field sampled on a regular grid: `values[row][col]`, row = y index (ascending y),
    /// col = x index. Grid point `(row, col)` sits at
    /// `x = xRange.lowerBound + col·(xRange width)/(cols − 1)`, `y` likewise; levels are traced by marching squares.
    case contour(values: [[Double]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, levels: [Double])
    /// Decision regions: class index per grid cell (same layout), drawn as light filled cells in the class colours.
    /// The `cols` cells of a row tile `xRange` evenly (cell `col` spans `[lo + col·Δx, lo + (col+1)·Δx]`),
    /// rows tile `yRange` likewise. Negative class indices are left empty.
    case regions(classes: [[Int]], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>)

    /// The x extent the layer covers.
    public var xRange: ClosedRange<Double> {
        switch self {
        case let .contour(_, xRange, _, _), let .regions(_, xRange, _): return xRange
        }
    }

    /// The y extent the layer covers.
    public var yRange: ClosedRange<Double> {
        switch self {
        case let .contour(_, _, yRange, _), let .regions(_, _, yRange): return yRange
        }
    }
}
