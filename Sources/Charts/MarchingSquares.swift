/// Iso-lines of a scalar field on a regular grid by marching squares.
///
/// The field is `values[row][col]`; results are in grid coordinates `(x: col, y: row)` with fractional parts
/// from linear interpolation along cell edges. A corner counts as "inside" when `value ≥ level`; saddle cells
/// are resolved by the mean of their four corners. Cells with a non-finite corner are skipped, so NaN holes
/// simply open the curves around them. Segments are joined through shared edges into polylines.
enum MarchingSquares {
    /// One joined iso-line.
    struct Isoline {
        /// Points in grid coordinates, in walking order.
        var points: [Pixel]
        /// True when the line returns to its first point (the first point is not repeated).
        var isClosed: Bool
    }

    /// Edge pairs cut by the level, per cell case (bit 0 = bottom-left, 1 = bottom-right, 2 = top-right,
    /// 3 = top-left corner inside). Edges: 0 bottom, 1 right, 2 top, 3 left. Saddles (5, 10) are listed for the
    /// centre-outside reading; `segments(case:centreInside:)` swaps them.
    static let table: [[(Int, Int)]] = [
        [], [(3, 0)], [(0, 1)], [(3, 1)], [(1, 2)], [(3, 0), (1, 2)], [(0, 2)], [(3, 2)],
        [(3, 2)], [(0, 2)], [(0, 1), (3, 2)], [(1, 2)], [(3, 1)], [(0, 1)], [(3, 0)], [],
    ]

    /// The iso-lines of `values` at `level`; empty for grids smaller than 2×2 (ragged rows use the shortest row).
    static func isolines(_ values: [[Double]], level: Double) -> [Isoline] {
        let rows = values.count
        let cols = values.map(\.count).min() ?? 0
        guard rows >= 2, cols >= 2, level.isFinite else { return [] }
        let grid = EdgeGrid(values: values, rows: rows, cols: cols, level: level)
        var segments: [(Int, Int)] = []
        for row in 0..<(rows - 1) {
            for col in 0..<(cols - 1) {
                segments += grid.cellSegments(row: row, col: col)
            }
        }
        return join(segments, edgeCount: rows * cols * 2).map { keys in
            let closed = keys.count > 2 && keys.first == keys.last
            let points = (closed ? Array(keys.dropLast()) : keys).map(grid.crossing)
            return Isoline(points: points, isClosed: closed)
        }
    }

    /// Joins segments (pairs of edge keys) that share an edge into chains of keys; a closed chain repeats its first key
    /// at the end. Deterministic: chains start at the earliest unused segment.
    static func join(_ segments: [(Int, Int)], edgeCount: Int) -> [[Int]] {
        var byEdge = [Int](repeating: -1, count: edgeCount * 2)  // two segment slots per edge
        for (index, segment) in segments.enumerated() {
            for key in [segment.0, segment.1] {
                byEdge[key * 2 + (byEdge[key * 2] == -1 ? 0 : 1)] = index
            }
        }
        var used = [Bool](repeating: false, count: segments.count)
        func next(from key: Int) -> Int? {
            for slot in [key * 2, key * 2 + 1] where byEdge[slot] >= 0 && !used[byEdge[slot]] {
                let index = byEdge[slot]
                used[index] = true
                return segments[index].0 == key ? segments[index].1 : segments[index].0
            }
            return nil
        }
        var chains: [[Int]] = []
        for start in segments.indices where !used[start] {
            used[start] = true
            var chain = [segments[start].0, segments[start].1]
            while let key = next(from: chain[chain.count - 1]) { chain.append(key) }
            if chain.first != chain.last {
                var head: [Int] = []
                while let key = next(from: head.last ?? chain[0]) { head.append(key) }
                chain = head.reversed() + chain
            }
            chains.append(chain)
        }
        return chains
    }
}

/// Edge keys and crossing points of one grid at one level. Horizontal edge from (row, col) to (row, col+1) has
/// key `2·(row·cols + col)`; vertical edge from (row, col) to (row+1, col) has key `2·(row·cols + col) + 1`.
struct EdgeGrid {
    /// The field.
    let values: [[Double]]
    /// Number of rows used.
    let rows: Int
    /// Number of columns used.
    let cols: Int
    /// The iso-level.
    let level: Double

    /// The segments of one cell as pairs of edge keys.
    func cellSegments(row: Int, col: Int) -> [(Int, Int)] {
        let corners = [values[row][col], values[row][col + 1], values[row + 1][col + 1], values[row + 1][col]]
        guard corners.allSatisfy(\.isFinite) else { return [] }
        var index = 0
        for (bit, value) in corners.enumerated() where value >= level { index |= 1 << bit }
        var pairs = MarchingSquares.table[index]
        if index == 5 || index == 10, corners.reduce(0, +) / 4 >= level {
            pairs = MarchingSquares.table[15 - index]
        }
        let edges = [key(row, col, vertical: false), key(row, col + 1, vertical: true),
                     key(row + 1, col, vertical: false), key(row, col, vertical: true)]
        return pairs.map { (edges[$0.0], edges[$0.1]) }
    }

    /// The key of the edge starting at (row, col).
    func key(_ row: Int, _ col: Int, vertical: Bool) -> Int { 2 * (row * cols + col) + (vertical ? 1 : 0) }

    /// Where the level crosses the edge `key`, in grid coordinates (x = column, y = row).
    func crossing(_ key: Int) -> Pixel {
        let vertical = key % 2 == 1
        let row = (key / 2) / cols
        let col = (key / 2) % cols
        let a = values[row][col]
        let b = vertical ? values[row + 1][col] : values[row][col + 1]
        let t = b == a ? 0.5 : min(max((level - a) / (b - a), 0), 1)
        return vertical ? (Double(col), Double(row) + t) : (Double(col) + t, Double(row))
    }
}
