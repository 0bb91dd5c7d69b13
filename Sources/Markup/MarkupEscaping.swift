/// The one escaper for HTML, SVG and MathML.
///
/// One rule for every dialect and position, CommonMark's reference renderer's: `&`, `<`, `>` and `"` become
/// `&amp;`, `&lt;`, `&gt;` and `&quot;` (safe in element content and in double-quoted attributes alike), `'`
/// stays as it is (attributes are always written with double quotes), and the characters XML 1.0 forbids are
/// dropped: C0 controls other than tab, newline and carriage return, and the noncharacters U+FFFE and U+FFFF
/// (lone surrogates cannot occur in a Swift `String`).
public enum MarkupEscaping {
    /// `text` made safe for element content and attribute values, with XML-illegal characters dropped.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsWork) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
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

    /// Whether a UTF-8 byte may need escaping or dropping: a markup character, a C0 control, or the lead byte
    /// `0xEF` of U+FFFE and U+FFFF.
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), 0xEF: return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }
}
