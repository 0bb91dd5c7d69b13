import Charts
import Notebook

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

    static func fitChart(_ fit: FitPlot, words: ReportStrings, prefix: String) -> String {
        var series = [ChartSeries(name: words.legendTrainingData, points: fit.points.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .scatter)]
        if !fit.validationPoints.isEmpty {
            series.append(ChartSeries(name: words.legendValidationData, points: fit.validationPoints.map { ChartPoint(x: $0[0], y: $0[1]) },
                                      style: .scatter, colorIndex: 2))
        }
        series.append(ChartSeries(name: words.legendModel, points: fit.curve.map { ChartPoint(x: $0[0], y: $0[1]) }, style: .line, colorIndex: 1))
        let ys = (fit.points + fit.validationPoints).map { $0[1] }
        var chart = Chart(xLabel: fit.xLabel, yLabel: fit.yLabel, yScale: .linear, series: series)
        if let low = ys.min(), let high = ys.max(), high > low {
            let pad = (high - low) * 0.08
            chart.yDomain = (low - pad)...(high + pad)
        }
        chart.title = words.chartFit
        chart.idPrefix = prefix
        return chart.svg()
    }

    static func boundaryChart(_ plot: BoundaryPlot, words: ReportStrings, prefix: String) -> String {
        let classes = Set(plot.points.map(\.label)).sorted()
        let series = classes.map { label in
            ChartSeries(name: label < plot.classNames.count ? plot.classNames[label] : "class \(label)",
                        points: plot.points.filter { $0.label == label }.map { ChartPoint(x: $0.x, y: $0.y) },
                        style: .scatter, colorIndex: label, classIndex: label)
        }
        var chart = Chart(xLabel: plot.xLabel, yLabel: plot.yLabel, yScale: .linear, series: series)
        chart.background = .regions(classes: plot.classes, xRange: plot.xRange, yRange: plot.yRange)
        chart.xDomain = plot.xRange
        chart.yDomain = plot.yRange
        chart.height = 420
        chart.title = words.chartBoundary
        chart.idPrefix = prefix
        return chart.svg()
    }

    static func comparisonChart(_ runs: [RunResult], words: ReportStrings, prefix: String) -> String {
        let series = runs.enumerated().compactMap { index, run -> ChartSeries? in
            guard run.error == nil, run.history.epoch.count > 1 else { return nil }
            return ChartSeries(name: run.name, points: zip(run.history.epoch, run.history.trainLoss).map { ChartPoint(x: Double($0), y: $1) },
                               colorIndex: index)
        }
        let objective = runs.contains { $0.history.path != nil }
        var chart = Chart(xLabel: objective ? words.step : words.epoch, yLabel: objective ? words.value : words.axisTrainingLoss, yScale: .auto, series: series)
        chart.showLegend = true
        chart.title = objective ? words.chartCompareObjective : words.chartCompareLoss
        chart.idPrefix = prefix
        return chart.svg()
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
