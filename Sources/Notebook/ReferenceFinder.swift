/// Finds cross-references and citations in the text of the document tree (a pass after cmark, so code spans, link
/// destinations, autolinks and raw HTML never hold them):
///
/// - `{#eq-NAME}` right after display math and `{#fig-NAME}` right after an image become `.label` nodes;
/// - `@eq-NAME` and `@fig-NAME` become `.crossReference` nodes;
/// - `[@key]`, `[@a; @b]` and `[@key, locator]` become parenthetical `.citation` nodes, and any other `@key` an
///   in-text one (shown as written when no entry has that key: `@decorators` stays text).
///
/// An `@` after an ASCII letter or digit, `_`, `.` or `@` (an e-mail address) is text (after a CJK character it is
/// a reference: Chinese prose needs no space before one), as is one the author escaped (`\@`): every candidate is
/// checked against the source bytes at its location.
struct ReferenceFinder {
    let source: SourceText

    /// `blocks` with references and citations found in their inlines.
    func rewrite(_ blocks: [Block]) -> [Block] {
        blocks.map(rewrite)
    }

    private func rewrite(_ block: Block) -> Block {
        var copy = block
        switch block.kind {
        case let .paragraph(inlines): copy.kind = .paragraph(rewrite(inlines))
        case let .heading(level, anchor, inlines): copy.kind = .heading(level: level, anchor: anchor, rewrite(inlines))
        case let .blockQuote(blocks): copy.kind = .blockQuote(rewrite(blocks))
        case let .list(style, items): copy.kind = .list(style, items: items.map(rewrite))
        case let .details(summary, open, blocks): copy.kind = .details(summary: summary, open: open, rewrite(blocks))
        case let .callout(kind, blocks): copy.kind = .callout(kind, rewrite(blocks))
        case let .table(table): copy.kind = .table(table.mapCells(rewrite))
        case let .footnotes(notes):
            copy.kind = .footnotes(notes.map { note in
                var note = note
                note.blocks = rewrite(note.blocks)
                return note
            })
        case .codeBlock, .html, .thematicBreak: break
        }
        return copy
    }

    /// `inlines` with each run of adjacent text nodes scanned as one text.
    func rewrite(_ inlines: [Inline]) -> [Inline] {
        var result: [Inline] = []
        var index = 0
        while index < inlines.count {
            guard case .text = inlines[index].kind else {
                result.append(descending(into: inlines[index]))
                index += 1
                continue
            }
            var end = index
            while end < inlines.count, case .text = inlines[end].kind { end += 1 }
            let run = Array(inlines[index..<end])
            var scanner = ReferenceScanner(run: run, source: source, labelTarget: labelTarget(after: result.last))
            let scanned = scanner.scan()
            // A run without references keeps its nodes as cmark made them.
            result += scanned.contains { if case .text = $0.kind { return false } else { return true } } ? scanned : run
            index = end
        }
        return result
    }

    /// Emphasis, strong emphasis and strikethrough are scanned inside; links and images are not (their text is a link already,
    /// or alt text).
    private func descending(into inline: Inline) -> Inline {
        var copy = inline
        switch inline.kind {
        case let .emphasis(children): copy.kind = .emphasis(rewrite(children))
        case let .strong(children): copy.kind = .strong(rewrite(children))
        case let .strikethrough(children): copy.kind = .strikethrough(rewrite(children))
        default: break
        }
        return copy
    }

    /// The kind of label that may follow `previous`: an equation's after display math, a figure's after an image.
    private func labelTarget(after previous: Inline?) -> ReferenceLabel.Kind? {
        switch previous?.kind {
        case .math(_, display: true)?: return .equation
        case .image?: return .figure
        default: return nil
        }
    }
}
