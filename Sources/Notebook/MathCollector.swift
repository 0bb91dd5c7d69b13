/// The first pass: records the math spans of every paragraph and heading and keeps the inlines as cmark parsed
/// them (the document as written, for when no span needs placing).
final class MathCollector: LeafMathPass {
    private let source: SourceText
    private let entities: EntityDecoder
    /// The spans found so far, in document order.
    private(set) var spans: [MathSpan] = []

    init(source: SourceText, entities: EntityDecoder) {
        self.source = source
        self.entities = entities
    }

    func place(_ inlines: [Inline], quoteDepth: Int) -> [Inline] {
        spans += MathFinder(source: source, quoteDepth: quoteDepth, entities: entities).spans(in: inlines)
        return inlines
    }
}
