import Charts
import Notebook
import Results

/// Chart values built from run results.
enum RunCharts {
    static func lossCurve(_ run: RunResult, words: ReportStrings, prefix: String) -> String {
        let h = run.history
        var series = [ChartSeries(name: words.legendTrain, points: zip(h.epoch, h.trainLoss).map { ChartPoint(x: Double($0), y: $1) })]
        if let validation = h.validationLoss {
            series.append(ChartSeries(name: words.legendValidation, points: zip(h.epoch, validation).map { ChartPoint(x: Double($0), y: $1) },
                                      style: .dashedLine, colorIndex: 1))
        }
        let objective = h.path != nil
        if objective { series[0].name = words.value }
        var chart = Chart(xLabel: objective ? words.step : words.epoch, yLabel: objective ? words.value : words.axisLoss,
                          yScale: run.logScale.map { $0 ? .log : .linear } ?? .auto, series: series)
        if let best = run.bestEpoch { chart.markers = [ChartMarker(x: Double(best), label: words.bestEpoch(best))] }
        chart.title = objective ? words.chartValuePerStep(run.name) : words.chartLossPerEpoch(run.name)
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// The fitted model over the data (validation points hollow); `title` names the panel of a small multiple
    /// (then the chart is smaller).
    static func fitChart(_ fit: FitPlot, words: ReportStrings, prefix: String, title: String? = nil) -> String {
        var series = [ChartSeries(name: words.legendTrainingData, points: fit.points.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .scatter)]
        if !fit.validationPoints.isEmpty {
            series.append(ChartSeries(name: words.legendValidationData, points: fit.validationPoints.map { ChartPoint(x: $0[0], y: $0[1]) },
                                      style: .hollowScatter, colorIndex: 2))
        }
        series.append(ChartSeries(name: words.legendModel, points: fit.curve.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .line, colorIndex: 1))
        let ys = (fit.points + fit.validationPoints).map { $0[1] }
        var chart = Chart(xLabel: fit.xLabel, yLabel: fit.yLabel, yScale: .linear, series: series)
        if let low = ys.min(), let high = ys.max(), high > low {
            let pad = (high - low) * 0.08
            chart.yDomain = (low - pad)...(high + pad)
        }
        chart.title = title ?? words.chartFit
        if title != nil { shrink(&chart) }
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// Decision regions with the data (validation points hollow); `title` names the panel of a small multiple
    /// (then the chart is smaller).
    static func boundaryChart(_ plot: BoundaryPlot, words: ReportStrings, prefix: String, title: String? = nil) -> String {
        let classes = Set(plot.points.map(\.label)).sorted()
        let heldOut = min(plot.validationCount ?? 0, plot.points.count)
        let training = plot.points.dropLast(heldOut), validation = plot.points.suffix(heldOut)
        func name(_ label: Int) -> String { label < plot.classNames.count ? plot.classNames[label] : "class \(label)" }
        var series = classes.map { label in
            ChartSeries(name: name(label), points: training.filter { $0.label == label }.map { ChartPoint(x: $0.x, y: $0.y) },
                        style: .scatter, colorIndex: label, classIndex: label)
        }
        series += classes.compactMap { label in
            let points = validation.filter { $0.label == label }.map { ChartPoint(x: $0.x, y: $0.y) }
            return points.isEmpty ? nil : ChartSeries(name: words.validationCurve(name(label)), points: points, style: .hollowScatter,
                                                      colorIndex: label, classIndex: label)
        }
        var chart = Chart(xLabel: plot.xLabel, yLabel: plot.yLabel, yScale: .linear, series: series)
        chart.background = .regions(classes: plot.classes, xRange: plot.xRange, yRange: plot.yRange)
        chart.xDomain = plot.xRange
        chart.yDomain = plot.yRange
        chart.height = 420
        chart.title = title ?? words.chartBoundary
        if title != nil { shrink(&chart) }
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// The size of one panel of a small multiple.
    private static func shrink(_ chart: inout Chart) {
        chart.width = 320
        chart.height = 280
    }

    /// Every run's training curve (solid) and, where data was held out, its validation curve (dashed, in the
    /// same colour); a curve identical to an earlier one is named after it (and a short one gets markers), so it
    /// cannot hide behind it.
    /// With `tagMembers`, each run's series carry its index in `runs` (`ExploreView`).
    static func comparisonChart(_ runs: [RunResult], words: ReportStrings, prefix: String, tagMembers: Bool = false) -> String {
        var series: [ChartSeries] = []
        for (index, run) in runs.enumerated() where run.error == nil && run.history.epoch.count > 1 {
            let epochs = run.history.epoch.map(Double.init)
            series.append(ChartSeries(name: run.name, points: zip(epochs, run.history.trainLoss).map { ChartPoint(x: $0, y: $1) },
                                      colorIndex: index))
            if let validation = run.history.validationLoss {
                series.append(ChartSeries(name: words.validationCurve(run.name), points: zip(epochs, validation).map { ChartPoint(x: $0, y: $1) },
                                          style: .dashedLine, colorIndex: index))
            }
            if tagMembers { for position in series.indices.suffix(run.history.validationLoss == nil ? 1 : 2) { series[position].member = index } }
        }
        markCoinciding(&series, words: words)
        let objective = runs.contains { $0.history.path != nil }
        let validation = runs.contains { $0.history.validationLoss != nil }
        var chart = Chart(xLabel: objective ? words.step : words.epoch,
                          yLabel: objective ? words.value : (validation ? words.axisLoss : words.axisTrainingLoss), yScale: .auto, series: series)
        chart.showLegend = true
        chart.title = objective ? words.chartCompareObjective : (validation ? words.chartCompareLossValidation : words.chartCompareLoss)
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// Every member's fitted model over the data, for an explorable sweep: each model curve (and, when the members'
    /// data differ, each member's points) carries the member's index in `runs`; data the members share is drawn once.
    static func exploreFitChart(_ runs: [RunResult], words: ReportStrings, prefix: String) -> String? {
        let fits = runs.enumerated().compactMap { index, run in run.fit.map { (index, $0) } }
        guard let first = fits.first?.1 else { return nil }
        let shared = fits.allSatisfy { $0.1.points == first.points && $0.1.validationPoints == first.validationPoints }
        var series: [ChartSeries] = []
        func data(_ fit: FitPlot, member: Int?) {
            var training = ChartSeries(name: member == nil ? words.legendTrainingData : "", points: fit.points.map { ChartPoint(x: $0[0], y: $0[1]) },
                                       style: .scatter, colorIndex: 6)
            training.member = member
            series.append(training)
            guard !fit.validationPoints.isEmpty else { return }
            var held = ChartSeries(name: member == nil ? words.legendValidationData : "",
                                   points: fit.validationPoints.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .hollowScatter, colorIndex: 6)
            held.member = member
            series.append(held)
        }
        if shared { data(first, member: nil) }
        for (index, fit) in fits {
            if !shared { data(fit, member: index) }
            var model = ChartSeries(name: runs[index].name, points: fit.curve.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .line, colorIndex: index)
            model.member = index
            series.append(model)
        }
        let ys = fits.flatMap { $0.1.points + $0.1.validationPoints }.map { $0[1] }
        var chart = Chart(xLabel: first.xLabel, yLabel: first.yLabel, yScale: .linear, series: series)
        if let low = ys.min(), let high = ys.max(), high > low {
            let pad = (high - low) * 0.08
            chart.yDomain = (low - pad)...(high + pad)
        }
        chart.showLegend = true
        chart.title = words.chartFit
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// Names a series that repeats an earlier one point for point after it, and gives a short one markers.
    private static func markCoinciding(_ series: inout [ChartSeries], words: ReportStrings) {
        for index in series.indices {
            guard let twin = series[..<index].first(where: { $0.points == series[index].points }) else { continue }
            series[index].name = words.sameAs(series[index].name, twin.name)
            if series[index].style == .line, series[index].points.count <= 200 { series[index].style = .lineWithMarkers }
        }
    }
}

extension RunCharts {
    /// Contour lines of the objective with each run's path of iterates drawn over them.
    static func contourChart(_ plot: ContourPlot, runs: [RunResult], words: ReportStrings, prefix: String) -> String {
        let series = runs.enumerated().compactMap { index, run -> ChartSeries? in
            guard let path = run.history.path, path.count == 2 else { return nil }
            let points = zip(path[0], path[1]).map { ChartPoint(x: $0, y: $1) }
            return ChartSeries(name: run.name, points: points, style: points.count > 60 ? .line : .lineWithMarkers, colorIndex: index)
        }
        var starts: [ChartSeries] = []
        if let first = series.first?.points.first {
            starts.append(ChartSeries(name: words.legendStart, points: [first], style: .scatter, colorIndex: 6))
        }
        let finite = plot.values.flatMap { $0 }.filter(\.isFinite)
        var chart = Chart(xLabel: plot.xLabel, yLabel: plot.yLabel, yScale: .linear, series: series + starts)
        if !finite.isEmpty { chart.background = .contour(values: plot.values, xRange: plot.xRange, yRange: plot.yRange,
                                                         levels: Chart.contourLevels(for: plot.values, count: 14)) }
        chart.xDomain = plot.xRange
        chart.yDomain = plot.yRange
        chart.height = 440
        chart.showLegend = series.count > 1 ? true : nil
        chart.title = words.chartContour
        chart.idPrefix = prefix
        return chart.svg()
    }
}
