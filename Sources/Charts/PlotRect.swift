/// The rectangle (in SVG pixels) inside the axes where data is drawn.
struct PlotRect {
    /// Left edge.
    var left: Double
    /// Top edge.
    var top: Double
    /// Width, positive.
    var width: Double
    /// Height, positive.
    var height: Double

    /// Right edge.
    var right: Double { left + width }
    /// Bottom edge.
    var bottom: Double { top + height }

    /// True when the point lies inside or on the border.
    func contains(x: Double, y: Double) -> Bool {
        x >= left && x <= right && y >= top && y <= bottom
    }

    /// True when the segment from `a` to `b` touches this rectangle (Liang–Barsky clipping test).
    func intersects(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Bool {
        var t0 = 0.0
        var t1 = 1.0
        let dx = b.x - a.x
        let dy = b.y - a.y
        let edges = [(-dx, a.x - left), (dx, right - a.x), (-dy, a.y - top), (dy, bottom - a.y)]
        for (p, q) in edges {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let r = q / p
            if p < 0 { t0 = max(t0, r) } else { t1 = min(t1, r) }
            if t0 > t1 { return false }
        }
        return true
    }
}
