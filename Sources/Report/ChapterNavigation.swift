import Markup
import Notebook

/// What a chapter page of a course shows besides its content: the course title linking home, the chapter list
/// (by part) with the current chapter marked and its own contents under it, and previous/next links.
public struct ChapterNavigation: Sendable {
    /// A link to a page of the course.
    public struct Link: Sendable {
        /// What the reader sees.
        public var title: String
        /// Relative URL, percent-encoded.
        public var href: String
    }

    /// The course title and the landing page's URL.
    public var courseTitle: String, home: String
    /// The parts of the course: title (nil, or the appendix flag), chapter links, and which one is current.
    public var parts: [(title: String?, isAppendix: Bool, links: [Link])]
    /// The chapter being shown, as an index into all links in order.
    public var current: Int
    /// The path from the page's folder to the course root's (`""`, or `"../"` in a sub-course), for shared files.
    public var assetPrefix: String
    /// The chapters before and after in reading order.
    public var previous: Link?, next: Link?
    /// The chapter's downloads, source links and translations.
    public var links: PageLinks

    /// The navigation of chapter `current` (an index into `course.chapters`).
    public init(course: Course, current: Int) {
        courseTitle = course.title
        home = "index.html"
        assetPrefix = course.assetPrefix
        parts = course.parts.map { part in
            (part.title, part.isAppendix, part.chapters.map { Link(title: $0.result.title, href: URLEscaping.path($0.name + ".html")) })
        }
        self.current = current
        let links = parts.flatMap(\.links)
        previous = current > 0 ? links[current - 1] : nil
        next = current + 1 < links.count ? links[current + 1] : nil
        self.links = PageLinks(course: course, chapter: course.chapters[current])
    }

    /// The side bar: course title, the search box, then the chapter list with `headings` under the current chapter.
    /// The list collapses behind a checkbox label on narrow screens (CSS only, no script).
    func sidebar(headings: [Heading], words: ReportStrings, ids: inout PageIDs) -> MarkupNode {
        var index = 0
        var body: [MarkupNode] = []
        for part in parts {
            if let title = part.isAppendix ? words.appendix : part.title { body.append(.el("p", class: "nav-heading", [.text(title)])) }
            let items = part.links.map { link -> MarkupNode in
                defer { index += 1 }
                guard index == current else { return .el("li", [], [.el("a", [("href", link.href)], [.text(link.title)])]) }
                var children: [MarkupNode] = [.el("a", [("href", link.href), ("aria-current", "page")], [.text(link.title)])]
                let own = headings.filter { (2...3).contains($0.level) }.map { heading in
                    MarkupNode.el("li", [("class", "level-\(heading.level)")], [.el("a", [("href", URLEscaping.fragment(heading.id))], [.text(heading.text)])])
                }
                if !own.isEmpty { children.append(.el("ol", [("class", "contents"), ("aria-label", words.contents)], own)) }
                return .el("li", [("class", "current")], children)
            }
            body.append(.el("ol", class: "chapters", items))
        }
        let toggleID = ids.navigationToggle()
        let search = SearchBox.node(words: words.search, prefix: assetPrefix, ids: &ids)
        return CoursePage.sidebar(title: courseTitle, home: home, search: search, body: body, words: words, toggleID: toggleID)
    }

    /// Previous and next links at the bottom of the page.
    func pager(words: ReportStrings) -> MarkupNode {
        func link(_ link: Link?, rel: String, label: String) -> MarkupNode {
            guard let link else { return .el("span", class: rel, []) }
            return .el("a", [("class", rel), ("rel", rel), ("href", link.href)],
                       [.el("span", class: "label", [.text(label)]), .el("span", class: "title", [.text(link.title)])])
        }
        return .el("nav", [("class", "pager"), ("aria-label", words.previous + " / " + words.next)],
                   [link(previous, rel: "prev", label: "← " + words.previous), link(next, rel: "next", label: words.next + " →")])
    }
}
