import Foundation

/// Scale resolution and automatic domains.
extension Chart {
    /// Padding added on each side of the data extent, as a fraction of its span (in log10 space on log axes).
    static let xPadding = 0.03
    /// See `xPadding`; a little more room vertically keeps curves off the frame.
    static let yPadding = 0.06

    /// `xScale` and `yScale` with `.auto` resolved against the finite data (always linear with a background).
    var resolvedScales: (x: AxisScale, y: AxisScale) {
        let points = series.flatMap(\.points)
        func resolve(_ scale: AxisScale, _ values: [Double]) -> AxisScale {
            if scale == .auto && background != nil { return .linear }
            return scale.resolved(for: values)
        }
        return (resolve(xScale, points.map(\.x)), resolve(yScale, points.map(\.y)))
    }

    /// The points that can be drawn under the given scales: finite, and positive on log axes.
    func drawablePoints(xLog: Bool, yLog: Bool) -> [ChartPoint] {
        series.flatMap(\.points).filter { point in
            point.isFinite && (!xLog || point.x > 0) && (!yLog || point.y > 0)
        }
    }

    /// The domain of one axis: a valid `override` as is; else the background range widened to the data if needed;
    /// else the padded data extent.
    static func domain(values: [Double], isLog: Bool, override: ClosedRange<Double>?,
                       backgroundRange: ClosedRange<Double>?, padding: Double) -> ClosedRange<Double> {
        if let override, isUsable(override, isLog: isLog) { return override }
        if let range = backgroundRange, isUsable(range, isLog: isLog) {
            let inside = values.allSatisfy { range.contains($0) }
            return inside ? range : paddedExtent(values + [range.lowerBound, range.upperBound], isLog: isLog, padding: padding)
        }
        return paddedExtent(values, isLog: isLog, padding: padding)
    }

    /// True when `range` is finite, non-degenerate and (on a log axis) positive.
    static func isUsable(_ range: ClosedRange<Double>, isLog: Bool) -> Bool {
        range.lowerBound.isFinite && range.upperBound.isFinite && range.upperBound > range.lowerBound
            && (!isLog || range.lowerBound > 0)
    }

    /// `[min − p·span, max + p·span]` (in log10 space on log axes). No values: `0…1` (log: `1…10`).
    /// A constant value `c` gets `c ± |c|/10` (`±1` for 0; log: `c/√10 … c·√10`), so the domain is never degenerate.
    static func paddedExtent(_ values: [Double], isLog: Bool, padding: Double) -> ClosedRange<Double> {
        let mapped = values.compactMap { value -> Double? in
            guard value.isFinite, !isLog || value > 0 else { return nil }
            return isLog ? log10(value) : value
        }
        guard var low = mapped.min(), var high = mapped.max() else { return isLog ? 1...10 : 0...1 }
        if high - low <= 1e-12 * max(abs(low), abs(high)) {
            let half = isLog ? 0.5 : (low == 0 ? 1 : abs(low) / 10)
            low -= half
            high += half
        } else {
            let pad = (high - low) * padding
            low -= pad
            high += pad
        }
        let limit = Double.greatestFiniteMagnitude
        if isLog {
            return max(pow10(low), Double.leastNormalMagnitude)...min(pow10(high), limit)
        }
        return max(low, -limit)...min(high, limit)
    }

    /// 10^x.
    static func pow10(_ x: Double) -> Double { Foundation.pow(10, x) }
}
