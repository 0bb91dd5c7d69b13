import Charts
import Markup
import Notebook

/// The output of one run: status line, metrics and parameters, loss curve, fit or boundary plot, loss table.
struct SingleRunView {
    let run: RunResult
    let show: Set<ShowPart>

    func render(counter: inout ChartCounter) -> [MarkupNode] {
        if let error = run.error { return [HTMLReport.errorBox(error)] }
        var nodes: [MarkupNode] = []
        if show.contains(.summary) { nodes.append(.el("p", class: "status status-\(run.status.rawValue)", [.text(run.statusLine)])) }
        var tables: [MarkupNode] = []
        if show.contains(.summary), !run.metrics.isEmpty { tables.append(metricsTable()) }
        if show.contains(.params), !run.parameters.isEmpty { tables.append(parametersTable()) }
        if show.contains(.params), let summary = run.parameterSummary, !summary.isEmpty {
            tables.append(TableBuilder.table(header: ["network layers"], rows: summary.map { [TableBuilder.cell($0)] }))
        }
        if !tables.isEmpty { nodes.append(.el("div", class: "grid", tables)) }
        if show.contains(.curve), run.history.epoch.count > 2 {
            nodes.append(figure(RunCharts.lossCurve(run, prefix: counter.prefix()),
                                caption: run.history.path != nil ? "Value of the objective per step."
                                    : "Loss per epoch" + (run.history.validationLoss != nil ? " on training and validation data." : ".")))
        }
        if show.contains(.fit), let fit = run.fit {
            nodes.append(figure(RunCharts.fitChart(fit, prefix: counter.prefix()), caption: "Data and the fitted model."))
        }
        if show.contains(.contour), let contour = run.contour {
            nodes.append(figure(RunCharts.contourChart(contour, runs: [run], prefix: counter.prefix()),
                                caption: "Contour lines of the objective and the path of the iterates, starting at the marked point."))
        }
        if show.contains(.boundary), let boundary = run.boundary {
            nodes.append(figure(RunCharts.boundaryChart(boundary, prefix: counter.prefix()), caption: "Decision regions of the trained model with the data."))
        }
        if show.contains(.table), run.history.epoch.count > 1 { nodes.append(lossTable()) }
        return nodes
    }

    func figure(_ svg: String, caption: String) -> MarkupNode {
        .el("figure", [], [.raw(svg), .el("figcaption", [], [.text(caption)])])
    }

    private func metricsTable() -> MarkupNode {
        TableBuilder.table(header: ["metric", "value"], rows: run.metrics.map { [TableBuilder.cell($0.name.replacingOccurrences(of: "_", with: " ")), TableBuilder.cell($0.value, digits: run.precision)] })
    }

    private func parametersTable() -> MarkupNode {
        TableBuilder.table(header: ["parameter", "value"], rows: run.parameters.map { [TableBuilder.cell($0.name), TableBuilder.cell($0.value, markZero: true, digits: run.precision)] })
    }

    private func lossTable() -> MarkupNode {
        let h = run.history
        let isObjective = h.path != nil
        var header = isObjective ? ["step"] + run.parameters.map(\.name) + ["value"] : ["epoch", "train loss"]
        if h.validationLoss != nil { header.append("validation loss") }
        header += [isObjective ? "step length" : "learning rate", "gradient norm"]
        let rows = TableBuilder.sampledIndices(count: h.epoch.count).map { i -> [MarkupNode] in
            var cells = [TableBuilder.cell(String(h.epoch[i]))]
            if let path = h.path { cells += path.map { TableBuilder.cell($0[i]) } }
            cells.append(TableBuilder.cell(h.trainLoss[i]))
            if let validation = h.validationLoss { cells.append(TableBuilder.cell(validation[i])) }
            cells += [TableBuilder.cell(h.learningRate[i]), TableBuilder.cell(h.gradientNorm[i])]
            return cells
        }
        let title = isObjective ? "Iterates" : "Loss table"
        return .el("details", [("open", "")], [.el("summary", [], [.text("\(title) (\(h.epoch.count) entries, about ten shown)")]),
                                               TableBuilder.table(header: header, rows: rows)])
    }
}
