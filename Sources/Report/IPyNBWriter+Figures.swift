import Markup

extension IPyNBWriter {
    /// A chart taken out of a run section: its SVG and its caption.
    struct SavedChart {
        var svg: String
        var caption: String
    }

    /// `node` without its `<figure>` elements, and the charts they held in document order (a figure of small
    /// multiples gives one chart per panel, each with the figure's caption).
    static func withoutFigures(_ node: MarkupNode) -> (MarkupNode, [SavedChart]) {
        var charts: [SavedChart] = []
        func strip(_ node: MarkupNode) -> MarkupNode? {
            guard case let .element(name, attributes, children) = node else { return node }
            if name == "figure" {
                let caption = children.compactMap(captionText).joined()
                charts += svgs(in: node).map { SavedChart(svg: $0, caption: caption) }
                return nil
            }
            return .element(name, attributes, children.compactMap(strip))
        }
        return (strip(node) ?? .element("div", [], []), charts)
    }

    /// The raw SVG markup under `node`.
    private static func svgs(in node: MarkupNode) -> [String] {
        switch node {
        case let .raw(markup):
            // Outside the page its stylesheet's font is gone: the chart names a sans-serif one itself (an image
            // output is shown without the notebook's fonts too).
            guard markup.hasPrefix("<svg ") else { return [] }
            if markup.prefix { $0 != ">" }.contains("font-family") { return [markup] }
            return ["<svg font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', sans-serif\" "
                + markup.dropFirst(5)]
        case let .element(_, _, children): return children.flatMap(svgs)
        case .text: return []
        }
    }

    /// The text of a `<figcaption>`.
    private static func captionText(_ node: MarkupNode) -> String? {
        guard case let .element("figcaption", _, children) = node else { return nil }
        return children.map { if case let .text(text) = $0 { return text } else { return "" } }.joined()
    }
}
