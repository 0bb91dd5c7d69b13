import FlyingFox
import FlyingSocks
import Foundation

/// `--serve`: the output folder over HTTP on 127.0.0.1 (FlyingFox). HTML responses get a small script that polls
/// `/__nbrun/version` and reloads the page after a re-render; the files on disk never contain it.
final class PreviewServer: @unchecked Sendable {
    /// The folder served (the output folder).
    let root: URL
    /// The TCP port on 127.0.0.1.
    let port: UInt16
    private let server: HTTPServer
    private let lock = NSLock()
    private var renders = 0

    /// The path the reload script polls.
    static let versionPath = "/__nbrun/version"
    /// The script added before `</body>` of every served HTML page.
    static let reloadScript = """
    <script data-nbrun-reload>(function(){var seen=null;setInterval(function(){fetch("\(versionPath)",{cache:"no-store"})\
    .then(function(r){return r.text()}).then(function(v){if(seen!==null&&v!==seen){location.reload()}seen=v})\
    .catch(function(){})},700)})();</script>
    """

    /// A server for `root` on `port` (not started).
    init(root: URL, port: UInt16) throws {
        self.root = root.standardizedFileURL
        self.port = port
        server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// Starts listening; returns once the port is bound, or throws (a busy port: `SocketError.failed`, `EADDRINUSE`).
    func start() throws {
        let ready = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        let server = self.server
        Task.detached { [self] in
            await server.appendRoute(HTTPRoute("GET " + Self.versionPath)) { _ in self.versionResponse() }
            await server.appendRoute("GET /") { request in self.fileResponse(for: request.path) }
            await server.appendRoute("GET /*") { request in self.fileResponse(for: request.path) }
            do { try await server.run() } catch { outcome.set(error) }
            ready.signal()
        }
        Task.detached {
            do { try await server.waitUntilListening(timeout: 10) } catch { outcome.set(error) }
            ready.signal()
        }
        ready.wait()
        if let error = outcome.error { throw error }
    }

    /// Tells open pages that the output changed (they reload on their next poll).
    func outputChanged() {
        lock.lock()
        renders += 1
        lock.unlock()
    }

    /// Closes the listening socket and waits for open connections.
    func stop() {
        let done = DispatchSemaphore(value: 0)
        let server = self.server
        Task.detached {
            await server.stop(timeout: 1)
            done.signal()
        }
        _ = done.wait(timeout: .now() + 3)
    }

    private func versionResponse() -> HTTPResponse {
        lock.lock()
        let version = renders
        lock.unlock()
        return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"], body: Data("\(version)".utf8))
    }

    /// The file for a request path (`/` and folders give their `index.html`); HTML with the reload script.
    func fileResponse(for path: String) -> HTTPResponse {
        let decoded = path.removingPercentEncoding ?? path
        let parts = decoded.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0.hasPrefix(".") }) else { return notFound(path) }
        var url = parts.reduce(root) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        guard url.standardizedFileURL.path.hasPrefix(root.path), let data = FileManager.default.contents(atPath: url.path) else {
            return notFound(path)
        }
        let type = Self.contentType(of: url.pathExtension)
        let body = url.pathExtension == "html" ? Self.addingReloadScript(to: data) : data
        return HTTPResponse(statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    private func notFound(_ path: String) -> HTTPResponse {
        HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/plain; charset=utf-8"], body: Data("not found: \(path)\n".utf8))
    }

    /// `page` with the reload script before its last `</body>` (appended when it has none).
    static func addingReloadScript(to page: Data) -> Data {
        let text = String(decoding: page, as: UTF8.self)
        guard let end = text.range(of: "</body>", options: .backwards) else { return Data((text + reloadScript).utf8) }
        return Data(text.replacingCharacters(in: end, with: reloadScript + "</body>").utf8)
    }

    private static func contentType(of fileExtension: String) -> String {
        switch fileExtension {
        case "html": return "text/html; charset=utf-8"
        case "json", "ipynb": return "application/json"
        case "svg": return "image/svg+xml"
        case "css": return "text/css"
        case "png": return "image/png"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }

    /// The first error of the start-up tasks.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var error: Error?
        func set(_ error: Error) {
            lock.lock()
            if self.error == nil { self.error = error }
            lock.unlock()
        }
    }
}
