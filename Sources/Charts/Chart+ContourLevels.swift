import Foundation
import Output

/// Automatic contour levels.
extension Chart {
    /// About `count` contour levels strictly between the minimum and maximum of the finite values.
    ///
    /// With `q₁₀` the 10th percentile of `v − min`: if `(max − min) / q₁₀ > 100` the field spans decades above its
    /// minimum (e.g. Rosenbrock), and levels are geometric offsets above the minimum, `min + a·gᵏ` for k = 0…count−1,
    /// from `a` = the 2nd percentile offset to the 95th percentile offset, each rounded to two significant digits.
    /// Otherwise levels are the nice linear ticks inside `(min, max)`. Empty for fewer than two distinct values.
    public static func contourLevels(for values: [[Double]], count: Int) -> [Double] {
        let finite = values.flatMap { $0 }.filter(\.isFinite).sorted()
        guard count > 0, let low = finite.first, let high = finite.last, high > low else { return [] }
        func offset(_ fraction: Double) -> Double { finite[Int(Double(finite.count - 1) * fraction)] - low }
        let span = high - low
        let decile = offset(0.1)
        guard decile > 0, span / decile > 100 else {
            return NiceTicks.ticks(low, high, count: count + 1).filter { $0 > low && $0 < high }
        }
        let first = max(offset(0.02), span * 1e-6)
        let last = max(offset(0.95), first * 10)
        let ratio = count > 1 ? pow(last / first, 1 / Double(count - 1)) : 1
        var levels: [Double] = []
        for k in 0..<count {
            let level = low + roundedToTwoDigits(first * pow(ratio, Double(k)))
            if level < high, levels.last != level { levels.append(level) }
        }
        return levels
    }

    /// `v` rounded to two significant digits, computed on integers so it prints cleanly (0.0123 → 0.012).
    static func roundedToTwoDigits(_ v: Double) -> Double {
        guard v > 0, v.isFinite else { return v }
        let exponent = Int(log10(v).rounded(.down)) - 1
        let mantissa = (v / ChartNumberFormat.scale(1, byPowerOfTen: exponent)).rounded()
        return StepSize(mantissa: mantissa, exponent: exponent).multiple(1)
    }
}
