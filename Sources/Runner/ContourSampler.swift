import Engine
import Notebook
import Results

/// Samples a 2-argument function on a grid around one or more optimizer paths, for contour plots.
enum ContourSampler {
    /// Grid points per side.
    static let size = 61
    /// Width over height of a contour chart's plot area (570 × 334 pixels in a 640 × 440 chart with the legend above): a window of this shape
    /// in data units draws circles as circles.
    static let plotAspect = 1.7

    /// The function on a `size × size` grid covering every path (each path is `[xs, ys]`), padded by 25%
    /// (at least ±0.5), and widened to equal aspect when both arguments are on one scale (spans within a factor
    /// of 5), so level sets keep their true shape. Points where the function cannot be evaluated become NaN and
    /// draw no contour.
    static func sample(_ function: any DifferentiableFunction, paths: [[[Double]]], names: [String]) -> ContourPlot? {
        guard names.count == 2, paths.allSatisfy({ $0.count == 2 }),
              var xr = window(paths.flatMap { $0[0] }), var yr = window(paths.flatMap { $0[1] }) else { return nil }
        (xr, yr) = equalAspect(xr, yr)
        var values = [[Double]](repeating: [Double](repeating: .nan, count: size), count: size)
        for row in 0..<size {
            let y = yr.lowerBound + (yr.upperBound - yr.lowerBound) * Double(row) / Double(size - 1)
            for col in 0..<size {
                let x = xr.lowerBound + (xr.upperBound - xr.lowerBound) * Double(col) / Double(size - 1)
                if let value = try? function.value([x, y]), value.isFinite { values[row][col] = value }
            }
        }
        return ContourPlot(values: values, xRange: xr, yRange: yr, xLabel: names[0], yLabel: names[1])
    }

    /// The ranges with the narrower one widened about its centre so that x span / y span = `plotAspect`, when
    /// the spans are within a factor of 5 of each other; otherwise as they are.
    static func equalAspect(_ xr: ClosedRange<Double>, _ yr: ClosedRange<Double>) -> (ClosedRange<Double>, ClosedRange<Double>) {
        let xSpan = xr.upperBound - xr.lowerBound, ySpan = yr.upperBound - yr.lowerBound
        guard xSpan > 0, ySpan > 0, xSpan / ySpan < 5, ySpan / xSpan < 5 else { return (xr, yr) }
        func widened(_ range: ClosedRange<Double>, to span: Double) -> ClosedRange<Double> {
            let centre = (range.lowerBound + range.upperBound) / 2
            return (centre - span / 2)...(centre + span / 2)
        }
        if xSpan / ySpan < plotAspect { return (widened(xr, to: ySpan * plotAspect), yr) }
        return (xr, widened(yr, to: xSpan / plotAspect))
    }

    private static func window(_ values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let pad = max((high - low) * 0.25, 0.5)
        return (low - pad)...(high + pad)
    }
}
