import Markup

/// The legend: one entry per named series with a swatch in the series' colour and style.
///
/// It sits in the plot corner that covers the least data; over a contour background, or when every corner would
/// cover data, it moves into rows above the plot instead.
extension Chart {
    /// Height of one legend row.
    static let legendRowHeight = 18.0
    /// Width of the line swatch.
    static let legendSwatchWidth = 24.0
    /// Horizontal space between entries of a legend laid out in rows.
    static let legendEntryGap = 18.0

    /// The series listed in the legend: those with a non-empty name.
    var legendEntries: [ChartSeries] { series.filter { !$0.name.isEmpty } }

    /// `showLegend`, or by default: more than one named series.
    var legendIsVisible: Bool {
        let entries = legendEntries.count
        return entries > 0 && (showLegend ?? (entries > 1))
    }

    /// The frame, and the legend rows (entry indices) when the legend goes above the plot.
    func layout() -> (ChartFrame, [[Int]]?) {
        let frame = ChartFrame(chart: self)
        guard frame.hasData, legendIsVisible else { return (frame, nil) }
        var isContour = false
        if case .contour = background { isContour = true }
        guard isContour || legendCollisions(insideLegendBox(frame), frame) > 0 else { return (frame, nil) }
        let rows = legendRows(maxWidth: frame.plot.width)
        let band = Double(rows.count) * Self.legendRowHeight + 6
        guard band <= frame.plot.height / 3 else { return (frame, nil) }  // keep most of the height for the data
        return (ChartFrame(chart: self, legendBand: band), rows)
    }

    /// Width of one entry: swatch, gap, name.
    func legendEntryWidth(_ entry: ChartSeries) -> Double {
        Self.legendSwatchWidth + 6 + TextMetrics.width(entry.name, fontSize: 12)
    }

    /// Entry indices flowed into rows no wider than `maxWidth` (every row holds at least one entry).
    func legendRows(maxWidth: Double) -> [[Int]] {
        var rows: [[Int]] = [[]]
        var used = 0.0
        for (index, entry) in legendEntries.enumerated() {
            let width = legendEntryWidth(entry)
            if !rows[rows.count - 1].isEmpty && used + Self.legendEntryGap + width > maxWidth {
                rows.append([])
                used = 0
            }
            used += (rows[rows.count - 1].isEmpty ? 0 : Self.legendEntryGap) + width
            rows[rows.count - 1].append(index)
        }
        return rows
    }

    /// The legend group: in rows above the plot when `rowsAbovePlot` is given, else boxed in a plot corner.
    func legendElements(_ frame: ChartFrame, rowsAbovePlot: [[Int]]?) -> [MarkupNode] {
        guard legendIsVisible else { return [] }
        let entries = legendEntries
        var lines: [MarkupNode] = []
        if let rows = rowsAbovePlot {
            for (rowIndex, row) in rows.enumerated() {
                let cy = frame.legendTop + Self.legendRowHeight * (Double(rowIndex) + 0.5)
                var left = frame.plot.left
                for index in row {
                    lines += legendEntry(entries[index], left: left, cy: cy)
                    left += legendEntryWidth(entries[index]) + Self.legendEntryGap
                }
            }
        } else {
            let box = insideLegendBox(frame)
            lines.append(C.element("rect", [
                ("x", C.coordinate(box.left)), ("y", C.coordinate(box.top)), ("width", C.coordinate(box.width)),
                ("height", C.coordinate(box.height)), ("rx", "4"), ("fill", "none"), ("stroke", "currentColor"),
                ("stroke-opacity", "0.15"),
            ]))
            for (row, entry) in entries.enumerated() {
                lines += legendEntry(entry, left: box.left + 8, cy: box.top + 4 + Self.legendRowHeight * (Double(row) + 0.5))
            }
        }
        return [C.group([("class", "legend")], lines)]
    }

    /// Swatch and name of one entry, starting at `left`, vertically centred on `cy`.
    func legendEntry(_ entry: ChartSeries, left: Double, cy: Double) -> [MarkupNode] {
        var lines: [MarkupNode] = []
        if entry.isLine {
            var attributes = [("x1", C.coordinate(left)), ("y1", C.coordinate(cy)),
                              ("x2", C.coordinate(left + Self.legendSwatchWidth)), ("y2", C.coordinate(cy)),
                              ("stroke", entry.color), ("stroke-width", "2"), ("stroke-linecap", "round")]
            if entry.style == .dashedLine { attributes.append(("stroke-dasharray", "5 3")) }
            lines.append(C.element("line", attributes))
        }
        if entry.hasDots {
            let paint: [(String, String)] = entry.style == .hollowScatter
                ? [("fill", "none"), ("stroke", entry.color), ("stroke-width", "1.5")] : [("fill", entry.color)]
            lines.append(C.element("circle", [("cx", C.coordinate(left + Self.legendSwatchWidth / 2)), ("cy", C.coordinate(cy)),
                                              ("r", entry.style == .scatter || entry.style == .hollowScatter ? "3.5" : "3")] + paint))
        }
        lines.append(C.element("text", [("x", C.coordinate(left + Self.legendSwatchWidth + 6)),
                                        ("y", C.coordinate(cy)), ("dy", "0.32em")], text: entry.name))
        return lines
    }
}
