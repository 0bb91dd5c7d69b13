import Markup
import Notebook
import Results

/// A sweep or grid shown as one explorable chart (`show: [explore]`): the overlay of every member's curves (each
/// member's series in a `<g data-member="N">`, so every path is in the page once), a slider over a one-key sweep
/// or a select per key of a grid, and each member's summary. `ExploreScript` brings the chosen member forward,
/// shows its summary and sets the inline values `{NAME[*].PATH}` that follow it. Without script the controls and
/// the summaries stay hidden and the page shows the static overlay, as a sweep's `curve` does.
struct ExploreView {
    let cell: RunCell
    /// The block's `show` parts: with `fit`, the members' fitted models are explored too, in one chart.
    let show: Set<ShowPart>
    /// The report's words in the page's language.
    let words: ReportStrings

    /// The charts (loss curves when a member has more than two history entries; fitted models with `fit`), their controls and the members' summaries; the chart's ids are taken from `ids`.
    func render(ids: inout PageIDs) -> MarkupNode {
        let validation = cell.runs.contains { $0.history.validationLoss != nil }
        let what = cell.runs.contains { $0.history.path != nil } ? words.objectiveValue
            : (validation ? words.trainingValidationLoss : words.trainingLoss)
        var figures: [MarkupNode] = []
        // Loss curves when a member has more than two entries (a closed-form member has two: no curve to explore).
        if cell.runs.contains(where: { $0.error == nil && $0.history.epoch.count > 2 }) {
            let chart = RunCharts.comparisonChart(cell.runs, words: words, prefix: ids.chartPrefix(), tagMembers: true)
            figures.append(.el("figure", [], [.raw(chart), .el("figcaption", [], [.text(words.captionSweep(what, cell.sweepKey ?? ""))])]))
        }
        if show.contains(.fit), let chart = RunCharts.exploreFitChart(cell.runs, words: words, prefix: ids.chartPrefix()) {
            figures.append(.el("figure", [], [.raw(chart), .el("figcaption", [], [.text(words.captionMultiplesFit)])]))
        }
        var memberIDs = PageIDs(headings: [])
        let summaries = cell.runs.enumerated().map { index, run -> MarkupNode in
            MarkupNode.el("div", [("data-member", String(index)), ("data-label", label(of: index)), ("hidden", "")],
                          [.el("p", class: "explore-name", [.text(run.name)])]
                            + SingleRunView(run: run, show: [.summary], words: words).render(ids: &memberIDs))
        }
        let controls = MarkupNode.el("div", [("class", "explore-controls"), ("hidden", "")],
                                     [.el("div", class: "explore-inputs", inputs() + [.el("output", [("aria-live", "polite")])]),
                                      .el("div", class: "explore-members", summaries)])
        return .el("div", [("class", "explore"), ("data-sweep", cell.name)], [.el("div", class: "explore-charts", figures), controls])
    }

    /// The sweep's keys with their values: a grid's axes, or the one key of a sweep with each member's value.
    var axes: [SweepAxis] {
        if let grid = cell.grid, grid.count > 1 { return grid }
        let prefix = cell.name + "["
        let values = cell.runs.map { run in
            run.name.hasPrefix(prefix) && run.name.hasSuffix("]") ? String(run.name.dropFirst(prefix.count).dropLast()) : run.name
        }
        return [SweepAxis(key: cell.sweepKey ?? "", values: values)]
    }

    /// A slider for a one-key sweep, a select per key for a grid; each control says how many values it has
    /// (`data-size`), and the member shown is the row-major index of the chosen values (first key outermost).
    private func inputs() -> [MarkupNode] {
        let axes = axes
        guard axes.count > 1 else {
            let count = max(cell.runs.count, 1)
            let slider = MarkupNode.el("input", [("type", "range"), ("min", "0"), ("max", String(count - 1)), ("step", "1"), ("value", "0"),
                                                 ("data-axis", "0"), ("data-size", String(count))])
            return [.el("label", [], [.el("span", class: "explore-key", [.text(axes.first?.key ?? "")]), slider])]
        }
        return axes.enumerated().map { position, axis in
            let options = axis.values.enumerated().map { index, value in MarkupNode.el("option", [("value", String(index))], [.text(value)]) }
            return .el("label", [], [.el("span", class: "explore-key", [.text(axis.key)]),
                                     .el("select", [("data-axis", String(position)), ("data-size", String(axis.values.count))], options)])
        }
    }

    /// What the control's output says for member `index`: `key = value` for each key.
    private func label(of index: Int) -> String {
        let axes = axes
        var rest = index, parts: [String] = []
        for axis in axes.reversed() {
            let size = max(axis.values.count, 1)
            let value = rest % size
            rest /= size
            parts.insert(axis.key + " = " + (value < axis.values.count ? axis.values[value] : "?"), at: 0)
        }
        return parts.joined(separator: ", ")
    }

    /// An inline value `{SWEEP[*].PATH}`: every member's value in member order (separated by ` / ` without
    /// script), which the script replaces by the chosen member's.
    static func valueSpan(reference: String, sweep: String, texts: [String]) -> MarkupNode {
        var children: [MarkupNode] = []
        for (index, text) in texts.enumerated() {
            if index > 0 { children.append(.text(" / ")) }
            children.append(.el("span", [("data-member", String(index))], [.text(text)]))
        }
        return .el("span", [("class", "value explore-value"), ("data-ref", reference), ("data-sweep", sweep)], children)
    }

    /// Whether members of `runs` have something to explore: a loss curve, or (with `fit` shown) a fitted model.
    static func canExplore(_ runs: [RunResult], show: Set<ShowPart>) -> Bool {
        runs.contains { $0.error == nil && ($0.history.epoch.count > 2 || (show.contains(.fit) && $0.fit != nil)) }
    }

    /// Whether a page of `result` has an explorable chart or a value that follows one (it then carries
    /// `ExploreScript`).
    static func isUsed(by result: NotebookResult) -> Bool {
        result.cells.contains { cell in
            switch cell {
            case let .run(run): return run.kind == .sweep && run.show.contains(.explore) && run.error == nil
            case let .prose(_, _, _, values): return values.values.contains { if case .members = $0 { return true } else { return false } }
            default: return false
            }
        }
    }
}
