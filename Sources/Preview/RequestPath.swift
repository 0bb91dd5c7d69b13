/// The path of a request target as the names of a file path below the served folder: cut at `?` (or `#`), split
/// at `/`, each segment percent-decoded strictly.
///
/// Refused with 400: a target that is not a path (`*`, `http://…`), a malformed `%` escape, a segment that decodes
/// to `.`, `..`, or to text with `/`, a NUL or invalid UTF-8 (encoded traversal such as `%2e%2e` or `..%2f`).
public struct RequestPath: Equatable, Sendable {
    /// The decoded names, empty segments (`//`) left out.
    public let segments: [String]
    /// The path as sent, without query (the base of a redirect that adds a `/`).
    public let raw: String

    /// True when the path as sent ends with `/` (a folder is then served as its `index.html`).
    public var endsWithSlash: Bool { raw.hasSuffix("/") }

    /// The path of `target`.
    public init(target: String) throws(HTTPRequestError) {
        guard target.hasPrefix("/") else { throw HTTPRequestError(.badRequest, "the request target must be a path starting with /") }
        let path = target.prefix { $0 != "?" && $0 != "#" }
        raw = String(path)
        segments = try path.split(separator: "/").map { segment throws(HTTPRequestError) in try Self.decode(segment) }
    }

    /// One segment, percent-decoded; see the type's rules.
    private static func decode(_ segment: Substring) throws(HTTPRequestError) -> String {
        let bytes = Array(segment.utf8)
        var decoded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "%") else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                throw HTTPRequestError(.badRequest, "malformed percent escape in the path")
            }
            decoded.append(high << 4 | low)
            index += 3
        }
        let name = String(decoding: decoded, as: UTF8.self)
        guard Array(name.utf8) == decoded, !decoded.contains(0), !decoded.contains(UInt8(ascii: "/")) else {
            throw HTTPRequestError(.badRequest, "the path holds an encoded /, a NUL or invalid UTF-8")
        }
        guard name != ".", name != ".." else { throw HTTPRequestError(.badRequest, "the path segments . and .. are refused") }
        return name
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
