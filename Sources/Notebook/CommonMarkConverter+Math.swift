/// Placing math in the document tree, in two cmark passes.
///
/// The first pass parses the notebook as written and finds the spans in the text of each paragraph and heading
/// (`MathFinder`). If there are any, the second parses the source again with the inside of each span
/// neutralized (`MathMask`): cmark then pairs emphasis and brackets as if each span were a word, so a `*` or
/// `_` inside TeX (`$w^*$`, `$x*y$`) never pairs with one outside, and emphasis around a span is kept. The
/// spans are put in place in that tree (`MathSplicer`), with their TeX taken from the original source.
///
/// No text is lost either way: a span that cannot be placed (its neutralized bytes completed a link
/// destination, say) is left as written, the source parsed again without it.
extension CommonMarkConverter {
    /// The blocks of a notebook body with math in place, and the spans left as written.
    struct MathPlacement {
        var blocks: [Block]
        /// Spans found in the text that could not be placed in the tree; their dollars are shown as text.
        var unplaced: [MathSpan]
    }

    /// At most this many second passes, each without the spans the one before could not place.
    static let maxMathPasses = 4

    /// The blocks of `source` with math placed.
    ///
    /// - Throws: `TooDeep` when a pass meets Markdown nested past `NotebookLimits.maxNesting`.
    static func placingMath(_ source: SourceText, options: Options) throws(TooDeep) -> MathPlacement {
        let entities = EntityDecoder()
        let collector = MathCollector(source: source, entities: entities)
        let asWritten = try blocks(of: source, options: options, math: collector)
        var spans = collector.spans.sorted { $0.open < $1.open }
        var reference = asWritten
        if spans.contains(where: { span in source.bytes[span.content].contains(UInt8(ascii: "|")) }) {
            let piped = MathMask.maskedPipes(source, spans: spans)
            let again = MathCollector(source: piped, entities: entities, texSource: source)
            reference = try blocks(of: piped, options: options, math: again)
            spans = again.spans.sorted { $0.open < $1.open }
        }
        var unplaced: [MathSpan] = []
        for _ in 0..<maxMathPasses where !spans.isEmpty {
            let masked = MathMask.masked(source, spans: spans)
            let splicer = MathSplicer(spans: spans, source: masked, entities: entities)
            let placed = try blocks(of: masked, options: options, math: splicer)
            let missing = splicer.unplaced
            if missing.isEmpty {
                guard sameStructure(placed, reference) else { break }
                return MathPlacement(blocks: placed, unplaced: unplaced)
            }
            let dropped = Set(missing)
            unplaced += missing.map { spans[$0] }
            spans = spans.indices.filter { !dropped.contains($0) }.map { spans[$0] }
        }
        return MathPlacement(blocks: asWritten, unplaced: unplaced + spans)
    }

    /// Whether two trees have the same blocks at the same places, inlines aside: masking only changes bytes
    /// inside spans, which cannot start or end a block, so a difference means the placement is not trusted. (A
    /// `|` inside a span can split a table row: the reference tree is parsed with those pipes already neutralized.)
    private static func sameStructure(_ first: [Block], _ second: [Block]) -> Bool {
        first.count == second.count && zip(first, second).allSatisfy { withoutInlines($0) == withoutInlines($1) }
    }

    private static func withoutInlines(_ block: Block) -> Block {
        var copy = block
        switch block.kind {
        case .paragraph: copy.kind = .paragraph([])
        case let .heading(level, anchor, _): copy.kind = .heading(level: level, anchor: anchor, [])
        case let .blockQuote(blocks): copy.kind = .blockQuote(blocks.map(withoutInlines))
        case let .list(style, items): copy.kind = .list(style, items: items.map { $0.map(withoutInlines) })
        case let .details(summary, open, blocks): copy.kind = .details(summary: summary, open: open, blocks.map(withoutInlines))
        case let .callout(kind, blocks): copy.kind = .callout(kind, blocks.map(withoutInlines))
        case let .table(table): copy.kind = .table(table.mapCells { _ in [] })
        case let .footnotes(notes):
            copy.kind = .footnotes(notes.map { Footnote(label: $0.label, number: $0.number, referenceCount: $0.referenceCount,
                                                        blocks: $0.blocks.map(withoutInlines)) })
        case .codeBlock, .html, .thematicBreak: break
        }
        return copy
    }
}
