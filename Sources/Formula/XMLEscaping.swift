import Foundation

/// XML text and attribute escaping, and locale-free length formatting.
enum XMLEscaping {
    /// `text` with `&`, `<`, `>`, `"` escaped, safe in element content and double-quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// An em length with at most four decimals and no trailing zeros, e.g. `0.1667em`, `1em`, `-0.1667em`.
    static func em(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if text == "-0" { text = "0" }
        return text + "em"
    }
}
