import Charts
import Markup
import Notebook
import Results

/// The output of one run: status line, metrics and parameters, loss curve, fit or boundary plot, loss table.
struct SingleRunView {
    let run: RunResult
    let show: Set<ShowPart>
    /// The report's words in the page's language.
    let words: ReportStrings

    func render(ids: inout PageIDs) -> [MarkupNode] {
        if let error = run.error { return [DependentNotice.block(error, words: words) ?? HTMLReport.errorBox(error)] }
        var nodes: [MarkupNode] = []
        if show.contains(.summary) { nodes.append(.el("p", class: "status status-\(run.status.rawValue)", [.text(words.statusSentence(run.detail))])) }
        var tables: [MarkupNode] = []
        if show.contains(.summary), !run.metrics.isEmpty { tables.append(metricsTable()) }
        if show.contains(.params), !run.parameters.isEmpty { tables.append(parametersTable()) }
        if show.contains(.params), let summary = run.parameterSummary, !summary.isEmpty {
            tables.append(TableBuilder.table(header: [words.networkLayers], rows: summary.map { [TableBuilder.cell($0)] }))
        }
        if !tables.isEmpty { nodes.append(.el("div", class: "grid", tables)) }
        if show.contains(.summary), let folds = run.crossValidation {
            nodes.append(CrossValidationTable.render(folds, words: words, digits: run.precision))
        }
        if show.contains(.curve), run.history.epoch.count > 2 {
            nodes.append(figure(RunCharts.lossCurve(run, words: words, prefix: ids.chartPrefix()),
                                caption: run.history.path != nil ? words.captionObjectivePerStep
                                    : run.history.validationLoss != nil ? words.captionLossTrainValidation : words.captionLossPerEpoch))
        }
        for part in [ShowPart.distance, .gap] where show.contains(part) {
            guard let svg = RunCharts.optimumChart(run, part: part, words: words, prefix: ids.chartPrefix()) else { continue }
            nodes.append(figure(svg, caption: part == .distance ? words.optimum.captionDistance : words.optimum.captionGap))
        }
        if show.contains(.fit), let fit = run.fit {
            nodes.append(figure(RunCharts.fitChart(fit, words: words, prefix: ids.chartPrefix()), caption: words.captionFit))
        }
        if show.contains(.contour), let contour = run.contour {
            nodes.append(figure(RunCharts.contourChart(contour, runs: [run], words: words, prefix: ids.chartPrefix()),
                                caption: words.captionContour))
        }
        if show.contains(.boundary), let boundary = run.boundary {
            nodes.append(figure(RunCharts.boundaryChart(boundary, words: words, prefix: ids.chartPrefix()), caption: words.captionBoundary))
        }
        if show.contains(.table), run.history.epoch.count > 1 { nodes.append(lossTable()) }
        return nodes
    }

    func figure(_ svg: String, caption: String) -> MarkupNode {
        .el("figure", [], [.raw(svg), .el("figcaption", [], [.text(caption)])])
    }

    private func metricsTable() -> MarkupNode {
        TableBuilder.table(header: [words.metric, words.value], rows: run.metrics.map { [TableBuilder.cell(words.metricName($0.name)), TableBuilder.cell($0.value, digits: run.precision)] })
    }

    private func parametersTable() -> MarkupNode {
        TableBuilder.table(header: [words.parameter, words.value], rows: run.parameters.map { [TableBuilder.cell($0.name), TableBuilder.cell($0.value, markZero: true, digits: run.precision)] })
    }

    private func lossTable() -> MarkupNode {
        let h = run.history
        let isObjective = h.path != nil
        var header = isObjective ? [words.step] + run.parameters.map(\.name) + [words.value] : [words.epoch, words.trainLoss]
        if h.validationLoss != nil { header.append(words.validationLoss) }
        header += [isObjective ? words.stepLength : words.learningRate, words.gradientNorm]
        let rows = TableBuilder.sampledIndices(count: h.epoch.count).map { i -> [MarkupNode] in
            var cells = [TableBuilder.cell(String(h.epoch[i]))]
            if let path = h.path { cells += path.map { TableBuilder.cell($0[i]) } }
            cells.append(TableBuilder.cell(h.trainLoss[i]))
            if let validation = h.validationLoss { cells.append(TableBuilder.cell(validation[i])) }
            cells += [TableBuilder.cell(h.learningRate[i]), TableBuilder.cell(h.gradientNorm[i])]
            return cells
        }
        let summary = isObjective ? words.iterates(h.epoch.count) : words.lossTable(h.epoch.count)
        return .el("details", [("open", "")], [.el("summary", [], [.text(summary)]),
                                               TableBuilder.table(header: header, rows: rows)])
    }
}
