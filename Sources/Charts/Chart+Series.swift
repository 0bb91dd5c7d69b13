import Markup

/// A position in SVG pixels.
typealias Pixel = (x: Double, y: Double)

/// Lines and dots of the data series.
extension Chart {
    /// Line series with more entries than this are thinned to about this many points.
    static let downsampleLimit = 1000
    /// Scatter series with more points than this are thinned the same way (every k-th point), so a 200 000-row data
    /// set does not put 200 000 circles in the page.
    static let scatterLimit = 5000
    /// Radius of scatter dots and line markers.
    static let dotRadius = 2.5
    /// Dash pattern of `.dashedLine`.
    static let dashPattern = "7 4"

    /// Every series inside one group clipped to the plot area.
    func seriesElements(_ frame: ChartFrame) -> [MarkupNode] {
        let children = series.flatMap { item in
            let nodes = elements(for: item, frame)
            guard let member = item.member else { return nodes }
            return [C.group([("data-member", String(member))], nodes)]
        }
        return [C.group([("class", "series"), ("clip-path", "url(#\(clipID))")], children)]
    }

    /// The polylines (one per unbroken run of points) and dots of one series. A lone point between breaks of a
    /// line series is drawn as a small dot so it does not vanish.
    func elements(for item: ChartSeries, _ frame: ChartFrame) -> [MarkupNode] {
        let segments = pixelSegments(item, frame)
        var lines: [MarkupNode] = []
        var dots: [Pixel] = item.hasDots ? segments.flatMap { $0 } : []
        if item.isLine {
            var attributes = [("fill", "none"), ("stroke", item.color), ("stroke-width", "2"),
                              ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
            if item.style == .dashedLine { attributes.append(("stroke-dasharray", Self.dashPattern)) }
            let polylines = segments.filter { $0.count >= 2 }.map { segment in
                C.element("polyline", [("points", segment.map { C.coordinate($0.x) + "," + C.coordinate($0.y) }.joined(separator: " "))])
            }
            lines.append(C.group(attributes, polylines))
            if !item.hasDots { dots = segments.filter { $0.count == 1 }.flatMap { $0 } }
        }
        guard !dots.isEmpty else { return lines }
        let radius = item.hasDots ? Self.dotRadius : 1.5
        // Over a background, a thin outline in the text colour keeps dots visible on regions of their own colour.
        let outline = background == nil ? [("stroke", "none")]
            : [("stroke", "currentColor"), ("stroke-opacity", "0.6"), ("stroke-width", "0.75")]
        let circles = dots.map { dot in
            C.element("circle", [("cx", C.coordinate(dot.x)), ("cy", C.coordinate(dot.y)), ("r", C.coordinate(radius))])
        }
        if item.style == .hollowScatter {
            lines.append(C.group([("fill", "none"), ("stroke", item.color), ("stroke-width", "1.5")], circles))
        } else {
            lines.append(C.group([("fill", item.color)] + outline, circles))
        }
        return lines
    }

    /// The series in pixels, split into runs at points that cannot be drawn (non-finite, or non-positive on a log
    /// axis). Line series longer than `downsampleLimit` (scatter series longer than `scatterLimit`) keep every k-th
    /// point with k = ⌈count / limit⌉; the first and last point of every run are always kept.
    func pixelSegments(_ item: ChartSeries, _ frame: ChartFrame) -> [[Pixel]] {
        let count = item.points.count
        let limit = item.isLine ? Self.downsampleLimit : Self.scatterLimit
        let step = count > limit ? (count + limit - 1) / limit : 1
        var segments: [[Pixel]] = []
        var current: [Pixel] = []
        for (index, point) in item.points.enumerated() {
            guard let px = frame.x.pixel(point.x), let py = frame.y.pixel(point.y) else {
                if !current.isEmpty { segments.append(current) }
                current = []
                continue
            }
            let endsRun = index == count - 1 || !isDrawable(item.points[index + 1], frame)
            if current.isEmpty || index % step == 0 || endsRun {
                current.append((px, py))
            }
        }
        if !current.isEmpty { segments.append(current) }
        return segments
    }

    /// True when both coordinates of `point` map to pixels.
    func isDrawable(_ point: ChartPoint, _ frame: ChartFrame) -> Bool {
        frame.x.pixel(point.x) != nil && frame.y.pixel(point.y) != nil
    }
}
