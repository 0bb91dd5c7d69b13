/// Where a course lives besides the rendered folder, from the syllabus (`index.md`) front matter: the source
/// repository (for "Edit this page" and "Open in Colab" links) and the published address (for `sitemap.xml`
/// and the absolute links of `404.html`). Every field is already validated and normalized.
public struct SiteSettings: Equatable, Sendable {
    /// The hosting service, which decides how an edit link is spelled.
    public enum Host: String, Equatable, Sendable {
        /// github.com (also the only host Colab opens notebooks from).
        case github
        /// gitlab.com or a self-hosted GitLab whose name starts with `gitlab.`.
        case gitlab
        /// Any other host: GitHub's spelling (`/edit/BRANCH/PATH`), which Gitea and Forgejo share.
        case other
    }

    /// `repository:` as `https://HOST/OWNER/NAME`, without a trailing slash or `.git`.
    public var repository: String?
    /// `branch:`, default `main`.
    public var branch = "main"
    /// `path:`, the course folder inside the repository (`notebooks`), `""` for the repository's root.
    public var path = ""
    /// `output_path:`, the folder inside the repository (on `branch`) holding the rendered course; the "Open in
    /// Colab" link needs it, since Colab opens a notebook file committed to GitHub.
    public var outputPath: String?
    /// `site_url:`, where the rendered course is published, ending in `/` (`https://me.github.io/course/`).
    public var siteURL: String?

    /// No repository, no address.
    public init() {}

    /// The repository's host kind, nil without `repository:`.
    public var host: Host? {
        guard let repository else { return nil }
        let name = repository.dropFirst("https://".count).prefix { $0 != "/" }.lowercased()
        if name == "github.com" { return .github }
        return name.hasPrefix("gitlab.") ? .gitlab : .other
    }

    /// `true` when nothing was set.
    public var isEmpty: Bool { self == SiteSettings() }
}
