import Notebook
import Output

/// Deterministic JSON text: keys in the given order, two-space indentation, shortest round-trip numbers.
public enum JSONWriter {
    /// Serializes `value` followed by a newline.
    public static func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output + "\n"
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
        let pad = String(repeating: "  ", count: indent + 1), closePad = String(repeating: "  ", count: indent)
        switch value {
        case .null: output += "null"
        case let .bool(flag): output += flag ? "true" : "false"
        case let .int(number): output += String(number)
        case let .number(number): output += NumberFormat.json(number)
        case let .string(text): output += quote(text)
        case let .array(items):
            if items.isEmpty { output += "[]"; return }
            if items.allSatisfy(isScalar) {
                output += "[" + items.map { item in var s = ""; write(item, indent: 0, into: &s); return s }.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += pad
                write(item, indent: indent + 1, into: &output)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += closePad + "]"
        case let .object(pairs):
            if pairs.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, item)) in pairs.enumerated() {
                output += pad + quote(key) + ": "
                write(item, indent: indent + 1, into: &output)
                output += index + 1 < pairs.count ? ",\n" : "\n"
            }
            output += closePad + "}"
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: return false
        default: return true
        }
    }

    /// `text` as a JSON string: quote, backslash, `\n`, `\r` and `\t` escaped as such, other C0 controls as
    /// `\u00XX`, and U+2028 and U+2029 as `\u2028` and `\u2029` (valid JSON either way, but JavaScript before
    /// ES2019 and some viewers read them as line breaks). With `inScript`, `<` is written `\u003c` too, so the
    /// string cannot close a `<script>` element or open a comment when the JSON sits inside HTML.
    static func quote(_ text: String, inScript: Bool = false) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\u2028"
            case "\u{2029}": result += "\\u2029"
            case "<" where inScript: result += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
