import Foundation
import Output

/// "Nice" tick positions for chart axes.
///
/// Linear ticks are multiples of a step `m × 10^p` with `m ∈ {1, 2, 5}`; each tick is computed as
/// `(k·m) × 10^p` (or `(k·m) / 10^−p`) from integers, so `0.2·3` prints as `0.6`, never `0.6000000000000001`.
/// Log ticks are powers of ten, with 2× and 5× values added when the range spans few decades.
public enum NiceTicks {
    /// Ticks inside `[lo, hi]` (order of the bounds does not matter) with a 1-2-5 step chosen so that
    /// about `count` ticks fit: the step is `span / count` rounded to the nearest of 1, 2, 5 × 10^p
    /// on a log scale (thresholds √2, √10, √50, as in d3).
    ///
    /// Returns `[]` for non-finite bounds and `[lo]` when `lo == hi`.
    /// Example: `ticks(0, 1)` → `[0, 0.2, 0.4, 0.6, 0.8, 1]`.
    public static func ticks(_ lo: Double, _ hi: Double, count: Int = 6) -> [Double] {
        guard lo.isFinite, hi.isFinite else { return [] }
        let (low, high) = lo <= hi ? (lo, hi) : (hi, lo)
        guard high > low else { return [low] }
        guard let step = niceStep(span: high - low, count: max(count, 1)) else { return [] }
        let first = (low / step.value - 1e-9).rounded(.up)
        let last = (high / step.value + 1e-9).rounded(.down)
        guard first <= last, last - first < 10_000 else { return [] }
        var ticks: [Double] = []
        var k = first
        while k <= last {
            ticks.append(step.multiple(k))
            k += 1
        }
        return ticks
    }

    /// Ticks for a base-10 log axis over `[lo, hi]` (both must be > 0).
    ///
    /// Powers of ten inside the range; when the range spans at most two decades the 2× and 5×
    /// values are added; when it spans more than ten decades only every n-th decade is kept.
    /// Falls back to linear `ticks` when fewer than two such values fall inside the range
    /// (e.g. 2…8). Example: `logTicks(1e-3, 10)` → `[0.001, 0.01, 0.1, 1, 10]`.
    public static func logTicks(_ lo: Double, _ hi: Double) -> [Double] {
        guard lo.isFinite, hi.isFinite, lo > 0, hi > 0 else { return [] }
        let (low, high) = lo <= hi ? (lo, hi) : (hi, lo)
        guard high > low else { return [low] }
        let decades = log10(high) - log10(low)
        guard decades.isFinite else { return [] }
        let mantissas: [Double] = decades <= 2 ? [1, 2, 5] : [1]
        let every = max(1, Int((decades / 10).rounded(.up)))
        let ticks = powers(low, high, mantissas: mantissas, everyNthDecade: every)
        return ticks.count >= 2 ? ticks : self.ticks(low, high).filter { $0 > 0 }
    }

    /// Unlabelled minor tick positions for a log axis: 2…9 × 10^k inside `[lo, hi]` that are not already
    /// in `major`; empty when the range spans more than six decades (they would crowd together).
    public static func logMinorTicks(_ lo: Double, _ hi: Double, excluding major: [Double]) -> [Double] {
        guard lo.isFinite, hi.isFinite, lo > 0, hi > lo, log10(hi) - log10(lo) <= 6 else { return [] }
        let all = powers(lo, hi, mantissas: [2, 3, 4, 5, 6, 7, 8, 9], everyNthDecade: 1)
        let majorSet = Set(major)
        return all.filter { !majorSet.contains($0) }
    }

    /// `m × 10^k` for each decade k (every n-th, aligned to multiples of n) and mantissa m, inside `[lo, hi]`.
    static func powers(_ lo: Double, _ hi: Double, mantissas: [Double], everyNthDecade n: Int) -> [Double] {
        let firstDecade = Int(log10(lo).rounded(.down)) - 1
        let lastDecade = Int(log10(hi).rounded(.up))
        var result: [Double] = []
        for decade in firstDecade...lastDecade where decade % n == 0 {
            for mantissa in mantissas {
                let value = StepSize(mantissa: mantissa, exponent: decade).multiple(1)
                if value >= lo * (1 - 1e-12), value <= hi * (1 + 1e-12) { result.append(value) }
            }
        }
        return result
    }

    /// The 1-2-5 step for about `count` intervals over `span`, or nil for a non-positive span.
    static func niceStep(span: Double, count: Int) -> StepSize? {
        guard span > 0, span.isFinite else { return nil }
        let raw = span / Double(count)
        let exponent = Int(log10(raw).rounded(.down))
        let error = raw / ChartNumberFormat.scale(1, byPowerOfTen: exponent)
        let mantissa: Double = error >= 50.squareRoot() ? 10 : error >= 10.squareRoot() ? 5 : error >= 2.squareRoot() ? 2 : 1
        return mantissa == 10 ? StepSize(mantissa: 1, exponent: exponent + 1) : StepSize(mantissa: mantissa, exponent: exponent)
    }
}

/// A tick step `mantissa × 10^exponent` whose multiples are computed from integers for exact decimals.
struct StepSize {
    /// 1, 2 or 5 (or any small integer).
    var mantissa: Double
    /// Decimal exponent of the step.
    var exponent: Int

    /// The step as a Double.
    var value: Double { multiple(1) }

    /// `k × step`, evaluated as `(k·mantissa) × 10^exponent` or `(k·mantissa) / 10^−exponent`,
    /// each a single correctly rounded operation when the power of ten is exact.
    func multiple(_ k: Double) -> Double {
        let integer = k * mantissa
        if exponent >= 0 { return integer * ChartNumberFormat.exactPowerOfTen(exponent) }
        return integer / ChartNumberFormat.exactPowerOfTen(-exponent)
    }
}
