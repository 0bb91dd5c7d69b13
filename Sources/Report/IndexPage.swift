import Markup
import Notebook

/// `index.html` for a folder of notebooks: a list of links with each notebook's title and status.
public enum IndexPage {
    /// The page for `(result, output base name)` pairs, in the given order.
    public static func render(_ entries: [(NotebookResult, String)]) -> String {
        let items = entries.map { result, name -> MarkupNode in
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            var children: [MarkupNode] = [.el("a", [("href", name + ".html")], [.text(result.title)]),
                                        .text(" — " + result.fileName)]
            if errors > 0 { children.append(.el("span", class: "badge status-error", [.text(errors == 1 ? "1 error" : "\(errors) errors")])) }
            return .el("li", [], children)
        }
        let head = MarkupNode.el("head", [], [.el("meta", [("charset", "utf-8")]),
                                            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                                            .el("title", [], [.text("Notebooks")]), .el("style", [], [.raw(PageStyle.css)])])
        let main = MarkupNode.el("main", [], [.el("h1", [], [.text("Notebooks")]), .el("ul", [], items)])
        let body = MarkupNode.el("body", [], [.el("div", class: "page", [.el("nav", class: "toc"), main])])
        return "<!DOCTYPE html>\n" + MarkupNode.el("html", [("lang", "en")], [head, body]).render() + "\n"
    }
}
