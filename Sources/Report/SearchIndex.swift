import Notebook
import Results

/// The course's search index, written once at the course root as `search-index.js`: every page of the course and
/// of its sub-courses (another language's too), cut into sections at the headings that carry anchors, each with
/// its heading and its prose as plain text. The file assigns one global, `nbrunSearchIndex`, so the page's
/// script can load it with a `<script>` element, which works from `file://` where `fetch()` does not.
///
/// The text is data: every string goes through `JSONWriter.quote` with `<` escaped as well, so a heading
/// containing `</script>` stays a string even if the file is ever inlined into a page. Pages and sections keep
/// course order, so the file is byte-identical between renders of the same notebooks.
public struct SearchIndex: Sendable {
    /// A page of the course.
    public struct Page: Sendable, Equatable {
        /// The chapter (or landing page) title.
        public var title: String
        /// The page's language tag.
        public var lang: String
    }

    /// A part of a page that starts at a heading (or at the top of the page).
    public struct Section: Sendable, Equatable {
        /// Index into `pages`.
        public var page: Int
        /// The link from the course root: page path, and `#anchor` unless the section is the page's top.
        public var href: String
        /// The heading's text; the page title for the part before the first heading.
        public var heading: String
        /// The section's prose as plain text, white space collapsed.
        public var text: String
    }

    /// The file's name, at the course root.
    public static let fileName = "search-index.js"

    /// Every page, in course order (landing page, chapters, then each sub-course the same way).
    public private(set) var pages: [Page] = []
    /// Every section, in page order.
    public private(set) var sections: [Section] = []

    /// The index of `course` and its sub-courses.
    public init(course: Course) {
        add(course, prefix: "")
    }

    private mutating func add(_ course: Course, prefix: String) {
        if let landing = course.landing { add(landing, title: course.title, path: prefix + "index.html") }
        for chapter in course.chapters { add(chapter.result, title: chapter.result.title, path: prefix + chapter.name + ".html") }
        for (folder, sub) in course.subcourses { add(sub, prefix: prefix + folder + "/") }
    }

    private mutating func add(_ result: NotebookResult, title: String, path: String) {
        pages.append(Page(title: title, lang: result.lang))
        let page = pages.count - 1, href = URLEscaping.path(path)
        for part in SearchText.sections(of: result) where !(part.anchor == nil && part.text.isEmpty) {
            sections.append(Section(page: page, href: href + (part.anchor.map(URLEscaping.fragment) ?? ""),
                                    heading: part.heading ?? title, text: part.text))
        }
    }

    /// The file's text: `window.nbrunSearchIndex = {…};`, with the names of the languages the pages are in.
    public var script: String {
        func quote(_ text: String) -> String { JSONWriter.quote(text, inScript: true) }
        var languages: [String] = []
        for page in pages where !languages.contains(page.lang) { languages.append(page.lang) }
        let names = languages.map { quote($0) + ":" + quote(SearchWords.languageName($0)) }.joined(separator: ",")
        let pageItems = pages.map { "{\"title\":\(quote($0.title)),\"lang\":\(quote($0.lang))}" }
        let sectionItems = sections.map { "[\($0.page),\(quote($0.href)),\(quote($0.heading)),\(quote($0.text))]" }
        return "window.nbrunSearchIndex = {\"languages\":{\(names)},\n\"pages\":[\n" + pageItems.joined(separator: ",\n")
            + "],\n\"sections\":[\n" + sectionItems.joined(separator: ",\n") + "]};\n"
    }
}
