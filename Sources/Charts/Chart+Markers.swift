import Markup

/// Vertical dashed rules with labels (e.g. "best epoch 37").
extension Chart {
    /// A marker placed in pixels: its rule's x, its label's box and the label's anchor.
    struct PlacedMarker {
        /// The marker.
        var marker: ChartMarker
        /// Pixel x of the rule.
        var x: Double
        /// True when the label sits left of the rule, anchored at its end.
        var anchorsAtEnd: Bool
        /// The label's bounding box.
        var labelBox: PlotRect
    }

    /// Marker label font size.
    static let markerFontSize = 11.0
    /// Vertical distance between stacked marker labels.
    static let markerRowHeight = 14.0

    /// Markers inside the x domain, in the given order, with their labels placed at the top of the plot.
    ///
    /// Each label tries rows 0…3, right of its rule then left of it, and takes the first spot inside the plot that
    /// overlaps no earlier label and crosses the fewest other rules (a crossing costs more than a row).
    func placedMarkers(_ frame: ChartFrame) -> [PlacedMarker] {
        let plot = frame.plot
        let visible = markers.compactMap { marker -> (ChartMarker, Double)? in
            guard frame.x.contains(marker.x), let px = frame.x.pixel(marker.x) else { return nil }
            return (marker, px)
        }
        var placed: [PlacedMarker] = []
        for (marker, px) in visible {
            let width = TextMetrics.width(marker.label, fontSize: Self.markerFontSize)
            let fallbackAtEnd = px + 4 + width > plot.right - 2
            var best = PlacedMarker(marker: marker, x: px, anchorsAtEnd: fallbackAtEnd,
                                    labelBox: PlotRect(left: fallbackAtEnd ? px - 4 - width : px + 4, top: plot.top + 3, width: width, height: 12))
            var bestCost = Double.infinity
            for row in 0..<4 {
                for atEnd in [false, true] {
                    let box = PlotRect(left: atEnd ? px - 4 - width : px + 4, top: plot.top + 3 + Double(row) * Self.markerRowHeight,
                                       width: width, height: 12)
                    guard box.left >= plot.left + 2, box.right <= plot.right - 2,
                          !placed.contains(where: { Self.collide($0.labelBox, box) }) else { continue }
                    let crossings = visible.filter { $0.1 != px && $0.1 > box.left - 3 && $0.1 < box.right + 3 }.count
                    let cost = Double(crossings) * 10 + Double(row)
                    if cost < bestCost {
                        bestCost = cost
                        best = PlacedMarker(marker: marker, x: px, anchorsAtEnd: atEnd, labelBox: box)
                    }
                }
            }
            placed.append(best)
        }
        return placed
    }

    /// True when two label boxes overlap or are closer than 6 pixels horizontally on the same row.
    static func collide(_ a: PlotRect, _ b: PlotRect) -> Bool {
        a.top == b.top && a.left < b.right + 6 && b.left < a.right + 6
    }

    /// The rules and labels.
    func markerElements(_ frame: ChartFrame) -> [MarkupNode] {
        let placed = placedMarkers(frame)
        guard !placed.isEmpty else { return [] }
        let plot = frame.plot
        var lines: [MarkupNode] = []
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
        return [C.group([("class", "markers")], lines)]
    }
}
