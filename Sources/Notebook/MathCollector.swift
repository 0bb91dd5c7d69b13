/// The first pass: records the math spans of every paragraph and heading and keeps the inlines as cmark parsed
/// them (the document as written, for when no span needs placing).
final class MathCollector: LeafMathPass {
    private let source: SourceText
    private let entities: EntityDecoder
    /// Where the TeX is read, when `source` has pipes neutralized.
    private let texSource: SourceText?
    /// The spans found so far, in document order.
    private(set) var spans: [MathSpan] = []

    init(source: SourceText, entities: EntityDecoder, texSource: SourceText? = nil) {
        self.source = source
        self.entities = entities
        self.texSource = texSource
    }

    func place(_ inlines: [Inline], quoteDepth: Int) -> [Inline] {
        spans += MathFinder(source: source, quoteDepth: quoteDepth, entities: entities, texSource: texSource).spans(in: inlines)
        return inlines
    }

    /// A table row is searched as the line it is, parsed as a paragraph of its own: math is found before the row
    /// is split at its pipes, so a span may hold a `|` (the second parse reads the row with it neutralized), and
    /// the cells cmark-gfm drops past the header's count, or splits inside a span, are searched too.
    func placeRow(_ cells: [[Inline]], line: Int, quoteDepth: Int) -> [[Inline]] {
        let range = source.lineRange(line)
        var start = source.quoteMarkersEnd(line: line, quoteDepth: quoteDepth)
        while start < range.upperBound, source.bytes[start] == UInt8(ascii: " ") || source.bytes[start] == UInt8(ascii: "\t") { start += 1 }
        guard start < range.upperBound, source.bytes[start..<range.upperBound].contains(UInt8(ascii: "$")) else { return cells }
        let row = SourceText(String(decoding: source.bytes[start..<range.upperBound], as: UTF8.self))
        let inner = MathCollector(source: row, entities: entities)
        _ = try? CommonMarkConverter.blocks(of: row, options: .init(), math: inner)
        let texBytes = (texSource ?? source).bytes
        spans += inner.spans.map { span in
            var moved = span
            moved.open += start
            moved.close += start
            moved.tex = String(decoding: texBytes[moved.content], as: UTF8.self)
            return moved
        }
        return cells
    }
}
