import Charts
import Notebook

/// Sweeps and comparisons: one chart with every curve, and a comparison table.
struct GroupRunView {
    let cell: RunCell
    let show: Set<String>

    func render(counter: inout ChartCounter) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        let finished = cell.runs.filter { $0.error == nil }
        if show.contains("curve"), finished.contains(where: { $0.history.epoch.count > 1 }) {
            let caption = cell.kind == .sweep ? "Training loss for each value of \(cell.sweepKey ?? "")." : "Training loss of the compared runs."
            nodes.append(.el("figure", [], [.raw(RunCharts.comparisonChart(cell.runs, prefix: counter.prefix())),
                                            .el("figcaption", [], [.text(caption)])]))
        }
        if show.contains("summary") { nodes.append(comparisonTable()) }
        for run in cell.runs {
            if let error = run.error { nodes.append(HTMLReport.errorBox(error)) }
        }
        return nodes
    }

    private func comparisonTable() -> HTMLNode {
        let metricNames = cell.runs.first { $0.error == nil }?.metrics.map(\.name) ?? []
        let header = ["run", "status", "epochs"] + metricNames.map { $0.replacingOccurrences(of: "_", with: " ") }
        let rows = cell.runs.map { run -> [HTMLNode] in
            var cells: [HTMLNode] = [TableBuilder.cell(run.name),
                                     .el("td", class: "status-\(run.status)", [.text(run.status.replacingOccurrences(of: "_", with: " "))]),
                                     TableBuilder.cell(run.history.epoch.last.map(String.init) ?? "–")]
            for name in metricNames {
                cells.append(run.metrics.first { $0.name == name }.map { TableBuilder.cell($0.value) } ?? TableBuilder.cell("–"))
            }
            return cells
        }
        return TableBuilder.table(header: header, rows: rows)
    }
}
