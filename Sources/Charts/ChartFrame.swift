/// The resolved geometry of one chart: margins, plot rectangle, axis mappings and ticks.
///
/// Vertical layout comes first (title and x-label heights fix the plot height, hence the y ticks); the widest y tick
/// label then fixes the left margin, hence the plot width and the x ticks; the right margin grows if the last
/// x label would stick out of the SVG.
struct ChartFrame {
    /// The data area.
    var plot: PlotRect
    /// Horizontal mapping.
    var x: AxisMapping
    /// Vertical mapping (pixel y grows downwards, so `start > end`).
    var y: AxisMapping
    /// Ticks along x.
    var xTicks: AxisTicks
    /// Ticks along y.
    var yTicks: AxisTicks
    /// False when no point can be drawn and there is no background: the chart shows "no data".
    var hasData: Bool
    /// SVG width.
    var width: Double
    /// SVG height.
    var height: Double
    /// Top of the band reserved above the plot for a legend laid out in rows (0 height when none).
    var legendTop: Double

    /// Smallest accepted SVG size; smaller requests are raised to it.
    static let minimumSize = (width: 160.0, height: 120.0)

    /// Lays out `chart`, reserving `legendBand` pixels between the title and the plot for a legend above the plot.
    init(chart: Chart, legendBand: Double = 0) {
        width = chart.width.isFinite ? max(chart.width, Self.minimumSize.width) : 640
        height = chart.height.isFinite ? max(chart.height, Self.minimumSize.height) : 360
        let scales = chart.resolvedScales
        let xLog = scales.x == .log
        let yLog = scales.y == .log
        let points = chart.drawablePoints(xLog: xLog, yLog: yLog)
        hasData = !points.isEmpty || chart.background != nil
        let xDomain = Chart.domain(values: points.map(\.x), isLog: xLog, override: chart.xDomain,
                                   backgroundRange: chart.background?.xRange, padding: Chart.xPadding)
        let yDomain = Chart.domain(values: points.map(\.y), isLog: yLog, override: chart.yDomain,
                                   backgroundRange: chart.background?.yRange, padding: Chart.yPadding)

        let hasTitle = !(chart.title ?? "").isEmpty
        legendTop = hasTitle ? 32 : 6
        let top = legendBand > 0 ? legendTop + legendBand : (hasTitle ? 36.0 : 14.0)
        let bottom = chart.xLabel.isEmpty ? 30.0 : 50.0
        let plotHeight = height - top - bottom
        y = AxisMapping(domain: yDomain, isLog: yLog, start: top + plotHeight, end: top)
        yTicks = AxisTicks.make(for: y, length: plotHeight, horizontal: false)
        let labelRoom = (10 + (chart.yLabel.isEmpty ? 0 : 22) + yTicks.maxLabelWidth + 9).rounded(.up)
        let left = min(labelRoom, (width / 2).rounded(.down))

        var right = 18.0
        x = AxisMapping(domain: xDomain, isLog: xLog, start: left, end: width - right)
        xTicks = AxisTicks.make(for: x, length: width - left - right, horizontal: true)
        let overhang = Self.lastLabelOverhang(xTicks, x, width: width)
        if overhang > 0 {
            right += overhang.rounded(.up)
            x.end = width - right
            xTicks = AxisTicks.make(for: x, length: width - left - right, horizontal: true)
        }
        plot = PlotRect(left: left, top: top, width: width - left - right, height: plotHeight)
    }

    /// How far (pixels) the centred label of the right-most x tick would extend past the SVG's right edge minus 4.
    static func lastLabelOverhang(_ ticks: AxisTicks, _ mapping: AxisMapping, width: Double) -> Double {
        guard let last = ticks.major.last, let label = ticks.labels.last, let position = mapping.pixel(last) else { return 0 }
        return position + TextMetrics.width(label, fontSize: AxisTicks.fontSize) / 2 - (width - 4)
    }
}
