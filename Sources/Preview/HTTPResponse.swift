import Foundation

/// A response of the preview server: status, header fields and body. Every response carries `Content-Length`,
/// `Cache-Control: no-store` (pages change on every render) and `X-Content-Type-Options: nosniff` (a file is never
/// interpreted as another type than the one sent).
public struct HTTPResponse: Sendable {
    /// The status.
    public var status: HTTPStatus
    /// Header fields besides the ones every response carries.
    public var fields: [(name: String, value: String)]
    /// The body (sent for GET; for HEAD only its length is).
    public var body: Data
    /// True when the connection is closed after this response.
    public var closesConnection: Bool

    /// A response with `status`, `fields` and `body`; the connection stays open unless `closesConnection`.
    public init(_ status: HTTPStatus, fields: [(name: String, value: String)] = [], body: Data = Data(), closesConnection: Bool = false) {
        self.status = status
        self.fields = fields
        self.body = body
        self.closesConnection = closesConnection
    }

    /// A plain-text response: `message` and a line end.
    public static func text(_ status: HTTPStatus, _ message: String, closesConnection: Bool = false) -> HTTPResponse {
        HTTPResponse(status, fields: [("Content-Type", "text/plain; charset=utf-8")], body: Data((message + "\n").utf8),
                     closesConnection: closesConnection)
    }

    /// The refusal of a request that could not be read or is not answered; the connection is closed after it.
    public static func refusal(_ error: HTTPRequestError) -> HTTPResponse {
        text(error.status, error.message, closesConnection: true)
    }

    /// The bytes sent: status line, fields, an empty line, and the body unless `includingBody` is false (HEAD).
    public func encoded(includingBody: Bool) -> Data {
        var lines = ["HTTP/1.1 \(status.rawValue) \(status.reason)"]
        lines += fields.map { "\($0.name): \($0.value)" }
        lines += [
            "Content-Length: \(body.count)",
            "Cache-Control: no-store",
            "X-Content-Type-Options: nosniff",
            "Connection: \(closesConnection ? "close" : "keep-alive")",
        ]
        var data = Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
        if includingBody { data.append(body) }
        return data
    }
}
