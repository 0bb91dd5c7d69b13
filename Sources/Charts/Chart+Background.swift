import Markup

/// The background layer: contour lines or decision regions, clipped to the plot area.
extension Chart {
    /// Group opacity of decision regions; applied to the whole group so neighbouring cells never double up.
    static let regionOpacity = "0.2"

    /// The background's elements, or nothing without a background.
    func backgroundElements(_ frame: ChartFrame) -> [MarkupNode] {
        guard let background else { return [] }
        switch background {
        case let .contour(values, xRange, yRange, levels):
            return contourElements(values: values, grid: GridMapping(xRange: xRange, yRange: yRange, frame: frame), levels: levels)
        case let .regions(classes, xRange, yRange):
            return regionElements(classes: classes, grid: GridMapping(xRange: xRange, yRange: yRange, frame: frame))
        }
    }

    /// One `<path>` per level that crosses the field (ascending levels), thin and in `currentColor`; lower levels are
    /// drawn more opaque so the basin around the minimum stands out.
    func contourElements(values: [[Double]], grid: GridMapping, levels: [Double]) -> [MarkupNode] {
        let rows = values.count
        let cols = values.map(\.count).min() ?? 0
        let sorted = Array(Set(levels.filter(\.isFinite))).sorted()
        guard rows >= 2, cols >= 2, !sorted.isEmpty else { return [] }
        var lines: [MarkupNode] = []
        for (rank, level) in sorted.enumerated() {
            let isolines = MarchingSquares.isolines(values, level: level)
            let data = isolines.map { pathData($0, grid: grid, rows: rows, cols: cols) }.joined()
            guard !data.isEmpty else { continue }
            let opacity = sorted.count == 1 ? 0.5 : 0.6 - 0.35 * Double(rank) / Double(sorted.count - 1)
            lines.append(C.element("path", [("d", data), ("stroke-opacity", C.coordinate(opacity))]))
        }
        return [C.group([("class", "contours"), ("clip-path", "url(#\(clipID))"), ("fill", "none"), ("stroke", "currentColor"),
                         ("stroke-width", "1"), ("stroke-linejoin", "round")], lines)]
    }

    /// `M x,y L x,y … [Z]` for one iso-line; points closer than 1 px (L1 distance) to the previous kept point are dropped
    /// (the last point of an open line is always kept).
    func pathData(_ line: MarchingSquares.Isoline, grid: GridMapping, rows: Int, cols: Int) -> String {
        let pixels = line.points.compactMap { grid.pixel(column: $0.x / Double(cols - 1), row: $0.y / Double(rows - 1)) }
        guard pixels.count >= 2 else { return "" }
        var kept = [pixels[0]]
        for (index, point) in pixels.enumerated().dropFirst() {
            let last = kept[kept.count - 1]
            let isFinal = index == pixels.count - 1 && !line.isClosed
            if isFinal || abs(point.x - last.x) + abs(point.y - last.y) >= 1 { kept.append(point) }
        }
        guard kept.count >= 2 else { return "" }
        let body = kept.map { C.coordinate($0.x) + "," + C.coordinate($0.y) }.joined(separator: "L")
        return "M" + body + (line.isClosed ? "Z" : "")
    }

    /// One `<rect>` per run of equal, non-negative classes along each grid row, filled in the class colours.
    func regionElements(classes: [[Int]], grid: GridMapping) -> [MarkupNode] {
        let rows = classes.count
        let cols = classes.map(\.count).min() ?? 0
        guard rows >= 1, cols >= 1 else { return [] }
        var lines: [MarkupNode] = []
        for row in 0..<rows {
            var col = 0
            while col < cols {
                let cls = classes[row][col]
                var end = col + 1
                while end < cols && classes[row][end] == cls { end += 1 }
                if cls >= 0, let rect = regionRect(grid, rows: rows, cols: cols, row: row, columns: col..<end) {
                    lines.append(C.element("rect", [
                        ("x", C.coordinate(rect.left)), ("y", C.coordinate(rect.top)), ("width", C.coordinate(rect.width)),
                        ("height", C.coordinate(rect.height)), ("fill", ChartPalette.color(cls)),
                    ]))
                }
                col = end
            }
        }
        return [C.group([("class", "regions"), ("clip-path", "url(#\(clipID))"), ("opacity", Self.regionOpacity),
                         ("shape-rendering", "crispEdges")], lines)]
    }

    /// The pixel rectangle of cells `columns` in `row`, where the cells tile the grid ranges evenly.
    func regionRect(_ grid: GridMapping, rows: Int, cols: Int, row: Int, columns: Range<Int>) -> PlotRect? {
        guard let a = grid.pixel(column: Double(columns.lowerBound) / Double(cols), row: Double(row) / Double(rows)),
              let b = grid.pixel(column: Double(columns.upperBound) / Double(cols), row: Double(row + 1) / Double(rows))
        else { return nil }
        return PlotRect(left: min(a.x, b.x), top: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
    }
}

/// Maps fractions of a background grid's ranges to pixels.
struct GridMapping {
    /// Data x range of the grid.
    var xRange: ClosedRange<Double>
    /// Data y range of the grid.
    var yRange: ClosedRange<Double>
    /// The chart geometry.
    var frame: ChartFrame

    /// The pixel at fraction `column` of the x range and `row` of the y range (0…1 each).
    func pixel(column: Double, row: Double) -> Pixel? {
        let x = xRange.lowerBound + column * (xRange.upperBound - xRange.lowerBound)
        let y = yRange.lowerBound + row * (yRange.upperBound - yRange.lowerBound)
        guard let px = frame.x.pixel(x), let py = frame.y.pixel(y) else { return nil }
        return (px, py)
    }
}
