/// Choosing the plot corner for the legend box.
extension Chart {
    /// Distance between the legend box and the plot border.
    static let legendInset = 8.0

    /// The legend box in the corner (top-right, top-left, bottom-right, bottom-left, in order of preference)
    /// that collides with the least drawn content.
    func insideLegendBox(_ frame: ChartFrame) -> PlotRect {
        let entries = legendEntries
        let textWidth = entries.map { TextMetrics.width($0.name, fontSize: 12) }.max() ?? 0
        let width = 8 + Self.legendSwatchWidth + 6 + textWidth + 10
        let height = Double(entries.count) * Self.legendRowHeight + 8
        let plot = frame.plot
        let inset = Self.legendInset
        let left = plot.left + inset
        let right = plot.right - inset - width
        let top = plot.top + inset
        let bottom = plot.bottom - inset - height
        let corners = [(right, top), (left, top), (right, bottom), (left, bottom)].map {
            PlotRect(left: $0.0, top: $0.1, width: width, height: height)
        }
        let scores = corners.map { legendCollisions($0, frame) }
        let best = scores.indices.min { scores[$0] < scores[$1] } ?? 0
        return corners[best]
    }

    /// How much drawn content `box` covers: line segments crossing it and dots inside it count 1 each,
    /// marker rules and marker labels 10 each.
    func legendCollisions(_ box: PlotRect, _ frame: ChartFrame) -> Int {
        var hits = 0
        for item in series {
            for segment in pixelSegments(item, frame) {
                if item.hasDots || segment.count == 1 {
                    hits += segment.filter { box.contains(x: $0.x, y: $0.y) }.count
                }
                if item.isLine {
                    hits += zip(segment, segment.dropFirst()).filter { box.intersects($0, $1) }.count
                }
            }
        }
        for marker in placedMarkers(frame) {
            if box.intersects((marker.x, frame.plot.top), (marker.x, frame.plot.bottom)) { hits += 10 }
            let label = marker.labelBox
            if label.left < box.right && box.left < label.right && label.top < box.bottom && box.top < label.bottom { hits += 10 }
        }
        return hits
    }
}
