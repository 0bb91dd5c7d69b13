import Foundation

/// nbrun's number formatters, one family: each output spells NaN and ±∞ one way (`nonFinite(_:in:)`), and each
/// formatter writes for one output: `significant` for report text (tables, sentences, inline values, messages),
/// `json` for JSON, `python` for Python source, `ChartNumberFormat` for SVG labels. All are locale-free.
public enum NumberFormat {
    /// The outputs nbrun writes numbers into.
    public enum Target: Sendable {
        /// Text a reader sees in the HTML report and in messages: `NaN`, `∞`, `−∞`.
        case text
        /// JSON, which has no NaN: `null`.
        case json
        /// Python source: `float("nan")`, `float("inf")`, `float("-inf")`.
        case python
        /// Tick and marker labels of SVG charts, read on the same page as the text: `NaN`, `∞`, `−∞`.
        case svgLabel
    }

    /// The spelling of a non-finite `value` in `target`; `nil` when `value` is finite.
    public static func nonFinite(_ value: Double, in target: Target) -> String? {
        guard !value.isFinite else { return nil }
        switch target {
        case .text, .svgLabel: return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞")
        case .json: return "null"
        case .python: return value.isNaN ? "float(\"nan\")" : (value > 0 ? "float(\"inf\")" : "float(\"-inf\")")
        }
    }

    /// Report text: `value` with `digits` significant digits, plain notation for 1e-4 ≤ |x| < 1e6, scientific
    /// otherwise; no trailing zeros, `-0` shown as `0`.
    public static func significant(_ value: Double, digits: Int = 4) -> String {
        if let spelled = nonFinite(value, in: .text) { return spelled }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        if magnitude >= 1e-4, magnitude < 1e6 {
            let decimals = max(0, digits - 1 - Int(floor(log10(magnitude))))
            return trim(String(format: "%.\(decimals)f", value))
        }
        let text = String(format: "%.\(max(digits - 1, 0))e", value)
        guard let e = text.firstIndex(of: "e") else { return text }
        let mantissa = trim(String(text[..<e]))
        var exponent = String(text[text.index(after: e)...])
        let negative = exponent.hasPrefix("-")
        exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
        return "\(mantissa)e\(negative ? "-" : "")\(exponent.isEmpty ? "0" : exponent)"
    }

    /// JSON: the shortest digits that read back as `value`, whole numbers without a fraction (`2`, `0.5`, `1e-06`).
    public static func json(_ value: Double) -> String {
        nonFinite(value, in: .json) ?? shortest(value)
    }

    /// Python source: the digits of `json` (valid Python too), non-finite values as `float("…")`.
    public static func python(_ value: Double) -> String {
        nonFinite(value, in: .python) ?? shortest(value)
    }

    /// The shortest round-trip digits of a finite `value`; whole numbers below 1e15 without a fraction.
    private static func shortest(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func trim(_ text: String) -> String {
        guard text.contains(".") else { return text == "-0" ? "0" : text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
