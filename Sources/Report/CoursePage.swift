import Markup
import Notebook
import Results

/// A course's landing page (`index.html`): the course title, then its description, then index.md's own prose in
/// which each syllabus list is shown once, as chapter cards (title, run status, a few whole sentences); chapters
/// the syllabus does not list and other sub-courses follow; a link to the whole-course print page ends it.
public enum CoursePage {
    /// The landing page of `course`.
    public static func render(_ course: Course) -> String {
        let words = ReportStrings.forLanguage(course.lang)
        var ids = PageIDs(headings: course.landing?.headings ?? [])
        let toggleID = ids.navigationToggle()
        let search = SearchBox.node(words: words.search, prefix: course.assetPrefix, ids: &ids)
        let mainID = ids.claim("content")
        let references = PageReferences(table: CrossReferenceTable(course: course), bibliography: course.bibliography, page: "index")
        let links = PageLinks(course: course, chapter: nil)
        var main: [MarkupNode] = []
        if let toolbar = links.toolbar(words: words) { main.append(toolbar) }
        var placed = Set<String>()
        if let landing = course.landing, landing.headings.contains(where: { $0.level == 1 }) {
            main += landingContent(landing, course: course, words: words, references: references, placed: &placed, ids: &ids)
        } else {
            main.append(.el("h1", [], [.text(course.title)]))
            if let description = course.description { main.append(.el("p", class: "description", [.text(description)])) }
            if let landing = course.landing { main += landingContent(landing, course: course, words: words, references: references, placed: &placed, ids: &ids) }
        }
        if let rest = remainingChapters(course, placed: placed, words: words) { main.append(rest) }
        main.append(.el("p", class: "print-link", [.el("a", [("href", "print.html")], [.text(words.site.printCourse)])]))
        let nav = Self.sidebar(title: course.title, home: "index.html", search: search, body: sidebarBody(course, words: words),
                               words: words, toggleID: toggleID)
        return HTMLReport.document(title: course.title, lang: course.lang, nav: nav, main: main, course: true,
                                   fontFace: MathFont.sharedFace(prefix: course.assetPrefix), github: PageStyle.usesGitHubMarkdown(course.landing),
                                   mainID: mainID, head: [SearchBox.script(prefix: course.assetPrefix)] + links.head())
    }

    /// The side bar's chapter list by part, then the sub-courses that are not translations.
    private static func sidebarBody(_ course: Course, words: ReportStrings) -> [MarkupNode] {
        var sidebar: [MarkupNode] = []
        for part in course.parts {
            if let title = part.isAppendix ? words.appendix : part.title { sidebar.append(.el("p", class: "nav-heading", [.text(title)])) }
            sidebar.append(.el("ol", class: "chapters", part.chapters.map { chapter in
                .el("li", [], [.el("a", [("href", URLEscaping.path(chapter.name + ".html"))], [.text(chapter.result.title)])])
            }))
        }
        for (folder, sub) in course.otherSubcourses {
            sidebar.append(.el("p", class: "nav-heading", [.el("a", [("href", URLEscaping.path(folder + "/index.html"))], [.text(sub.title)])]))
        }
        return sidebar
    }

    /// The chapters no syllabus list showed (all of them without a syllabus; else the appendix), and the
    /// sub-courses that are not translations with their chapters; nil when there are none.
    private static func remainingChapters(_ course: Course, placed: Set<String>, words: ReportStrings) -> MarkupNode? {
        var sections: [MarkupNode] = []
        for part in course.parts {
            let chapters = part.chapters.filter { !placed.contains($0.name) }
            guard !chapters.isEmpty else { continue }
            if let title = part.isAppendix ? words.appendix : part.title { sections.append(.el("h3", [], [.text(title)])) }
            sections.append(.el("ol", class: "chapter-list", chapters.map { chapterCard($0, prefix: "", words: words) }))
        }
        for (folder, sub) in course.otherSubcourses {
            sections.append(.el("h3", [], [.el("a", [("href", URLEscaping.path(folder + "/index.html"))], [.text(sub.title)])]))
            sections.append(.el("ol", class: "chapter-list", sub.chapters.map { chapterCard($0, prefix: folder + "/", words: words) }))
        }
        guard !sections.isEmpty else { return nil }
        let heading = placed.isEmpty ? words.chapters : words.site.moreChapters
        return .el("section", class: "course-chapters", [.el("h2", [], [.text(heading)])] + sections)
    }

    /// One chapter on the landing page: its title as a link, its run status and its excerpt. `prefix` is the
    /// sub-course's folder and `/`, or empty.
    static func chapterCard(_ chapter: Course.Chapter, prefix: String, words: ReportStrings, title: String? = nil) -> MarkupNode {
        let status = runStatus(chapter.result, words: words)
        var children: [MarkupNode] = [.el("a", [("class", "chapter-title"), ("href", URLEscaping.path(prefix + chapter.name + ".html"))],
                                          [.text(title ?? chapter.result.title)]),
                                      .el("span", class: "badge status-\(status.kind)", [.text(status.text)])]
        if let excerpt = excerpt(chapter.result) { children.append(excerpt) }
        return .el("li", [], children)
    }

    /// The chapter's `description:`, else whole sentences of its first paragraph, its inline values resolved.
    static func excerpt(_ result: NotebookResult) -> MarkupNode? {
        if let description = result.description { return .el("p", [], [.text(description)]) }
        guard let inlines = Excerpt.inlines(result) else { return nil }
        var mathErrors: [SourceLocation: Diagnostic] = [:], values: [SourceLocation: InlineValue] = [:]
        for case let .prose(_, _, errors, resolved) in result.cells {
            mathErrors.merge(errors) { first, _ in first }
            values.merge(resolved) { first, _ in first }
        }
        let paragraph = Block(.paragraph(inlines), range: inlines[0].range)
        return .raw(ProseRenderer.html([paragraph], mathErrors: mathErrors, values: values, words: ReportStrings.forLanguage(result.lang)))
    }

    /// The landing-page status of a chapter: failed cells, or how many runs and how they ended. Only a divergence
    /// or a time-out takes a warning colour; runs that did every planned epoch are a neutral outcome.
    static func runStatus(_ result: NotebookResult, words: ReportStrings) -> (kind: String, text: String) {
        let errors = result.diagnostics.filter { $0.severity == .error }.count
        let runs = result.runs
        let failed = runs.filter { $0.status == .error }.count
        if errors > 0 || failed > 0 {
            return ("error", failed > 0 ? words.runsFailed(failed, runs.count) : words.errorCount(errors))
        }
        if runs.isEmpty { return ("checked", words.noRuns) }
        if runs.allSatisfy({ $0.status == .converged || $0.status == .earlyStopped }) {
            return ("converged", words.runCount(runs.count) + " · " + words.allConverged)
        }
        var counts: [(String, Int)] = []
        for run in runs {
            let word = words.statusWords(run.status.rawValue)
            if let index = counts.firstIndex(where: { $0.0 == word }) { counts[index].1 += 1 } else { counts.append((word, 1)) }
        }
        let warning = runs.contains { $0.status == .diverged || $0.status == .timedOut }
        return (warning ? "warning" : RunStatus.maxEpochs.rawValue,
                words.runCount(runs.count) + " · " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
    }

    /// The side bar of a page without a chapter list (print and 404 pages): the course title linking home.
    static func homeBar(title: String, home: String, words: ReportStrings) -> MarkupNode {
        .el("nav", [("class", "toc course-nav"), ("aria-label", words.home)], [.el("a", [("class", "course-title"), ("href", home)], [.text(title)])])
    }

    /// The side bar shared by the landing page and chapters: the course title linking home, the search box, a
    /// checkbox label that collapses `body` on narrow screens (CSS only; `toggleID` is the checkbox's id, unique on
    /// the page), and `body`. Part titles in `body` are not headings, so the page's `<h1>` is its first heading.
    static func sidebar(title: String, home: String, search: MarkupNode, body: [MarkupNode], words: ReportStrings,
                        toggleID: String) -> MarkupNode {
        .el("nav", [("class", "toc course-nav"), ("aria-label", words.chapters)], [
            .el("a", [("class", "course-title"), ("href", home)], [.text(title)]),
            search,
            .el("input", [("type", "checkbox"), ("id", toggleID), ("class", "nav-toggle")]),
            .el("label", [("for", toggleID), ("class", "nav-toggle-label")], [.text(words.chapters)]),
            .el("div", class: "nav-body", body),
        ])
    }
}
