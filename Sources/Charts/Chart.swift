import Markup

/// A 2-D chart — lines, scatter, markers and an optional contour or decision-region background — rendered as a
/// self-contained SVG element.
///
/// Axes, text and grid use `currentColor`, so the chart follows the surrounding page's text colour (light or dark);
/// series use `ChartPalette`. No font family is set: text inherits the page's font. Output is byte-identical
/// for identical input.
///
///     var chart = Chart(xLabel: "epoch", yLabel: "loss", series: [
///         ChartSeries(name: "train", points: train),
///         ChartSeries(name: "validation", points: validation, style: .dashedLine, colorIndex: 1),
///     ])
///     chart.markers = [ChartMarker(x: 37, label: "best epoch 37")]
///     let svg = chart.svg()
public struct Chart {
    /// Optional caption, drawn above the plot and as the SVG `<title>` for accessibility.
    public var title: String?
    /// Text under the x axis.
    public var xLabel: String
    /// Text beside the y axis (rotated).
    public var yLabel: String
    /// Scale of the y axis; `.auto` picks log for positive data spanning more than two decades
    /// (and linear whenever a `background` is set, since backgrounds are sampled on linear grids).
    public var yScale: AxisScale
    /// Scale of the x axis; same rules as `yScale`.
    public var xScale: AxisScale
    /// The data, drawn in order (later series on top).
    public var series: [ChartSeries]
    /// Vertical dashed rules with labels.
    public var markers: [ChartMarker]
    /// SVG width in pixels (at least 160).
    public var width: Double
    /// SVG height in pixels (at least 120).
    public var height: Double
    /// Whether to draw the legend; nil shows it when more than one series has a name.
    public var showLegend: Bool?
    /// Overrides the automatic x domain (ignored when empty, non-finite, or not positive on a log axis).
    public var xDomain: ClosedRange<Double>?
    /// Overrides the automatic y domain (same rules as `xDomain`).
    public var yDomain: ClosedRange<Double>?
    /// A contour or decision-region layer drawn under the series; sets the default domain to its ranges.
    public var background: ChartBackground?
    /// Prefix of the ids inside the SVG (the plot `<clipPath>` is `"<idPrefix>-plot"`). Give each chart on one
    /// HTML page a distinct prefix. Characters other than ASCII letters, digits, `-`, `_` are replaced.
    public var idPrefix: String

    /// Creates a chart; the parameters mirror the properties, in declaration order, with their defaults.
    public init(title: String? = nil, xLabel: String = "", yLabel: String = "", yScale: AxisScale = .auto,
                xScale: AxisScale = .linear, series: [ChartSeries] = [], markers: [ChartMarker] = [],
                width: Double = 640, height: Double = 360, showLegend: Bool? = nil,
                xDomain: ClosedRange<Double>? = nil, yDomain: ClosedRange<Double>? = nil,
                background: ChartBackground? = nil, idPrefix: String = "chart") {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.xScale = xScale
        self.series = series
        self.markers = markers
        self.width = width
        self.height = height
        self.showLegend = showLegend
        self.xDomain = xDomain
        self.yDomain = yDomain
        self.background = background
        self.idPrefix = idPrefix
    }

    /// The complete `<svg …>…</svg>` element: one child element per line, no trailing newline.
    public func svg() -> String {
        let (frame, legendRows) = layout()
        var lines: [MarkupNode] = []
        if let title, !title.isEmpty { lines.append(SVGFormat.element("title", [], text: title)) }
        lines.append(clipDefinition(frame))
        lines += captionElements(frame)
        if frame.hasData {
            lines += backgroundElements(frame)
            lines += gridElements(frame)
            lines += seriesElements(frame)
            lines += axisElements(frame)
            lines += markerElements(frame)
            lines += legendElements(frame, rowsAbovePlot: legendRows)
        } else {
            lines += emptyElements(frame)
        }
        lines += axisTitleElements(frame)
        return MarkupNode.el("svg", rootAttributes(frame), MarkupNode.lines(lines)).render(.xml)
    }

    /// The sanitized id of the plot-area clip path.
    var clipID: String { SVGFormat.identifier(idPrefix) + "-plot" }

    /// A one-sentence description for screen readers: the title (or the axes), then the series names.
    var accessibleLabel: String {
        var text: String
        if let title, !title.isEmpty {
            text = title
        } else if xLabel.isEmpty && yLabel.isEmpty {
            text = "Chart"
        } else {
            text = "Chart of " + (yLabel.isEmpty ? "values" : yLabel) + (xLabel.isEmpty ? "" : " against " + xLabel)
        }
        let names = series.map(\.name).filter { !$0.isEmpty }
        if !names.isEmpty { text += ". Series: " + names.joined(separator: ", ") }
        return text
    }
}
