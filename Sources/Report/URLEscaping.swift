/// Link destinations written into `href` and `src` as CommonMark's reference renderer writes them.
enum URLEscaping {
    /// `url` with every byte outside letters, digits and ``-_.+!*(),%#@?=;:/$~`` percent-encoded, `&` as `&amp;`
    /// and `'` as `&#x27;`: reserved characters keep their URL meaning, and the result is safe in a quoted
    /// attribute.
    static func href(_ url: String) -> String {
        var result = ""
        result.reserveCapacity(url.utf8.count)
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;"
            case UInt8(ascii: "'"): result += "&#x27;"
            default:
                if isKept(byte) {
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    result += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0xF)
                }
            }
        }
        return result
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }

    private static func hexDigit(_ value: UInt8) -> String {
        String(UnicodeScalar(value < 10 ? 48 + value : 55 + value))
    }
}
