/// One named data series of a chart.
public struct ChartSeries {
    /// How a series is drawn.
    public enum Style {
        /// A solid line through the points.
        case line
        /// A dashed line (e.g. a validation curve beside a solid training curve).
        case dashedLine
        /// Unconnected dots, `<circle r="2.5">` per point.
        case scatter
        /// Unconnected rings (`fill="none"`): held-out points beside filled training points.
        case hollowScatter
        /// A solid line with a dot at every point.
        case lineWithMarkers
    }

    /// Legend text; a series with an empty name has no legend entry.
    public var name: String
    /// Data points in drawing order; non-finite points break a line into separate segments.
    public var points: [ChartPoint]
    /// Line, dashed line, scatter or line with markers.
    public var style: Style
    /// Index into `ChartPalette.colors` (wraps around).
    public var colorIndex: Int
    /// Class this series belongs to (e.g. the label of scattered samples). When set, the series is drawn
    /// in that class's palette colour, matching `ChartBackground.regions`, instead of `colorIndex`.
    public var classIndex: Int?
    /// The sweep member this series draws, for an explorable chart: its elements carry `data-member="N"` so a
    /// page script can bring one member forward; nil draws plain elements.
    public var member: Int?

    /// Creates a series; `classIndex` defaults to nil.
    public init(name: String, points: [ChartPoint], style: Style = .line, colorIndex: Int = 0, classIndex: Int? = nil) {
        self.name = name
        self.points = points
        self.style = style
        self.colorIndex = colorIndex
        self.classIndex = classIndex
    }

    /// The palette colour this series is drawn in.
    public var color: String { ChartPalette.color(classIndex ?? colorIndex) }

    /// True for the styles that connect points with a line.
    var isLine: Bool { style != .scatter && style != .hollowScatter }

    /// True for the styles that draw a dot at each point.
    var hasDots: Bool { style == .scatter || style == .hollowScatter || style == .lineWithMarkers }
}
