import Charts
import Markup
import Notebook
import Results

/// Sweeps and comparisons: one chart with every curve, and a comparison table.
struct GroupRunView {
    let cell: RunCell
    let show: Set<ShowPart>
    /// The report's words in the page's language.
    let words: ReportStrings

    func render(ids: inout PageIDs) -> [MarkupNode] {
        var nodes: [MarkupNode] = []
        let finished = cell.runs.filter { $0.error == nil }
        let explores = show.contains(.explore) && cell.kind == .sweep && ExploreView.canExplore(cell.runs, show: show)
        if explores {
            nodes.append(ExploreView(cell: cell, show: show, words: words).render(ids: &ids))
        } else if show.contains(.curve), finished.contains(where: { $0.history.epoch.count > 1 }) {
            let validation = cell.runs.contains { $0.history.validationLoss != nil }
            let what = cell.contour != nil || cell.runs.contains { $0.history.path != nil } ? words.objectiveValue
                : (validation ? words.trainingValidationLoss : words.trainingLoss)
            let caption = cell.kind == .sweep ? words.captionSweep(what, cell.sweepKey ?? "") : words.captionCompare(what)
            nodes.append(.el("figure", [], [.raw(RunCharts.comparisonChart(cell.runs, words: words, prefix: ids.chartPrefix())),
                                            .el("figcaption", [], [.text(caption)])]))
        }
        for part in [ShowPart.distance, .gap] where show.contains(part) {
            guard let svg = RunCharts.groupOptimumChart(cell.runs, part: part, words: words, prefix: ids.chartPrefix()) else { continue }
            let caption = part == .distance ? words.optimum.captionGroupDistance : words.optimum.captionGroupGap
            nodes.append(.el("figure", [], [.raw(svg), .el("figcaption", [], [.text(caption)])]))
        }
        if show.contains(.contour), let contour = cell.contour {
            nodes.append(.el("figure", [], [.raw(RunCharts.contourChart(contour, runs: cell.runs, words: words, prefix: ids.chartPrefix())),
                                            .el("figcaption", [], [.text(words.captionGroupContour)])]))
        }
        if cell.showRequested { nodes += smallMultiples(ids: &ids, exploredFit: explores) }
        // A group's table is the table of its runs: `summary` and `table` both ask for it, and it is drawn once.
        let tabulated = show.contains(.summary) || show.contains(.table)
        if tabulated { nodes.append(comparisonTable()) }
        if tabulated, let grid = GridTable.render(cell, words: words) { nodes.append(grid) }
        // `params`: each run's parameters side by side, unless the block's `columns:` already picks parameters.
        let columnsHaveParameters = cell.columns?.contains { $0.hasPrefix("params") } ?? false
        if show.contains(.params), cell.showRequested, !columnsHaveParameters, let parameters = MemberParametersTable.render(cell, words: words) {
            nodes.append(parameters)
        }
        return nodes + memberErrors()
    }

    /// Each distinct error of the members once (members that fail the same way share one box), and a neutral
    /// line for members that did not run because a run they need failed.
    private func memberErrors() -> [MarkupNode] {
        var seen: [Diagnostic] = [], nodes: [MarkupNode] = []
        for error in cell.runs.compactMap(\.error)
        where !seen.contains(where: { $0.location == error.location && $0.message == error.message && $0.dependsOn == error.dependsOn }) {
            seen.append(error)
            nodes.append(DependentNotice.block(error, words: words) ?? HTMLReport.errorBox(error))
        }
        return nodes
    }

    /// The fitted models and decision regions of every run, one small panel each, side by side (same data,
    /// so the same axes).
    /// (Not the fitted models when the explorable chart draws them, `exploredFit`.)
    private func smallMultiples(ids: inout PageIDs, exploredFit: Bool) -> [MarkupNode] {
        var nodes: [MarkupNode] = []
        let fits = cell.runs.compactMap { run in run.fit.map { (run.name, $0) } }
        if show.contains(.fit), !fits.isEmpty, !exploredFit {
            let panels = fits.map { MarkupNode.raw(RunCharts.fitChart($0.1, words: words, prefix: ids.chartPrefix(), title: $0.0)) }
            nodes.append(.el("figure", [], [.el("div", class: "multiples", panels),
                                            .el("figcaption", [], [.text(words.captionMultiplesFit)])]))
        }
        let boundaries = cell.runs.compactMap { run in run.boundary.map { (run.name, $0) } }
        if show.contains(.boundary), !boundaries.isEmpty {
            let panels = boundaries.map { MarkupNode.raw(RunCharts.boundaryChart($0.1, words: words, prefix: ids.chartPrefix(), title: $0.0)) }
            nodes.append(.el("figure", [], [.el("div", class: "multiples", panels),
                                            .el("figcaption", [], [.text(words.captionMultiplesBoundary)])]))
        }
        return nodes
    }

    private func comparisonTable() -> MarkupNode {
        if let columns = cell.columns { return ChosenColumnsTable.render(cell, columns: columns, words: words) }
        let metricNames = cell.runs.first { $0.error == nil }?.metrics.map(\.name) ?? []
        let steps = cell.runs.contains { $0.history.path != nil } ? words.steps : words.epochs
        let header = [words.run, words.status, steps] + metricNames.map(words.metricName)
        let rows = cell.runs.map { run -> [MarkupNode] in
            var cells: [MarkupNode] = [TableBuilder.cell(run.name),
                                     .el("td", class: "status-\(run.status.rawValue)", [.text(RunSection.statusBadge(run, words: words))]),
                                     TableBuilder.cell(run.history.epoch.last.map(String.init) ?? "–")]
            for name in metricNames {
                cells.append(run.metrics.first { $0.name == name }.map { TableBuilder.cell($0.value) } ?? TableBuilder.cell("–"))
            }
            return cells
        }
        return TableBuilder.table(header: header, rows: rows)
    }
}
