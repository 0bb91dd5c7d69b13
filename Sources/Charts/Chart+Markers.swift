/// Vertical dashed rules with labels (e.g. "best epoch 37").
extension Chart {
    /// A marker placed in pixels: its rule's x, its label's box and the label's anchor.
    struct PlacedMarker {
        /// The marker.
        var marker: ChartMarker
        /// Pixel x of the rule.
        var x: Double
        /// The label's bounding box.
        var labelBox: PlotRect
        /// True when the label sits left of the rule (near the right edge), anchored at its end.
        var anchorsAtEnd: Bool
    }

    /// Marker label font size.
    static let markerFontSize = 11.0
    /// Vertical distance between stacked marker labels.
    static let markerRowHeight = 14.0

    /// Markers inside the x domain, in the given order. Labels sit at the top of the plot right of the rule
    /// (left of it near the right edge); a label that would collide with an earlier one moves one row down.
    func placedMarkers(_ frame: ChartFrame) -> [PlacedMarker] {
        let plot = frame.plot
        var placed: [PlacedMarker] = []
        for marker in markers {
            guard frame.x.contains(marker.x), let px = frame.x.pixel(marker.x) else { continue }
            let width = TextMetrics.width(marker.label, fontSize: Self.markerFontSize)
            let atEnd = px + 4 + width > plot.right - 2
            let left = atEnd ? px - 4 - width : px + 4
            var row = 0
            var box = PlotRect(left: left, top: plot.top + 3, width: width, height: 12)
            while row < 4, placed.contains(where: { Self.collide($0.labelBox, box) }) {
                row += 1
                box.top = plot.top + 3 + Double(row) * Self.markerRowHeight
            }
            placed.append(PlacedMarker(marker: marker, x: px, labelBox: box, anchorsAtEnd: atEnd))
        }
        return placed
    }

    /// True when two label boxes overlap or are closer than 6 pixels horizontally on the same row.
    static func collide(_ a: PlotRect, _ b: PlotRect) -> Bool {
        a.top == b.top && a.left < b.right + 6 && b.left < a.right + 6
    }

    /// The rules and labels.
    func markerElements(_ frame: ChartFrame) -> [String] {
        let placed = placedMarkers(frame)
        guard !placed.isEmpty else { return [] }
        let plot = frame.plot
        var lines = ["<g class=\"markers\">"]
        for item in placed {
            lines.append(C.element("line", [
                ("x1", C.coordinate(item.x)), ("y1", C.coordinate(plot.top)),
                ("x2", C.coordinate(item.x)), ("y2", C.coordinate(plot.bottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.55"), ("stroke-width", "1"), ("stroke-dasharray", "4 3"),
            ]))
            let textX = item.anchorsAtEnd ? item.x - 4 : item.x + 4
            lines.append(C.element("text", [
                ("x", C.coordinate(textX)), ("y", C.coordinate(item.labelBox.top + 10)),
                ("text-anchor", item.anchorsAtEnd ? "end" : "start"), ("font-size", "11"), ("fill-opacity", "0.8"),
            ], text: item.marker.label))
        }
        lines.append("</g>")
        return lines
    }
}
