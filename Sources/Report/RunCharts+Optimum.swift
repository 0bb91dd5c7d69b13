import Charts
import Notebook
import Results

/// The distance-to-optimum and loss-gap charts (`show: [distance, gap]`), always on a log axis.
///
/// Entries at or below zero (the optimum reached exactly, or a gap a rounding error below it) have no place on a
/// log axis: they are left out, and the curve's legend name says how many were (the legend is then shown), so a
/// curve that ends early on the chart is never mistaken for a run that stopped.
extension RunCharts {
    /// One run's distance (`.distance`) or gap (`.gap`) per epoch or step; `nil` when the run has no such column.
    static func optimumChart(_ run: RunResult, part: ShowPart, words: ReportStrings, prefix: String) -> String? {
        guard let values = column(run.history, part) else { return nil }
        let curve = logCurve(name: part == .distance ? words.optimum.axisDistance : words.optimum.axisGap,
                             epochs: run.history.epoch, values: values, colorIndex: 0, words: words)
        var chart = Chart(xLabel: run.history.path != nil ? words.step : words.epoch, yLabel: axis(part, words),
                          yScale: .log, series: [curve.series])
        chart.showLegend = curve.dropped > 0 ? true : nil
        chart.title = part == .distance ? words.optimum.chartDistance(run.name) : words.optimum.chartGap(run.name)
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// Every run's distance or gap on one log axis with a legend; `nil` when no run has the column.
    static func groupOptimumChart(_ runs: [RunResult], part: ShowPart, words: ReportStrings, prefix: String) -> String? {
        var series: [ChartSeries] = []
        for (index, run) in runs.enumerated() where run.error == nil {
            guard let values = column(run.history, part) else { continue }
            series.append(logCurve(name: run.name, epochs: run.history.epoch, values: values, colorIndex: index, words: words).series)
        }
        guard !series.isEmpty else { return nil }
        let steps = runs.contains { $0.history.path != nil }
        var chart = Chart(xLabel: steps ? words.step : words.epoch, yLabel: axis(part, words), yScale: .log, series: series)
        chart.showLegend = true
        chart.title = part == .distance ? words.optimum.chartGroupDistance : words.optimum.chartGroupGap
        chart.idPrefix = prefix
        return chart.svg()
    }

    /// The column a part draws: `history.distance` or `history.gap`.
    static func column(_ history: HistoryTable, _ part: ShowPart) -> [Double]? {
        switch part {
        case .distance: return history.distance
        case .gap: return history.gap
        default: return nil
        }
    }

    private static func axis(_ part: ShowPart, _ words: ReportStrings) -> String {
        part == .distance ? words.optimum.axisDistance : words.optimum.axisGap
    }

    /// The positive finite entries as a line, named with the count of entries ≤ 0 that a log axis cannot show.
    static func logCurve(name: String, epochs: [Int], values: [Double], colorIndex: Int,
                         words: ReportStrings) -> (series: ChartSeries, dropped: Int) {
        let pairs = zip(epochs, values)
        let points = pairs.filter { $0.1 > 0 && $0.1.isFinite }.map { ChartPoint(x: Double($0.0), y: $0.1) }
        let dropped = pairs.filter { $0.1 <= 0 }.count
        let label = dropped > 0 ? words.optimum.notDrawn(name, dropped) : name
        // A closed-form run has two entries, one of them 0: its single point would be an invisible line.
        let style: ChartSeries.Style = points.count <= 2 ? .lineWithMarkers : .line
        return (ChartSeries(name: label, points: points, style: style, colorIndex: colorIndex), dropped)
    }
}
