import Notebook
import Results

/// The syllabus's site keys: `repository:`, `branch:`, `path:`, `output_path:` and `site_url:`, each checked
/// where it is written (a located error with the fix) and normalized into `SiteSettings`.
extension FrontMatter {
    /// The front-matter keys that describe the whole course; only a course's `index.md` may use them.
    static let siteKeys = ["repository", "branch", "path", "output_path", "site_url"]

    /// Reads one site key into `site`; an error when the notebook is not a syllabus or the value is malformed.
    static func readSite(_ entry: YAMLNode.Entry, into site: inout SiteSettings, reader: NodeReader) throws {
        let fileName = reader.path.split(separator: "/").last.map(String.init) ?? reader.path
        guard fileName == "index.md" else {
            throw Diagnostic(.error, "'\(entry.key)' describes the whole course and belongs in its index.md front matter",
                             at: entry.keyLocation, file: reader.path, hint: "move it to the course folder's index.md")
        }
        let text = try reader.string(entry.value, key: entry.key).trimmingCharacters(in: .whitespaces)
        switch entry.key {
        case "repository": site.repository = try repository(text, node: entry.value, reader: reader)
        case "branch": site.branch = try branch(text, node: entry.value, reader: reader)
        case "path": site.path = try folder(text, key: "path", node: entry.value, reader: reader)
        case "output_path": site.outputPath = try folder(text, key: "output_path", node: entry.value, reader: reader)
        default: site.siteURL = try siteURL(text, node: entry.value, reader: reader)
        }
    }

    /// `https://HOST/OWNER/NAME[/…]`, without a trailing `/` or `.git`.
    private static func repository(_ text: String, node: YAMLNode, reader: NodeReader) throws -> String {
        var url = text
        while url.hasSuffix("/") { url.removeLast() }
        if url.hasSuffix(".git") { url.removeLast(4) }
        let parts = url.hasPrefix("https://") ? url.dropFirst(8).split(separator: "/", omittingEmptySubsequences: false) : []
        guard parts.count >= 3, !parts.contains(where: \.isEmpty), isPlainURLText(url), !url.contains("?"), !url.contains("#") else {
            throw reader.error("'repository' must be the repository's web address, https://HOST/OWNER/NAME, not '\(text)'", at: node,
                               hint: "for example repository: https://github.com/me/my-course")
        }
        return url
    }

    /// A branch name as git allows it: no spaces, `..`, `~^:?*[\`, and no leading `-` or `/`.
    private static func branch(_ text: String, node: YAMLNode, reader: NodeReader) throws -> String {
        let forbidden = Set(" ~^:?*[\\")
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasPrefix("/"), !text.hasSuffix("/"), !text.contains(".."),
              isPlainURLText(text), !text.contains(where: { forbidden.contains($0) }) else {
            throw reader.error("'branch' must be a git branch name such as main, not '\(text)'", at: node)
        }
        return text
    }

    /// A folder inside the repository, relative (`notebooks`, `docs/course`), without `..`; `.` or empty is the root.
    private static func folder(_ text: String, key: String, node: YAMLNode, reader: NodeReader) throws -> String {
        let parts = text.split(separator: "/").filter { $0 != "." }
        guard !text.hasPrefix("/"), !parts.contains(".."), isPlainURLText(text) else {
            throw reader.error("'\(key)' must be a folder inside the repository, relative to its root (such as notebooks), not '\(text)'",
                               at: node)
        }
        return parts.joined(separator: "/")
    }

    /// `http(s)://HOST/…` ending in `/`, without a query or fragment.
    private static func siteURL(_ text: String, node: YAMLNode, reader: NodeReader) throws -> String {
        let scheme = ["https://", "http://"].first { text.lowercased().hasPrefix($0) }
        let rest = scheme.map { text.dropFirst($0.count) } ?? ""
        guard scheme != nil, !rest.isEmpty, !rest.hasPrefix("/"), isPlainURLText(text), !text.contains("?"), !text.contains("#") else {
            throw reader.error("'site_url' must be the address the course is published at, such as https://me.github.io/course/, not '\(text)'",
                               at: node)
        }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// No spaces, control characters, quotes or angle brackets: text that can stand in a URL as written.
    private static func isPlainURLText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F || "\"'<>&\\`{}|^".unicodeScalars.contains($0) }
    }
}
