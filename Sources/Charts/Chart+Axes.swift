import Markup

/// The chart's frame: root element, clip path, caption, grid, axes, tick labels and axis titles.
extension Chart {
    /// Shorthand for a formatted coordinate.
    typealias C = SVGFormat

    /// `<svg …>` with viewBox, size, accessibility attributes and the inherited text colour and font.
    func rootAttributes(_ frame: ChartFrame) -> [(String, String)] {
        let w = C.coordinate(frame.width)
        let h = C.coordinate(frame.height)
        return [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "nbrun-chart"), ("viewBox", "0 0 \(w) \(h)"),
            ("width", w), ("height", h), ("role", "img"), ("aria-label", accessibleLabel),
            ("font-size", "12"), ("fill", "currentColor"),
        ]
    }

    /// `<defs>` with the clip path that keeps series and background inside the plot area.
    func clipDefinition(_ frame: ChartFrame) -> MarkupNode {
        let plot = frame.plot
        let rect = C.element("rect", [
            ("x", C.coordinate(plot.left)), ("y", C.coordinate(plot.top)),
            ("width", C.coordinate(plot.width)), ("height", C.coordinate(plot.height)),
        ])
        return .el("defs", [], [.el("clipPath", [("id", clipID)], [rect])])
    }

    /// The visible title above the plot, aligned with its left edge.
    func captionElements(_ frame: ChartFrame) -> [MarkupNode] {
        guard let title, !title.isEmpty else { return [] }
        return [C.element("text", [
            ("class", "caption"), ("x", C.coordinate(frame.plot.left)), ("y", "22"),
            ("font-size", "14"), ("font-weight", "600"),
        ], text: title)]
    }

    /// Light grid lines at the major ticks.
    func gridElements(_ frame: ChartFrame) -> [MarkupNode] {
        let plot = frame.plot
        var lines: [MarkupNode] = []
        for px in tickPixels(frame.xTicks.major, frame.x) {
            lines.append(line(Self.snap(px), plot.top, Self.snap(px), plot.bottom))
        }
        for py in tickPixels(frame.yTicks.major, frame.y) {
            lines.append(line(plot.left, Self.snap(py), plot.right, Self.snap(py)))
        }
        return [C.group([("class", "grid"), ("stroke", "currentColor"), ("stroke-opacity", "0.12"), ("stroke-width", "1")], lines)]
    }

    /// Left and bottom axis lines, tick marks (minor ones shorter) and tick labels.
    func axisElements(_ frame: ChartFrame) -> [MarkupNode] {
        let plot = frame.plot
        var lines: [MarkupNode] = []
        let left = Self.snap(plot.left)
        let bottom = Self.snap(plot.bottom)
        lines.append(line(left, plot.top, left, bottom))
        lines.append(line(left, bottom, plot.right, bottom))
        for (values, length) in [(frame.xTicks.major, 5.0), (frame.xTicks.minor, 3.0)] {
            lines += tickPixels(values, frame.x).map { line(Self.snap($0), bottom, Self.snap($0), bottom + length) }
        }
        for (values, length) in [(frame.yTicks.major, 5.0), (frame.yTicks.minor, 3.0)] {
            lines += tickPixels(values, frame.y).map { line(left - length, Self.snap($0), left, Self.snap($0)) }
        }
        let axes = C.group([("class", "axes"), ("stroke", "currentColor"), ("stroke-opacity", "0.55"), ("stroke-width", "1")], lines)
        return [axes] + tickLabelElements(frame)
    }

    /// Tick labels: centred under x ticks, right-aligned beside y ticks.
    func tickLabelElements(_ frame: ChartFrame) -> [MarkupNode] {
        let plot = frame.plot
        var lines: [MarkupNode] = []
        for (value, label) in zip(frame.xTicks.major, frame.xTicks.labels) {
            guard let px = visiblePixel(value, frame.x) else { continue }
            lines.append(C.element("text", [("x", C.coordinate(px)), ("y", C.coordinate(plot.bottom + 8)),
                                            ("text-anchor", "middle"), ("dy", "0.71em")], text: label))
        }
        for (value, label) in zip(frame.yTicks.major, frame.yTicks.labels) {
            guard let py = visiblePixel(value, frame.y) else { continue }
            lines.append(C.element("text", [("x", C.coordinate(plot.left - 8)), ("y", C.coordinate(py)),
                                            ("text-anchor", "end"), ("dy", "0.32em")], text: label))
        }
        return [C.group([("class", "tick-labels"), ("fill", "currentColor"), ("fill-opacity", "0.8"), ("font-size", "11")], lines)]
    }

    /// The x label centred under the axis and the y label rotated beside it.
    func axisTitleElements(_ frame: ChartFrame) -> [MarkupNode] {
        let plot = frame.plot
        var lines: [MarkupNode] = []
        if !xLabel.isEmpty {
            lines.append(C.element("text", [
                ("class", "x-label"), ("x", C.coordinate(plot.left + plot.width / 2)),
                ("y", C.coordinate(frame.height - 10)), ("text-anchor", "middle"),
            ], text: xLabel))
        }
        if !yLabel.isEmpty {
            let cy = C.coordinate(plot.top + plot.height / 2)
            lines.append(C.element("text", [
                ("class", "y-label"), ("x", "8"), ("y", cy), ("transform", "rotate(-90 8 \(cy))"),
                ("text-anchor", "middle"), ("dy", "0.71em"),
            ], text: yLabel))
        }
        return lines
    }

    /// A faint frame with "no data" in the middle, for charts without drawable points.
    func emptyElements(_ frame: ChartFrame) -> [MarkupNode] {
        let plot = frame.plot
        return [
            C.element("rect", [
                ("class", "frame"), ("x", C.coordinate(plot.left)), ("y", C.coordinate(plot.top)),
                ("width", C.coordinate(plot.width)), ("height", C.coordinate(plot.height)),
                ("fill", "none"), ("stroke", "currentColor"), ("stroke-opacity", "0.3"),
            ]),
            C.element("text", [
                ("class", "no-data"), ("x", C.coordinate(plot.left + plot.width / 2)),
                ("y", C.coordinate(plot.top + plot.height / 2)), ("text-anchor", "middle"), ("dy", "0.32em"),
                ("fill-opacity", "0.6"),
            ], text: "no data"),
        ]
    }

    /// `⌊v⌋ + 0.5`: the centre of a pixel, so 1-pixel lines render crisp without `shape-rendering` tricks
    /// (which make lines uneven at fractional device scales).
    static func snap(_ v: Double) -> Double { v.rounded(.down) + 0.5 }

    /// `<line>` from (x1, y1) to (x2, y2).
    func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> MarkupNode {
        C.element("line", [("x1", C.coordinate(x1)), ("y1", C.coordinate(y1)),
                           ("x2", C.coordinate(x2)), ("y2", C.coordinate(y2))])
    }

    /// Pixel positions of the ticks that fall on the axis.
    func tickPixels(_ values: [Double], _ mapping: AxisMapping) -> [Double] {
        values.compactMap { visiblePixel($0, mapping) }
    }

    /// The pixel of `value` if it lies on the axis (within half a pixel of its ends), else nil.
    func visiblePixel(_ value: Double, _ mapping: AxisMapping) -> Double? {
        guard let pixel = mapping.pixel(value) else { return nil }
        let low = min(mapping.start, mapping.end) - 0.5
        let high = max(mapping.start, mapping.end) + 0.5
        return pixel >= low && pixel <= high ? pixel : nil
    }
}
