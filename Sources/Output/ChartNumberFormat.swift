import Foundation

/// Locale-free, deterministic formatting of numbers for SVG tick labels and captions (the chart member of the
/// `NumberFormat` family).
///
/// A value is rounded to 10 significant digits (which removes binary noise such as
/// `0.30000000000000004`) and printed with the fewest digits that represent that rounded value.
/// Magnitudes below 1e-3 or at least 1e5 use a compact scientific form `2.5e5`, `1e-6`
/// (no `+`, no zero padding). Zero, including `-0`, prints as `0`. The minus sign is ASCII `-`.
public enum ChartNumberFormat {
    /// Significant digits kept before trailing zeros are stripped.
    public static let significantDigits = 10

    /// Formats `v` as described on the type: `0.5`, `1`, `2.5`, `-0.2`, `1e-6`, `2.5e5`.
    ///
    /// Non-finite values are spelled as SVG labels spell them (`NumberFormat.nonFinite(_:in: .svgLabel)`); charts
    /// never emit them.
    public static func format(_ v: Double) -> String {
        if let spelled = NumberFormat.nonFinite(v, in: .svgLabel) { return spelled }
        guard let (digits, exponent) = decimalDigits(abs(v)) else { return "0" }
        let sign = v < 0 ? "-" : ""
        if exponent < -3 || exponent >= 5 {
            return sign + scientific(digits, exponent)
        }
        return sign + positional(digits, exponent)
    }

    /// Labels for the ticks of one linear axis: `format` of each value, except that when any label needs the
    /// scientific form all non-zero labels use it, so an axis never mixes `50000` with `1e5`
    /// (`[0, 50000, 100000]` → `["0", "5e4", "1e5"]`).
    public static func formatAxis(_ values: [Double]) -> [String] {
        let labels = values.map(format)
        guard labels.contains(where: { $0.contains("e") }) else { return labels }
        return values.map { formatScientific($0) }
    }

    /// `v` in the scientific form `2.5e5` regardless of magnitude (`0` stays `0`).
    public static func formatScientific(_ v: Double) -> String {
        guard v.isFinite else { return format(v) }
        guard let (digits, exponent) = decimalDigits(abs(v)) else { return "0" }
        return (v < 0 ? "-" : "") + scientific(digits, exponent)
    }

    /// The significant decimal digits of `magnitude` (> 0) rounded to `significantDigits`, trailing zeros
    /// removed, with the decimal exponent of the first digit: `magnitude ≈ d₀.d₁d₂… × 10^exponent`.
    /// Returns nil for zero or a value that rounds to zero.
    static func decimalDigits(_ magnitude: Double) -> (digits: [Character], exponent: Int)? {
        guard magnitude > 0, magnitude.isFinite else { return nil }
        let n = significantDigits
        var exponent = Int(log10(magnitude).rounded(.down))
        var scaled = scale(magnitude, byPowerOfTen: n - 1 - exponent).rounded()
        let upper = scale(1, byPowerOfTen: n)
        let lower = scale(1, byPowerOfTen: n - 1)
        if scaled >= upper {
            exponent += 1
            scaled = scale(magnitude, byPowerOfTen: n - 1 - exponent).rounded()
        } else if scaled < lower {
            exponent -= 1
            scaled = scale(magnitude, byPowerOfTen: n - 1 - exponent).rounded()
        }
        if scaled >= upper {  // rounding carried into a new digit, e.g. 9.9999999999 → 10
            exponent += 1
            scaled = (scaled / 10).rounded()
        }
        var digits = Array(String(Int64(scaled)))
        while digits.count > 1, digits.last == "0" { digits.removeLast() }
        return (digits, exponent)
    }

    /// `value × 10^power`, split in two steps so that neither factor overflows.
    public static func scale(_ value: Double, byPowerOfTen power: Int) -> Double {
        let half = power / 2
        return value * exactPowerOfTen(half) * exactPowerOfTen(power - half)
    }

    /// 10^n, exact for |n| ≤ 22 (computed by repeated multiplication; negative n by one division).
    public static func exactPowerOfTen(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(abs(n), 400) { result *= 10 }
        return n >= 0 ? result : 1 / result
    }

    private static func scientific(_ digits: [Character], _ exponent: Int) -> String {
        var text = String(digits[0])
        if digits.count > 1 { text += "." + String(digits[1...]) }
        return text + "e" + String(exponent)
    }

    private static func positional(_ digits: [Character], _ exponent: Int) -> String {
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return String(digits) + String(repeating: "0", count: integerCount - digits.count)
        }
        return String(digits[..<integerCount]) + "." + String(digits[integerCount...])
    }
}
