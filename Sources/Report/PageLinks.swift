import Markup
import Results

/// What a course page links to besides the chapter navigation: the same page in the course's other languages
/// (`hreflang` links in the head and a visible switch), and for a chapter its downloads (`.ipynb`, `.py`, the
/// CSV files it reads) and, with `repository:` in the syllabus, "Edit this page" and "Open in Colab".
public struct PageLinks: Sendable {
    /// The same page in one language: its tag, its name for readers, a relative URL and, with `site_url:`, an
    /// absolute one; `isTwin` is false when that language lacks this chapter and the link leads to its landing page.
    public struct Alternate: Sendable, Equatable {
        public var lang: String, name: String, href: String, absolute: String?, isTwin: Bool
    }

    /// A file to download: what it is, its relative URL, and its file name.
    public struct Download: Sendable, Equatable {
        /// The chapter as a notebook or a program, the runtime module both import, or a data file it reads.
        public enum Kind: Sendable, Equatable { case notebook, program, runtime, data }
        public var kind: Kind, href: String, file: String
    }

    /// The page in every language of the course, this one first; empty without translations.
    public var alternates: [Alternate] = []
    /// The chapter's downloads, empty on a landing page.
    public var downloads: [Download] = []
    /// The chapter's Markdown in its repository's editor.
    public var edit: String?
    /// The chapter's notebook in Google Colab (GitHub repositories with `output_path:`).
    public var colab: String?
    /// The chapter's slide deck (`NAME.slides.html`, `SlideDeck`), written beside every chapter page.
    public var slides: String?

    /// The links of the page `chapter` (a page name; nil for the landing page) of `course`.
    public init(course: Course, chapter: Course.Chapter?) {
        let words = { (lang: String) in ReportStrings.forLanguage(lang).site }
        let own = chapter.map { $0.name + ".html" } ?? "index.html"
        if !course.translations.isEmpty {
            alternates = [Alternate(lang: course.lang, name: words(course.lang).languageName, href: URLEscaping.path(own),
                                    absolute: course.site.absoluteURL(course.folderPath + own), isTwin: true)]
            alternates += course.translations.map { translation in
                let page = course.page(of: chapter?.name, in: translation)
                return Alternate(lang: translation.lang, name: words(translation.lang).languageName, href: URLEscaping.path(page),
                                 absolute: course.site.absoluteURL(course.folderPath + page),
                                 isTwin: chapter.map { translation.chapters.contains($0.name) } ?? true)
            }
        }
        guard let chapter else { return }
        downloads = [Download(kind: .notebook, href: URLEscaping.path(chapter.name + ".ipynb"), file: chapter.name + ".ipynb"),
                     Download(kind: .program, href: URLEscaping.path(chapter.name + ".py"), file: chapter.name + ".py"),
                     Download(kind: .runtime, href: URLEscaping.path(PythonRuntime.fileName), file: PythonRuntime.fileName)]
        downloads += Self.dataFiles(chapter.result).map { Download(kind: .data, href: URLEscaping.path($0), file: $0) }
        slides = URLEscaping.path(chapter.name + SlideDeck.fileSuffix)
        edit = course.site.editURL(course.folderPath + chapter.name + ".md")
        colab = course.site.colabURL(course.folderPath + chapter.name + ".ipynb")
    }

    /// The CSV files the notebook's runs read, as copied beside its exports (`PythonExportFolder`), in order of
    /// first use.
    public static func dataFiles(_ result: NotebookResult) -> [String] {
        PythonExportFolder.dataFiles(of: result).map(\.exported)
    }

    /// The translations of this very page, itself first; empty when it has none (a landing page link is not one).
    public var twins: [Alternate] {
        let twins = alternates.filter(\.isTwin)
        return twins.count > 1 ? twins : []
    }

    /// `<link rel="alternate" hreflang=…>` for every translation of the page, itself included (absolute with
    /// `site_url:`).
    func head() -> [MarkupNode] {
        twins.map { .el("link", [("rel", "alternate"), ("hreflang", $0.lang), ("href", $0.absolute ?? $0.href)]) }
    }

    /// The bar above the page's content: downloads, source links and the language switch; nil when empty.
    func toolbar(words: ReportStrings) -> MarkupNode? {
        var groups: [MarkupNode] = []
        if !downloads.isEmpty {
            let links = downloads.map { download -> MarkupNode in
                let label = switch download.kind {
                case .notebook: words.site.notebookFile
                case .program: words.site.pythonFile
                case .runtime, .data: download.file
                }
                return .el("a", [("href", download.href), ("download", ""), ("title", download.file)], [.text(label)])
            }
            groups.append(.el("span", class: "downloads", [.el("span", class: "tools-label", [.text(words.site.downloads + ":")])] + links))
        }
        var sources: [MarkupNode] = []
        if let slides { sources.append(.el("a", [("href", slides), ("class", "slides")], [.text(SlideWords.forLanguage(words.tags.first ?? "en").slides)])) }
        if let edit { sources.append(.el("a", [("href", edit), ("class", "edit")], [.text(words.site.editPage)])) }
        if let colab { sources.append(.el("a", [("href", colab), ("class", "colab")], [.text(words.site.openInColab)])) }
        if !sources.isEmpty { groups.append(.el("span", class: "sources", sources)) }
        if let switcher = languageSwitch(words: words) { groups.append(switcher) }
        return groups.isEmpty ? nil : .el("div", class: "page-tools", groups)
    }

    /// The language switch: every language by its own name, the current one marked.
    func languageSwitch(words: ReportStrings) -> MarkupNode? {
        guard alternates.count > 1 else { return nil }
        let items = alternates.enumerated().map { index, alternate -> MarkupNode in
            index == 0 ? .el("span", [("class", "current"), ("lang", alternate.lang), ("aria-current", "page")], [.text(alternate.name)])
                : .el("a", [("href", alternate.href), ("hreflang", alternate.lang), ("lang", alternate.lang)], [.text(alternate.name)])
        }
        return .el("nav", [("class", "languages"), ("aria-label", words.site.languages)], items)
    }
}
