import Results

/// The URLs the syllabus's site keys lead to, every part escaped by `URLEscaping`.
extension SiteSettings {
    /// The editor for `file` (a path relative to the outermost course folder): `REPO/edit/BRANCH/PATH/file` on
    /// GitHub and most hosts, `REPO/-/edit/BRANCH/PATH/file` on GitLab; nil without `repository:`.
    func editURL(_ file: String) -> String? {
        guard let repository, let host else { return nil }
        let edit = host == .gitlab ? "/-/edit/" : "/edit/"
        return URLEscaping.href(repository) + edit + URLEscaping.path(branch) + "/" + URLEscaping.path(Self.join(path, file))
    }

    /// Google Colab's page for the notebook `file` (relative to the outermost output folder), which Colab reads
    /// from `output_path:` on `branch`; nil unless the repository is on GitHub and `output_path:` is given.
    func colabURL(_ file: String) -> String? {
        guard let repository, host == .github, let outputPath else { return nil }
        let ownerAndName = repository.dropFirst("https://github.com/".count)
        return "https://colab.research.google.com/github/" + URLEscaping.href(String(ownerAndName)) + "/blob/"
            + URLEscaping.path(branch) + "/" + URLEscaping.path(Self.join(outputPath, file))
    }

    /// The published address of `page` (relative to the outermost output folder, possibly through `../`), a
    /// landing page as its folder (`https://me.github.io/course/zh/`); nil without `site_url:`.
    func absoluteURL(_ page: String) -> String? {
        guard let siteURL else { return nil }
        var path = Self.normalized(page)
        if path == "index.html" || path.hasSuffix("/index.html") { path.removeLast("index.html".count) }
        return URLEscaping.href(siteURL) + URLEscaping.path(path)
    }

    /// `folder/file`, or `file` when `folder` is empty.
    static func join(_ folder: String, _ file: String) -> String {
        folder.isEmpty ? file : folder + "/" + file
    }

    /// `path` with `.` and `name/..` removed (`zh/../gd.html` → `gd.html`); a `..` above the start is dropped.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
