import Formula
import Foundation
import Markup
import Notebook

/// Renders an executed notebook as one self-contained HTML page: inline CSS and SVG, MathML, no scripts.
public enum HTMLReport {
    /// The complete page.
    public static func render(_ result: NotebookResult) -> String {
        var counter = ChartCounter()
        let python = PythonExport(result)
        let cells = result.cells.map { cell(cell: $0, python: python, counter: &counter) }
        let head = MarkupNode.el("head", [], [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("meta", [("name", "generator"), ("content", "nbrun")]),
            .el("title", [], [.text(result.title)]),
            .el("style", [], [.raw(PageStyle.css)]),
        ])
        var mainChildren: [MarkupNode] = []
        if !result.headings.contains(where: { $0.level == 1 }) { mainChildren.append(.el("h1", [], [.text(result.title)])) }
        if let summary = diagnosticsSummary(result) { mainChildren.append(summary) }
        mainChildren += cells
        mainChildren.append(.el("footer", [], [.text("Rendered by nbrun from \(result.fileName). Every number and curve on this page was computed when the page was built.")]))
        let body = MarkupNode.el("body", [], [.el("div", class: "page", [toc(result.headings), .el("main", [], mainChildren)])])
        return "<!DOCTYPE html>\n" + MarkupNode.el("html", [("lang", result.lang)], [head, body]).render() + "\n"
    }

    private static func toc(_ headings: [Heading]) -> MarkupNode {
        let items = headings.filter { $0.level <= 3 }.map { heading in
            MarkupNode.el("li", [("class", "level-\(heading.level)")], [.el("a", [("href", "#\(heading.id)")], [.text(heading.text)])])
        }
        return .el("nav", [("class", "toc"), ("aria-label", "Contents")], items.isEmpty ? [] : [.el("h2", [], [.text("Contents")]), .el("ol", [], items)])
    }

    private static func diagnosticsSummary(_ result: NotebookResult) -> MarkupNode? {
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return nil }
        let title = errors.count == 1 ? "1 error in this notebook" : "\(errors.count) errors in this notebook"
        return .el("section", class: "diagnostics", [.el("h2", [], [.text(title)]),
                                                    .el("div", [], errors.map(errorBox))])
    }

    private static func cell(cell: CellResult, python: PythonExport, counter: inout ChartCounter) -> MarkupNode {
        switch cell {
        case let .prose(blocks, _, mathErrors, values):
            return .raw(ProseRenderer.html(blocks, mathErrors: mathErrors, values: values))
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
            return RunSection.render(run, python: python.reportSource(for: run), counter: &counter)
        }
    }

    /// An error shown in place.
    static func errorBox(_ diagnostic: Diagnostic) -> MarkupNode {
        var children: [MarkupNode] = [.el("div", class: "where", [.text(diagnostic.headline)])]
        if let hint = diagnostic.hint { children.append(.el("div", class: "hint", [.text("hint: " + hint)])) }
        return .el("div", [("class", "error"), ("role", "alert")], children)
    }
}

/// Gives each chart on a page a unique id prefix.
struct ChartCounter {
    private var next = 0
    mutating func prefix() -> String {
        next += 1
        return "c\(next)"
    }
}
