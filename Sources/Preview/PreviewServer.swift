import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `--serve`: the output folder over HTTP/1.1 on 127.0.0.1, one thread per connection.
///
/// Request heads are read by `HTTPHeadReader` (bounded, linear time); only `GET` and `HEAD` from a loopback `Host`
/// with the server's port are answered (DNS rebinding); only regular files inside the output folder are served
/// (`ServedFolder`). HTML responses get a small script that polls `/__nbrun/version` and reloads the page after a
/// re-render; the files on disk never contain it.
public final class PreviewServer: @unchecked Sendable {
    /// The bounds of the server.
    public struct Limits: Sendable {
        /// The bounds of one request head.
        public var head: HTTPHeadReader.Limits
        /// Most connections open at once; more are answered 503 and closed.
        public var connections: Int
        /// Seconds a request head may take to arrive (also how long an idle connection stays open), and a write
        /// may block.
        public var requestSeconds: Double

        /// Bounds of `head`, `connections` and `requestSeconds`.
        public init(head: HTTPHeadReader.Limits, connections: Int, requestSeconds: Double) {
            self.head = head
            self.connections = connections
            self.requestSeconds = requestSeconds
        }

        /// 16 KiB heads, 64 connections, 15 s.
        public static let standard = Limits(head: .standard, connections: 64, requestSeconds: 15)
    }

    /// Why the server could not start.
    public enum StartError: Error, CustomStringConvertible {
        /// Another program listens on the port.
        case portInUse(UInt16)
        /// A socket call failed: its name and `errno`.
        case socket(String, Int32)

        public var description: String {
            switch self {
            case .portInUse(let port): return "port \(port) is already in use"
            case .socket(let call, let code): return "\(call): \(String(cString: strerror(code)))"
            }
        }
    }

    /// The path the reload script polls.
    public static let versionPath = "/__nbrun/version"

    /// The files served.
    public let folder: ServedFolder
    /// The bounds applied.
    public let limits: Limits
    private let requestedPort: UInt16
    private let lock = NSLock()
    private var boundPort: UInt16 = 0
    private var listener: Int32 = -1
    private var connections: Set<Int32> = []
    private var renders = 0
    private var stopped = false
    private let threads = DispatchGroup()

    /// A server for the folder `root` on 127.0.0.1:`port` (0: a free port the system picks), not started.
    public init(root: URL, port: UInt16, limits: Limits = .standard) {
        folder = ServedFolder(root: root)
        requestedPort = port
        self.limits = limits
    }

    /// The port listened on (after `start()`).
    public var port: UInt16 { lock.withLock { boundPort } }

    /// The number of renders announced by `outputChanged()`, which `/__nbrun/version` answers.
    var version: Int { lock.withLock { renders } }

    /// Binds 127.0.0.1 and starts accepting connections; throws when the port is busy or a socket call fails.
    public func start() throws(StartError) {
        let socket = try Self.listen(on: requestedPort)
        lock.withLock {
            listener = socket.descriptor
            boundPort = socket.port
        }
        threads.enter()
        let thread = Thread { [self] in
            acceptConnections(on: socket.descriptor)
            threads.leave()
        }
        thread.name = "nbrun-preview-accept"
        thread.start()
    }

    /// Tells open pages that the output changed (they reload on their next poll).
    public func outputChanged() {
        lock.withLock { renders += 1 }
    }

    /// Stops listening, closes every connection and waits (a few seconds at most) for their threads to end.
    public func stop() {
        let (socket, open) = lock.withLock { () -> (Int32, Set<Int32>) in
            stopped = true
            return (listener, connections)
        }
        if socket >= 0 { shutdown(socket, Int32(SHUT_RDWR)) }
        for connection in open { shutdown(connection, Int32(SHUT_RDWR)) }
        _ = threads.wait(timeout: .now() + 5)
    }

    /// Accepts connections until `stop()`; each is served on its own thread, or refused (503) when
    /// `limits.connections` are open.
    private func acceptConnections(on socket: Int32) {
        defer { close(socket) }
        while true {
            let connection = accept(socket, nil, nil)
            guard connection >= 0 else {
                if lock.withLock({ stopped }) { return }
                if errno != EINTR, errno != ECONNABORTED { usleep(50_000) }
                continue
            }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            guard register(connection) else {
                Self.send(HTTPResponse.text(.serviceUnavailable, "too many connections", closesConnection: true).encoded(includingBody: true), to: connection)
                close(connection)
                continue
            }
            threads.enter()
            let thread = Thread { [self] in
                serve(connection)
                lock.withLock { _ = connections.remove(connection) }
                close(connection)
                threads.leave()
            }
            thread.name = "nbrun-preview-connection"
            thread.start()
        }
    }

    /// Adds `connection` to the open ones; false when stopped or full.
    private func register(_ connection: Int32) -> Bool {
        lock.withLock {
            guard !stopped, connections.count < limits.connections else { return false }
            connections.insert(connection)
            return true
        }
    }
}
