import Formula
import Foundation
import Markup
import Notebook
import Results

/// Renders an executed notebook as one self-contained HTML page: inline CSS and SVG, MathML, no scripts (a course
/// page adds the search script, shared by the course).
public enum HTMLReport {
    /// The complete page; with `navigation`, a chapter page of a course (chapter list, previous/next). `references`
    /// numbers the labels and resolves the citations (by default the page's own labels, numbered 1, 2, …, and no
    /// bibliography).
    public static func render(_ result: NotebookResult, navigation: ChapterNavigation? = nil, references: PageReferences? = nil) -> String {
        let words = ReportStrings.forLanguage(result.lang)
        var references = references ?? PageReferences(single: result, page: NotebookFileName.stem(of: result.fileName))
        references.bibliography = references.bibliography?.citing(firstCitations(result))
        let bibliography = Self.bibliography(result, references: references, words: words)
        let headings = result.headings + (bibliography.map { [$0.heading] } ?? [])
        var ids = PageIDs(headings: headings)
        let nav = navigation?.sidebar(headings: headings, words: words, ids: &ids) ?? toc(headings, words: words)
        let mainID = ids.claim("content")
        var main = content(result, words: words, references: references, ids: &ids)
        if let bibliography { main.append(bibliography.section) }
        if let toolbar = navigation?.links.toolbar(words: words) { main.insert(toolbar, at: 0) }
        if let navigation { main.append(navigation.pager(words: words)) }
        main.append(.el("footer", [], [.text(words.footer(result.fileName))]))
        return document(title: result.title, lang: result.lang, nav: nav, main: main, course: navigation != nil,
                        fontFace: navigation.map { MathFont.sharedFace(prefix: $0.assetPrefix) } ?? MathFont.inlineFace,
                        github: PageStyle.usesGitHubMarkdown(result),
                        mainID: mainID, head: (navigation.map { [SearchBox.script(prefix: $0.assetPrefix)] } ?? []) + (navigation?.links.head() ?? [])
                            + (ExploreView.isUsed(by: result) ? ExploreScript.head : []))
    }

    /// The page's title (unless the notebook has its own `#` heading), its error summary and its cells; the ids
    /// of its runs and charts are taken from `ids`.
    static func content(_ result: NotebookResult, words: ReportStrings, title: Bool = true, references: PageReferences? = nil,
                        ids: inout PageIDs) -> [MarkupNode] {
        let python = PythonExport(result)
        var children: [MarkupNode] = []
        if title, !result.headings.contains(where: { $0.level == 1 }) { children.append(.el("h1", [], [.text(result.title)])) }
        if let summary = diagnosticsSummary(result, words: words) { children.append(summary) }
        let figures = Dictionary(result.labels.compactMap { label in label.cellNumber.map { ($0 - 1, label) } }, uniquingKeysWith: { a, _ in a })
        for (index, cellResult) in result.cells.enumerated() {
            let node = cell(cell: cellResult, words: words, python: python, files: result.embeddedFiles, references: references, ids: &ids)
            children.append(figures[index].map { runFigure(node, $0, words: words, references: references) } ?? node)
        }
        return children
    }

    /// A complete HTML document: head with the inline stylesheet (with the rules of GitHub's constructs when
    /// `github`) and `head` (the search script, `hreflang` links), then a skip link to the main column (the first thing a keyboard
    /// reaches), the side bar and the main column, whose id is `mainID`.
    static func document(title: String, lang: String, nav: MarkupNode, main: [MarkupNode], course: Bool, fontFace: String,
                         github: Bool = false, mainID: String = "content", head extra: [MarkupNode] = []) -> String {
        let css = PageStyle.css + (github ? "\n" + PageStyle.githubCSS : "") + (course ? "\n" + PageStyle.courseCSS : "")
        let head = MarkupNode.el("head", [], [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("meta", [("name", "generator"), ("content", "nbrun")]),
            .el("title", [], [.text(title)]),
            .el("style", [], [.raw(fontFace + css)]),
        ] + extra)
        let skip = MarkupNode.el("a", [("class", "skip-link"), ("href", URLEscaping.fragment(mainID))],
                                 [.text(ReportStrings.forLanguage(lang).search.skipToContent)])
        let body = MarkupNode.el("body", [], [skip, .el("div", class: "page", [nav, .el("main", [("id", mainID)], main)])])
        return "<!DOCTYPE html>\n" + MarkupNode.el("html", [("lang", lang)], [head, body]).render() + "\n"
    }

    private static func toc(_ headings: [Heading], words: ReportStrings) -> MarkupNode {
        let items = headings.filter { $0.level <= 3 }.map { heading in
            MarkupNode.el("li", [("class", "level-\(heading.level)")], [.el("a", [("href", URLEscaping.fragment(heading.id))], [.text(heading.text)])])
        }
        return .el("nav", [("class", "toc"), ("aria-label", words.contents)],
                   items.isEmpty ? [] : [.el("p", class: "nav-heading", [.text(words.contents)]), .el("ol", [], items)])
    }

    static func diagnosticsSummary(_ result: NotebookResult, words: ReportStrings) -> MarkupNode? {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let title = words.errorCount(errors.count)
        let shown = result.diagnostics.filter { $0.severity != .warning }.map { diagnostic in
            diagnostic.severity == .note ? .el("p", class: "status status-checked", [.text(diagnostic.headline)]
                                                + (diagnostic.hint.map { [.el("br"), .text("hint: " + $0)] } ?? [])) : errorBox(diagnostic)
        }
        return .el("section", class: "diagnostics", [.el("h2", [], [.text(title)]), .el("div", [], shown)])
    }

    static func cell(cell: CellResult, words: ReportStrings, python: PythonExport, files: [String: String],
                     references: PageReferences?, ids: inout PageIDs) -> MarkupNode {
        switch cell {
        case let .prose(blocks, _, mathErrors, values):
            return .raw(ProseRenderer.html(blocks, mathErrors: mathErrors, values: values, words: words,
                                           files: files, references: references))
        case let .formula(name, tex, error):
            var children: [MarkupNode] = []
            if let name { children.append(.el("div", class: "label", [.text(name)])) }
            let mathML = try? MathML.render(tex, display: true)
            children.append(mathML.map(MarkupNode.raw) ?? .el("pre", class: "math-source", [.text(tex)]))
            if let error { children.append(errorBox(error)) }
            return .el("div", class: "formula", children)
        case let .code(language, source):
            let attributes: [(String, String)] = language.isEmpty ? [] : [("class", "language-\(language)")]
            return .el("pre", [], [.el("code", attributes, [.text(source)])])
        case let .run(run):
            return RunSection.render(run, words: words, python: python.reportSource(for: run), ids: &ids)
        }
    }

    /// An error shown in place.
    static func errorBox(_ diagnostic: Diagnostic) -> MarkupNode {
        var children: [MarkupNode] = [.el("div", class: "where", [.text(diagnostic.headline)])]
        if let hint = diagnostic.hint { children.append(.el("div", class: "hint", [.text("hint: " + hint)])) }
        return .el("div", [("class", "error"), ("role", "alert")], children)
    }
}
