import Formula
import Foundation
import Markup
import Notebook
import Results

/// Renders an executed notebook as one self-contained HTML page: inline CSS and SVG, MathML, no scripts.
public enum HTMLReport {
    /// The complete page; with `navigation`, a chapter page of a course (chapter list, previous/next).
    public static func render(_ result: NotebookResult, navigation: ChapterNavigation? = nil) -> String {
        let words = ReportStrings.forLanguage(result.lang)
        var ids = PageIDs(headings: result.headings)
        let nav = navigation?.sidebar(headings: result.headings, words: words, ids: &ids) ?? toc(result.headings, words: words)
        var main = content(result, words: words, ids: &ids)
        if let toolbar = navigation?.links.toolbar(words: words) { main.insert(toolbar, at: 0) }
        if let navigation { main.append(navigation.pager(words: words)) }
        main.append(.el("footer", [], [.text(words.footer(result.fileName))]))
        return document(title: result.title, lang: result.lang, nav: nav, main: main, course: navigation != nil,
                        fontFace: navigation.map { MathFont.sharedFace(prefix: $0.assetPrefix) } ?? MathFont.inlineFace,
                        head: navigation?.links.head() ?? [])
    }

    /// The page's title (unless the notebook has its own `#` heading), its error summary and its cells; the ids
    /// of its runs and charts are taken from `ids`.
    static func content(_ result: NotebookResult, words: ReportStrings, title: Bool = true, ids: inout PageIDs) -> [MarkupNode] {
        let python = PythonExport(result)
        var children: [MarkupNode] = []
        if title, !result.headings.contains(where: { $0.level == 1 }) { children.append(.el("h1", [], [.text(result.title)])) }
        if let summary = diagnosticsSummary(result, words: words) { children.append(summary) }
        children += result.cells.map { cell(cell: $0, words: words, python: python, ids: &ids) }
        return children
    }

    /// A complete HTML document: head with the inline stylesheet, then the side bar and the main column.
    /// `head` adds elements at the end of the head (`hreflang` links).
    static func document(title: String, lang: String, nav: MarkupNode, main: [MarkupNode], course: Bool, fontFace: String,
                         head extra: [MarkupNode] = []) -> String {
        let head = MarkupNode.el("head", [], [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("meta", [("name", "generator"), ("content", "nbrun")]),
            .el("title", [], [.text(title)]),
            .el("style", [], [.raw(fontFace + (course ? PageStyle.css + "\n" + PageStyle.courseCSS : PageStyle.css))]),
        ] + extra)
        let body = MarkupNode.el("body", [], [.el("div", class: "page", [nav, .el("main", [], main)])])
        return "<!DOCTYPE html>\n" + MarkupNode.el("html", [("lang", lang)], [head, body]).render() + "\n"
    }

    private static func toc(_ headings: [Heading], words: ReportStrings) -> MarkupNode {
        let items = headings.filter { $0.level <= 3 }.map { heading in
            MarkupNode.el("li", [("class", "level-\(heading.level)")], [.el("a", [("href", URLEscaping.fragment(heading.id))], [.text(heading.text)])])
        }
        return .el("nav", [("class", "toc"), ("aria-label", words.contents)],
                   items.isEmpty ? [] : [.el("h2", [], [.text(words.contents)]), .el("ol", [], items)])
    }

    static func diagnosticsSummary(_ result: NotebookResult, words: ReportStrings) -> MarkupNode? {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let title = words.errorCount(errors.count)
        return .el("section", class: "diagnostics", [.el("h2", [], [.text(title)]),
                                                    .el("div", [], errors.map(errorBox))])
    }

    static func cell(cell: CellResult, words: ReportStrings, python: PythonExport, ids: inout PageIDs) -> MarkupNode {
        switch cell {
        case let .prose(blocks, _, mathErrors, values):
            return .raw(ProseRenderer.html(blocks, mathErrors: mathErrors, values: values, words: words))
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
