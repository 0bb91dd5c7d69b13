import Markup
import Notebook
import Results

extension PythonExport {
    /// The Python of a config cell for the HTML report: each run's section (`nil` for comparisons, failed cells
    /// and cells without runs).
    public func reportSource(for cell: RunCell) -> String? {
        guard cell.kind != .compare, cell.error == nil, !cell.runs.isEmpty else { return nil }
        return cell.runs.map(section(for:)).joined(separator: "\n\n")
    }

    /// A collapsed `<details class="python">` with the code; the engine it calls is `nbrun_runtime.py`, beside the exports.
    static func collapsed(_ code: String, words: ReportStrings) -> MarkupNode {
        .el("details", class: "python", [
            .el("summary", [], [.text(words.pythonSection)]),
            .el("p", class: "hint", [.text(words.pythonHint)]),
            .el("pre", class: "source", [.el("code", class: "language-python", [.text(code)])]),
        ])
    }
}
