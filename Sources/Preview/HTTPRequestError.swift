/// A request the server refuses before routing it: the status to answer with and a one-line explanation for the
/// response body. The connection is closed after such a response.
public struct HTTPRequestError: Error, Equatable, Sendable {
    /// The status of the response.
    public let status: HTTPStatus
    /// What was wrong, for the plain-text body.
    public let message: String

    /// A refusal with `status` and `message`.
    public init(_ status: HTTPStatus, _ message: String) {
        self.status = status
        self.message = message
    }
}
