/// Every URL nbrun writes into an `href` or `src` goes through here. Two kinds of text become URLs:
///
/// - a link destination the author wrote (`href`): already a URL, so reserved characters (`/ ? # % : &`) keep
///   their meaning; it is escaped as CommonMark's reference renderer escapes it;
/// - a path or fragment nbrun builds from a file name or a heading anchor (`path`, `fragment`): every character is
///   literal, so everything but the unreserved ASCII characters of RFC 3986 (and the `/` between folders) is
///   percent-encoded. A notebook `a#b.md` links to `a%23b.html`, not to `a` with fragment `b.html`; `?`, `%`,
///   spaces and non-ASCII letters are encoded the same way.
///
/// All three results are plain ASCII that needs no further escaping in a quoted attribute.
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
            default: append(byte, to: &result, keeping: isKeptInDestination)
            }
        }
        return result
    }

    /// The relative URL of the file at the relative path `path` (folders separated by `/`), each name
    /// percent-encoded: `zh/a b.html` becomes `zh/a%20b.html`.
    static func path(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            append(byte, to: &result) { $0 == UInt8(ascii: "/") || isUnreserved($0) }
        }
        return result
    }

    /// `#` and the fragment naming the element with id `id`, percent-encoded like a path (`#%E7%BB%83%E4%B9%A0`).
    static func fragment(_ id: String) -> String {
        var result = "#"
        for byte in id.utf8 { append(byte, to: &result, keeping: isUnreserved) }
        return result
    }

    private static func append(_ byte: UInt8, to result: inout String, keeping isKept: (UInt8) -> Bool) {
        if isKept(byte) {
            result.unicodeScalars.append(Unicode.Scalar(byte))
        } else {
            result += "%" + hexDigit(byte >> 4) + hexDigit(byte & 0xF)
        }
    }

    /// RFC 3986's unreserved characters: ASCII letters, digits, `-`, `.`, `_` and `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "-._~".utf8.contains(byte)
    }

    private static func isKeptInDestination(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }

    private static func hexDigit(_ value: UInt8) -> String {
        String(UnicodeScalar(value < 10 ? 48 + value : 55 + value))
    }
}
