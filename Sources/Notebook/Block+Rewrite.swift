/// Rewriting the leaves of a document tree (the runner puts computed numbers into the TeX of math spans).
extension Block {
    /// The block with every math inline, in it and in its nested blocks and inline children, replaced by what
    /// `transform` returns for it.
    public func replacingMath(_ transform: (Inline) -> Inline) -> Block {
        func rewrite(_ inlines: [Inline]) -> [Inline] {
            inlines.map { inline in
                var copy = inline
                switch inline.kind {
                case .math: return transform(inline)
                case let .emphasis(children): copy.kind = .emphasis(rewrite(children))
                case let .strong(children): copy.kind = .strong(rewrite(children))
                case let .strikethrough(children): copy.kind = .strikethrough(rewrite(children))
                case let .link(destination, title, children): copy.kind = .link(destination: destination, title: title, rewrite(children))
                case let .image(source, title, children): copy.kind = .image(source: source, title: title, rewrite(children))
                default: break
                }
                return copy
            }
        }
        var copy = self
        switch kind {
        case let .paragraph(inlines): copy.kind = .paragraph(rewrite(inlines))
        case let .heading(level, anchor, inlines): copy.kind = .heading(level: level, anchor: anchor, rewrite(inlines))
        case let .blockQuote(blocks): copy.kind = .blockQuote(blocks.map { $0.replacingMath(transform) })
        case let .details(summary, open, blocks): copy.kind = .details(summary: summary, open: open, blocks.map { $0.replacingMath(transform) })
        case let .list(style, items): copy.kind = .list(style, items: items.map { $0.map { $0.replacingMath(transform) } })
        case let .callout(kind, blocks): copy.kind = .callout(kind, blocks.map { $0.replacingMath(transform) })
        case let .table(table): copy.kind = .table(table.mapCells(rewrite))
        case let .footnotes(notes):
            copy.kind = .footnotes(notes.map { note in
                var note = note
                note.blocks = note.blocks.map { $0.replacingMath(transform) }
                return note
            })
        case .codeBlock, .html, .thematicBreak: break
        }
        return copy
    }
}
