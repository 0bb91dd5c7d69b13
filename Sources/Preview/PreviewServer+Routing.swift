import Foundation

/// What the preview server answers to a well-formed request.
extension PreviewServer {
    /// The script added before `</body>` of every served HTML page: polls `versionPath` and reloads on a change.
    public static let reloadScript = """
    <script data-nbrun-reload>(function(){var seen=null;setInterval(function(){fetch("\(versionPath)",{cache:"no-store"})\
    .then(function(r){return r.text()}).then(function(v){if(seen!==null&&v!==seen){location.reload()}seen=v})\
    .catch(function(){})},700)})();</script>
    """

    /// The response to `request`: 400 without exactly one `Host`, 421 for a `Host` other than the loopback
    /// address with this port, 405 for a method other than GET and HEAD, 413 for a request with a body, else the
    /// version counter or a file of the output folder (HTML with the reload script).
    func response(to request: HTTPRequestHead) -> HTTPResponse {
        let hosts = request.values(of: "host")
        guard hosts.count == 1, let host = hosts.first else {
            return .refusal(HTTPRequestError(.badRequest, hosts.isEmpty ? "missing Host header" : "more than one Host header"))
        }
        guard Self.loopbackHosts(port: port).contains(host.lowercased()) else {
            return .refusal(HTTPRequestError(.misdirectedRequest, "this preview answers only at http://127.0.0.1:\(port)/ and http://localhost:\(port)/"))
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = HTTPResponse.refusal(HTTPRequestError(.methodNotAllowed, "only GET and HEAD are answered"))
            response.fields.append(("Allow", "GET, HEAD"))
            return response
        }
        guard !request.hasBody else { return .refusal(HTTPRequestError(.contentTooLarge, "requests with a body are not accepted")) }
        let path: RequestPath
        do { path = try RequestPath(target: request.target) } catch { return .refusal(error) }
        if path.raw == Self.versionPath {
            return HTTPResponse(.ok, fields: [("Content-Type", "text/plain; charset=utf-8")], body: Data("\(version)".utf8))
        }
        return fileResponse(for: path)
    }

    /// The `Host` values answered for `port`: `localhost`, `127.0.0.1` and `[::1]` with the port (and without it
    /// on port 80, where browsers leave it out).
    static func loopbackHosts(port: UInt16) -> Set<String> {
        let names = ["localhost", "127.0.0.1", "[::1]"]
        return Set(names.map { "\($0):\(port)" } + (port == 80 ? names : []))
    }

    /// The file `path` names, a redirect to the folder's `/` form, or 404.
    private func fileResponse(for path: RequestPath) -> HTTPResponse {
        switch folder.lookup(path) {
        case .file(let data, let fileExtension):
            let body = fileExtension == "html" ? Self.addingReloadScript(to: data) : data
            return HTTPResponse(.ok, fields: [("Content-Type", Self.contentType(of: fileExtension))], body: body)
        case .folderWithoutSlash:
            var response = HTTPResponse.text(.movedPermanently, "moved to \(path.raw)/")
            response.fields.append(("Location", path.raw + "/"))
            return response
        case .notFound:
            return .text(.notFound, "not found: \(path.raw)")
        case .unreadable:
            return .text(.internalServerError, "cannot read \(path.raw)")
        }
    }

    /// `page` with the reload script before its last `</body>` (appended when it has none).
    static func addingReloadScript(to page: Data) -> Data {
        var page = page
        let script = Data(reloadScript.utf8)
        if let end = page.range(of: Data("</body>".utf8), options: .backwards) {
            page.insert(contentsOf: script, at: end.lowerBound)
        } else {
            page.append(script)
        }
        return page
    }

    /// The `Content-Type` of a file extension; unknown ones are `application/octet-stream` (with `nosniff`, never
    /// guessed from the contents).
    static func contentType(of fileExtension: String) -> String {
        switch fileExtension {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json", "ipynb": return "application/json"
        case "svg": return "image/svg+xml"
        case "xml": return "application/xml"
        case "png": return "image/png"
        case "woff2": return "font/woff2"
        case "py", "txt", "md": return "text/plain; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
