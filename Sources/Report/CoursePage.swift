import Markup
import Notebook
import Results

/// A course's landing page (`index.html`): the course title and description, index.md's own prose, then every
/// chapter by part with its first paragraph and run status, and the sub-courses with their chapters.
public enum CoursePage {
    /// The landing page of `course`.
    public static func render(_ course: Course) -> String {
        let words = ReportStrings.forLanguage(course.lang)
        var ids = PageIDs(headings: course.landing?.headings ?? [])
        let toggleID = ids.navigationToggle()
        let search = SearchBox.node(words: words.search, prefix: course.assetPrefix, ids: &ids)
        let mainID = ids.claim("content")
        var main: [MarkupNode] = []
        let landingHasTitle = course.landing?.headings.contains { $0.level == 1 } ?? false
        if !landingHasTitle { main.append(.el("h1", [], [.text(course.title)])) }
        if let description = course.description { main.append(.el("p", class: "description", [.text(description)])) }
        if let landing = course.landing {
            let references = PageReferences(table: CrossReferenceTable(course: course), bibliography: course.bibliography, page: "index")
            main += HTMLReport.content(landing, words: words, title: false, references: references, ids: &ids)
        }
        var sections: [MarkupNode] = []
        for part in course.parts {
            if let title = part.isAppendix ? words.appendix : part.title { sections.append(.el("h3", [], [.text(title)])) }
            sections.append(.el("ol", class: "chapter-list", part.chapters.map { chapterCard($0, prefix: "", words: words) }))
        }
        for (folder, sub) in course.subcourses {
            sections.append(.el("h3", [], [.el("a", [("href", URLEscaping.path(folder + "/index.html"))], [.text(sub.title)])]))
            sections.append(.el("ol", class: "chapter-list", sub.chapters.map { chapterCard($0, prefix: folder + "/", words: words) }))
        }
        main.append(.el("section", class: "course-chapters", [.el("h2", [], [.text(words.chapters)])] + sections))
        var sidebar: [MarkupNode] = []
        for part in course.parts {
            if let title = part.isAppendix ? words.appendix : part.title { sidebar.append(.el("p", class: "nav-heading", [.text(title)])) }
            sidebar.append(.el("ol", class: "chapters", part.chapters.map { chapter in
                .el("li", [], [.el("a", [("href", URLEscaping.path(chapter.name + ".html"))], [.text(chapter.result.title)])])
            }))
        }
        for (folder, sub) in course.subcourses {
            sidebar.append(.el("p", class: "nav-heading", [.el("a", [("href", URLEscaping.path(folder + "/index.html"))], [.text(sub.title)])]))
        }
        let nav = Self.sidebar(title: course.title, home: "index.html", search: search, body: sidebar, words: words, toggleID: toggleID)
        return HTMLReport.document(title: course.title, lang: course.lang, nav: nav, main: main, course: true,
                                   fontFace: MathFont.sharedFace(prefix: course.assetPrefix), github: PageStyle.usesGitHubMarkdown(course.landing),
                                   mainID: mainID, head: [SearchBox.script(prefix: course.assetPrefix)])
    }

    /// One chapter on the landing page: its title as a link, its run status and its first paragraph. `prefix` is
    /// the sub-course's folder and `/`, or empty.
    static func chapterCard(_ chapter: Course.Chapter, prefix: String, words: ReportStrings) -> MarkupNode {
        let status = runStatus(chapter.result, words: words)
        var children: [MarkupNode] = [.el("a", [("class", "chapter-title"), ("href", URLEscaping.path(prefix + chapter.name + ".html"))], [.text(chapter.result.title)]),
                                      .el("span", class: "badge status-\(status.kind)", [.text(status.text)])]
        if let paragraph = firstParagraph(chapter.result) { children.append(paragraph) }
        return .el("li", [], children)
    }

    /// The chapter's first paragraph, rendered from the tree (its inline values resolved).
    static func firstParagraph(_ result: NotebookResult) -> MarkupNode? {
        for case let .prose(blocks, _, mathErrors, values) in result.cells {
            if let block = blocks.first(where: { if case .paragraph = $0.kind { return true } else { return false } }) {
                let words = ReportStrings.forLanguage(result.lang)
                return .raw(ProseRenderer.html([block], mathErrors: mathErrors, values: values, words: words))
            }
        }
        return nil
    }

    /// The landing-page status of a chapter: failed cells, or how many runs and whether all converged.
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
        return ("max_epochs", words.runCount(runs.count) + " · " + counts.map { "\($0.1) \($0.0)" }.joined(separator: ", "))
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
