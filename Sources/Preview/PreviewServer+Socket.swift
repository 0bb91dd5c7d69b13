import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The socket calls of the preview server.
extension PreviewServer {
    /// A listening socket on 127.0.0.1:`port` (0: a free port) and the port it is bound to.
    static func listen(on port: UInt16) throws(StartError) -> (descriptor: Int32, port: UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socket >= 0 else { throw .socket("socket", errno) }
        var reuse: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = in_addr_t(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address -> Int32 in
                guard bind(socket, address, length) == 0 else { return errno }
                guard Glibc.listen(socket, 64) == 0 else { return errno }
                return getsockname(socket, address, &length) == 0 ? 0 : errno
            }
        }
        guard bound == 0 else {
            close(socket)
            throw bound == EADDRINUSE ? .portInUse(port) : .socket("bind", bound)
        }
        return (socket, UInt16(bigEndian: address.sin_port))
    }

    /// Writes all of `data` to `connection`; false when the peer is gone or a write blocked longer than the
    /// socket's send timeout.
    @discardableResult
    static func send(_ data: Data, to connection: Int32) -> Bool {
        data.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let count = Glibc.send(connection, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                sent += count
            }
            return true
        }
    }

    /// Waits until `connection` has bytes to read (or was closed) for at most `seconds`; false on timeout.
    static func waitForInput(on connection: Int32, seconds: Double) -> Bool {
        var entry = pollfd(fd: connection, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, Int32(max(0, min(seconds, 3600)) * 1000))
            if ready < 0, errno == EINTR { continue }
            return ready != 0
        }
    }

    /// Sets how long one write to `connection` may block.
    static func setSendTimeout(_ seconds: Double, on connection: Int32) {
        var time = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Closes the sending side and reads what the peer still sends (up to 1 MiB, 2 s), so that unread request
    /// bytes do not turn the close into a reset that could discard the response just sent (RFC 9112 §9.6).
    static func drainBeforeClosing(_ connection: Int32) {
        shutdown(connection, Int32(SHUT_WR))
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var drained = 0
        let deadline = Deadline(seconds: 2)
        while drained < 1 << 20, waitForInput(on: connection, seconds: deadline.remaining) {
            let count = recv(connection, &buffer, buffer.count, 0)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            drained += count
        }
    }
}

/// A point on the monotonic clock, a number of seconds from when it was made.
struct Deadline {
    private let end: DispatchTime

    /// The deadline `seconds` from now.
    init(seconds: Double) {
        end = .now() + seconds
    }

    /// Seconds left (0 once passed).
    var remaining: Double {
        let now = DispatchTime.now()
        return now >= end ? 0 : Double(end.uptimeNanoseconds - now.uptimeNanoseconds) / 1e9
    }
}
