/// Collects the lines of request heads (a request line, header lines, an empty line) from the bytes a connection
/// receives, refusing a head longer than `limits.headBytes` before collecting more of it.
///
/// Each received byte is scanned once, so a head costs time linear in its length; the bytes after a complete head
/// (a pipelined request) stay for the next call of `nextHead()`. Lines end in CRLF or a bare LF (RFC 9112 §2.2);
/// empty lines before a request line are skipped.
public struct HTTPHeadReader: Sendable {
    /// The bounds of one request head.
    public struct Limits: Sendable, Equatable {
        /// Most bytes of a head, request line and header lines with their line ends.
        public var headBytes: Int
        /// Most header lines.
        public var headerLines: Int

        /// Bounds of `headBytes` bytes and `headerLines` header lines.
        public init(headBytes: Int, headerLines: Int) {
            self.headBytes = headBytes
            self.headerLines = headerLines
        }

        /// 16 KiB and 100 header lines: far above what a browser sends to a preview.
        public static let standard = Limits(headBytes: 16 * 1024, headerLines: 100)
    }

    /// The bounds applied.
    public let limits: Limits
    /// Bytes received and not yet returned as part of a head.
    private(set) var pending: [UInt8] = []
    /// Where the current line starts in `pending`, and how far `pending` has been scanned for line ends.
    private var lineStart = 0, scanned = 0
    /// The lines of the current head found so far (without their line ends).
    private var lines: [Range<Int>] = []

    /// A reader with `limits`.
    public init(limits: Limits = .standard) {
        self.limits = limits
    }

    /// True when no byte of a next request has been received.
    public var isEmpty: Bool { pending.isEmpty }

    /// Adds bytes received from the connection.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        pending.append(contentsOf: bytes)
    }

    /// The lines of the next complete head (without line ends; the request line first), or nil when more bytes
    /// are needed. Throws 414 when the request line, or 431 when the head, is longer than `limits` allow.
    public mutating func nextHead() throws(HTTPRequestError) -> [[UInt8]]? {
        let end = min(pending.count, limits.headBytes)
        while scanned < end {
            let index = scanned
            scanned += 1
            guard pending[index] == UInt8(ascii: "\n") else { continue }
            var lineEnd = index
            if lineEnd > lineStart, pending[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            if lineEnd > lineStart {
                lines.append(lineStart..<lineEnd)
                if lines.count > limits.headerLines + 1 {
                    throw HTTPRequestError(.headerFieldsTooLarge, "more than \(limits.headerLines) header lines")
                }
            } else if !lines.isEmpty {
                return takeHead(through: index)
            }
            lineStart = index + 1
        }
        if pending.count >= limits.headBytes { throw tooLong() }
        return nil
    }

    /// The collected lines; drops their bytes from `pending`, keeping what follows `index` for the next head.
    private mutating func takeHead(through index: Int) -> [[UInt8]] {
        let head = lines.map { Array(pending[$0]) }
        pending.removeSubrange(0...index)
        lines = []
        lineStart = 0
        scanned = 0
        return head
    }

    private func tooLong() -> HTTPRequestError {
        lines.isEmpty
            ? HTTPRequestError(.uriTooLong, "the request line is longer than \(limits.headBytes) bytes")
            : HTTPRequestError(.headerFieldsTooLarge, "the request head is longer than \(limits.headBytes) bytes")
    }
}
