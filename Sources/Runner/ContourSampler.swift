import Engine
import Notebook

/// Samples a 2-argument function on a grid around one or more optimizer paths, for contour plots.
enum ContourSampler {
    /// Grid points per side.
    static let size = 61

    /// The function on a `size × size` grid covering every path (each path is `[xs, ys]`), padded by 25%
    /// (at least ±0.5). Points where the function cannot be evaluated become NaN and draw no contour.
    static func sample(_ function: any DifferentiableFunction, paths: [[[Double]]], names: [String]) -> ContourPlot? {
        guard names.count == 2, paths.allSatisfy({ $0.count == 2 }),
              let xr = window(paths.flatMap { $0[0] }), let yr = window(paths.flatMap { $0[1] }) else { return nil }
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

    private static func window(_ values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        let pad = max((high - low) * 0.25, 0.5)
        return (low - pad)...(high + pad)
    }
}
