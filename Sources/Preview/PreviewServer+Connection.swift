import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One connection: request heads read with bounds and a deadline, answered in order, kept alive as HTTP/1.1 asks.
extension PreviewServer {
    /// Answers the requests of `connection` until the peer closes it, a request asks to close, a head is
    /// refused, or no complete head arrives within `limits.requestSeconds`.
    func serve(_ connection: Int32) {
        Self.setSendTimeout(limits.requestSeconds, on: connection)
        var reader = HTTPHeadReader(limits: limits.head)
        var open = true
        while open {
            do {
                guard let lines = try receiveHead(from: connection, into: &reader) else { return }
                let request = try HTTPRequestHead(lines: lines)
                open = finish(connection, with: response(to: request), includingBody: request.method != "HEAD",
                              closing: !request.keepsAlive)
            } catch {
                open = finish(connection, with: .refusal(error), includingBody: true, closing: true)
            }
        }
    }

    /// Sends `response` (marked as closing when `closing`); when closing, drains the connection. True when the
    /// connection stays open.
    @discardableResult
    private func finish(_ connection: Int32, with response: HTTPResponse, includingBody: Bool, closing: Bool) -> Bool {
        var response = response
        response.closesConnection = response.closesConnection || closing
        guard Self.send(response.encoded(includingBody: includingBody), to: connection) else { return false }
        if response.closesConnection { Self.drainBeforeClosing(connection) }
        return !response.closesConnection
    }

    /// The lines of the next request head, or nil when the peer closed the connection or the head did not arrive
    /// in time (a partial head is then answered 408).
    private func receiveHead(from connection: Int32, into reader: inout HTTPHeadReader) throws(HTTPRequestError) -> [[UInt8]]? {
        let deadline = Deadline(seconds: limits.requestSeconds)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let head = try reader.nextHead() { return head }
            guard Self.waitForInput(on: connection, seconds: deadline.remaining) else {
                if reader.isEmpty { return nil }
                throw HTTPRequestError(.requestTimeout, "the request head did not arrive within \(limits.requestSeconds) s")
            }
            let count = recv(connection, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return nil }
            reader.append(buffer[0..<count])
        }
    }
}
