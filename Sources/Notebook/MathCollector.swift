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

    /// A row's cells are searched as one run of text: math is found before the row is split at its pipes, so a
    /// span may hold a `|` (the second parse reads the row with it neutralized).
    func placeRow(_ cells: [[Inline]], quoteDepth: Int) -> [[Inline]] {
        _ = place(Array(cells.joined()), quoteDepth: quoteDepth)
        return cells
    }
}
