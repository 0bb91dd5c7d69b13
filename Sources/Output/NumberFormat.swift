import Foundation

/// Locale-free number formatting for reports and messages.
public enum NumberFormat {
    /// `value` with `digits` significant digits, plain notation for 1e-4 ≤ |x| < 1e6, scientific otherwise;
    /// no trailing zeros, `-0` shown as `0`, non-finite values as `NaN`/`∞`.
    public static func significant(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
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

    private static func trim(_ text: String) -> String {
        guard text.contains(".") else { return text == "-0" ? "0" : text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
