/// The one escaper for HTML, SVG and MathML.
///
/// Rules, the same for every dialect:
/// - `&`, `<`, `>`, `'` become `&amp;`, `&lt;`, `&gt;`, `&#39;` everywhere;
/// - in attribute values (always written double-quoted) `"` also becomes `&quot;`; element content keeps `"`
///   as is (the committed reports show YAML such as `lr: "${lr}"` with plain quotes, while SVG captions
///   have always escaped the apostrophe);
/// - characters XML 1.0 forbids are dropped: C0 controls other than tab, newline and carriage return, and the
///   noncharacters U+FFFE and U+FFFF (lone surrogates cannot occur in a Swift `String`).
public enum MarkupEscaping {
    /// Where escaped text goes.
    public enum Context: Sendable {
        /// Element content.
        case text
        /// A double-quoted attribute value.
        case attribute
    }

    /// `text` made safe for `context`, with XML-illegal characters dropped.
    public static func escape(_ text: String, in context: Context = .text) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where context == .attribute: result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (`Char` production, minus what a Swift string cannot hold).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
