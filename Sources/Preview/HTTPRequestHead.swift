/// A parsed request head: request line and header fields (RFC 9112 §3 and §5), strictly checked.
public struct HTTPRequestHead: Equatable, Sendable {
    /// The HTTP versions answered.
    public enum Version: String, Sendable {
        case http10 = "HTTP/1.0"
        case http11 = "HTTP/1.1"
    }

    /// The method token, case-sensitive (`GET`, `HEAD`, …).
    public let method: String
    /// The request target as sent (origin form: a path and an optional query).
    public let target: String
    /// The protocol version.
    public let version: Version
    /// The header fields in order, names lowercased, values without surrounding whitespace.
    public let fields: [(name: String, value: String)]

    public static func == (a: HTTPRequestHead, b: HTTPRequestHead) -> Bool {
        a.method == b.method && a.target == b.target && a.version == b.version
            && a.fields.map(\.name) == b.fields.map(\.name) && a.fields.map(\.value) == b.fields.map(\.value)
    }

    /// Parses the lines of a head (from `HTTPHeadReader`); throws 400 for a malformed line, 505 for another
    /// HTTP version.
    public init(lines: [[UInt8]]) throws(HTTPRequestError) {
        guard let requestLine = lines.first else { throw HTTPRequestError(.badRequest, "empty request") }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, let method = Self.token(parts[0]), let target = Self.visibleASCII(parts[1]) else {
            throw HTTPRequestError(.badRequest, "malformed request line")
        }
        let versionText = String(decoding: parts[2], as: UTF8.self)
        guard versionText.hasPrefix("HTTP/") else { throw HTTPRequestError(.badRequest, "malformed request line") }
        guard let version = Version(rawValue: versionText) else {
            throw HTTPRequestError(.versionNotSupported, "only HTTP/1.1 and HTTP/1.0 are answered")
        }
        self.method = method
        self.target = target
        self.version = version
        fields = try lines.dropFirst().map { line throws(HTTPRequestError) in try Self.field(line) }
    }

    /// The values of every field named `name` (lowercase).
    public func values(of name: String) -> [String] {
        fields.filter { $0.name == name }.map(\.value)
    }

    /// True when the connection stays open after the response: HTTP/1.1 unless `Connection: close`, HTTP/1.0 only
    /// with `Connection: keep-alive`.
    public var keepsAlive: Bool {
        let options = values(of: "connection").flatMap { $0.lowercased().split(separator: ",") }
            .map { $0.trimmed(of: " \t") }
        switch version {
        case .http11: return !options.contains("close")
        case .http10: return options.contains("keep-alive")
        }
    }

    /// True when the request announces a body (a non-zero `Content-Length` or any `Transfer-Encoding`).
    public var hasBody: Bool {
        !values(of: "transfer-encoding").isEmpty || values(of: "content-length").contains { $0 != "0" }
    }

    /// One `name: value` line; obsolete line folding, whitespace before the colon and control characters are 400.
    private static func field(_ line: [UInt8]) throws(HTTPRequestError) -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), let name = token(line[..<colon]) else {
            throw HTTPRequestError(.badRequest, "malformed header line")
        }
        let value = line[(colon + 1)...]
        guard !value.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
            throw HTTPRequestError(.badRequest, "control character in header \(name)")
        }
        let text = String(decoding: value, as: UTF8.self).trimmed(of: " \t")
        return (name.lowercased(), text)
    }

    /// `bytes` as a token (RFC 9110 §5.6.2), or nil when empty or holding another character.
    private static func token(_ bytes: ArraySlice<UInt8>) -> String? {
        let symbols = Set("!#$%&'*+-.^_`|~".utf8)
        let valid = !bytes.isEmpty && bytes.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || symbols.contains(byte)
        }
        return valid ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// `bytes` when non-empty and made of visible ASCII characters only.
    private static func visibleASCII(_ bytes: ArraySlice<UInt8>) -> String? {
        !bytes.isEmpty && bytes.allSatisfy { (0x21...0x7E).contains($0) } ? String(decoding: bytes, as: UTF8.self) : nil
    }
}
