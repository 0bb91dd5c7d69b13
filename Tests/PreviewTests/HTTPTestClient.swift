import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client for the server tests: sends bytes exactly as given (no normalization of paths or
/// `Host`) and reads responses, every read bounded by a 10 s timeout.
final class HTTPTestClient {
    /// One response: status code, fields (names lowercased) and body.
    struct Response {
        var status: Int
        var fields: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let descriptor: Int32
    private var received = Data()

    /// A connection to 127.0.0.1:`port`.
    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    deinit { close(descriptor) }

    /// Sends `bytes`; false when the server closed the connection first.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Sends `text` as UTF-8.
    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// The next response (its body read by `Content-Length`, none after HEAD), or nil when the connection closed
    /// or stalled first.
    func readResponse(toHead: Bool = false) -> Response? {
        let separator = Data("\r\n\r\n".utf8)
        while received.range(of: separator) == nil { guard receiveMore() else { return nil } }
        let end = received.range(of: separator)!
        let lines = String(decoding: received[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        received.removeSubrange(..<end.upperBound)
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = toHead ? 0 : Int(fields["content-length"] ?? "0") ?? 0
        while received.count < length { guard receiveMore() else { return nil } }
        let body = received.prefix(length)
        received.removeSubrange(..<(received.startIndex + length))
        return Response(status: status, fields: fields, body: Data(body))
    }

    /// True when the server closed the connection (end of stream) with nothing more sent, within 10 s.
    func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        return received.isEmpty && recv(descriptor, &byte, 1, 0) == 0
    }

    private func receiveMore() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let count = recv(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return false }
        received.append(contentsOf: buffer[0..<count])
        return true
    }

    /// One request on a new connection: `method target` with `host` (none when nil) and `Connection: close`.
    static func request(_ target: String, port: UInt16, method: String = "GET", host: String? = nil) throws -> Response? {
        let client = try HTTPTestClient(port: port)
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        client.send("\(method) \(target) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n")
        return client.readResponse(toHead: method == "HEAD")
    }
}
