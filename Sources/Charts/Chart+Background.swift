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

    /// Decision regions: the most frequent class fills the grid, and every other class is one filled `<path>`
    /// on top, its outline traced by marching squares on its indicator field smoothed over 3 × 3 cells, so a
    /// border runs between cell centres at its own slope instead of in stairs, and regions share no edge (no
    /// seam). `evenodd` leaves islands of other classes open.
    func regionElements(classes: [[Int]], grid: GridMapping) -> [MarkupNode] {
        let rows = classes.count
        let cols = classes.map(\.count).min() ?? 0
        guard rows >= 1, cols >= 1 else { return [] }
        var counts: [Int: Int] = [:]
        for row in classes { for cls in row.prefix(cols) where cls >= 0 { counts[cls, default: 0] += 1 } }
        guard let background = counts.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) })?.key else { return [] }
        var shapes: [MarkupNode] = []
        if let low = grid.pixel(column: 0, row: 0), let high = grid.pixel(column: 1, row: 1) {
            shapes.append(C.element("rect", [("x", C.coordinate(min(low.x, high.x))), ("y", C.coordinate(min(low.y, high.y))),
                                             ("width", C.coordinate(abs(high.x - low.x))), ("height", C.coordinate(abs(high.y - low.y))),
                                             ("fill", ChartPalette.color(background))]))
        }
        for cls in counts.keys.sorted() where cls != background {
            let field = Self.smoothedIndicator(classes, of: cls, rows: rows, cols: cols)
            let data = MarchingSquares.isolines(field, level: 0.5).map { regionOutline($0, grid: grid, rows: rows, cols: cols) }.joined()
            guard !data.isEmpty else { continue }
            shapes.append(C.element("path", [("d", data), ("fill", ChartPalette.color(cls)), ("fill-rule", "evenodd")]))
        }
        return [C.group([("class", "regions"), ("clip-path", "url(#\(clipID))"), ("opacity", Self.regionOpacity)], shapes)]
    }

    /// 1 where the grid predicts `cls`, averaged over each cell's 3 × 3 neighbourhood (edges repeated) and kept on
    /// the cell's own side of 0.5, framed by one ring of the edge values and one ring of zeros so that every
    /// outline closes outside the plot.
    static func smoothedIndicator(_ classes: [[Int]], of cls: Int, rows: Int, cols: Int) -> [[Double]] {
        func value(_ row: Int, _ col: Int) -> Double {
            classes[min(max(row, 0), rows - 1)][min(max(col, 0), cols - 1)] == cls ? 1 : 0
        }
        var field = Array(repeating: Array(repeating: 0.0, count: cols + 4), count: rows + 4)
        for row in -1...rows {
            for col in -1...cols {
                var sum = 0.0
                for dr in -1...1 { for dc in -1...1 { sum += value(row + dr, col + dc) } }
                let inside = (0..<rows).contains(row) && (0..<cols).contains(col)
                // Clamped to its own side of 0.5, so every cell centre stays in its own class (a lone cell too).
                let own = value(row, col)
                field[row + 2][col + 2] = inside ? (own == 1 ? max(sum / 9, 0.6) : min(sum / 9, 0.4)) : own
            }
        }
        return field
    }

    /// `M … Z` for one closed outline in framed-grid coordinates: index i is the centre of cell i − 2, at fraction
    /// (i − 1.5) / count of the range.
    func regionOutline(_ line: MarchingSquares.Isoline, grid: GridMapping, rows: Int, cols: Int) -> String {
        let pixels = line.points.compactMap { grid.pixel(column: ($0.x - 1.5) / Double(cols), row: ($0.y - 1.5) / Double(rows)) }
        guard pixels.count >= 3 else { return "" }
        return "M" + pixels.map { C.coordinate($0.x) + "," + C.coordinate($0.y) }.joined(separator: "L") + "Z"
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
