import CCmark

/// The GitHub blocks beside tables: footnote definitions, callouts, and the paragraph a table interrupted.
extension TreeBuilder {
    /// A footnote definition, as a one-note `.footnotes` block (`mergingFootnotes` joins them); its number and
    /// reference count come from the `FootnoteIndex`, its number from its place among the definitions.
    mutating func footnote(_ node: OpaquePointer, range: SourceRange, level: Int, quoteDepth: Int) -> Block? {
        guard admits(level: level + 1, at: range.start) else { return nil }
        footnotesSeen += 1
        let label = FootnoteIndex.label(of: node, in: source)
        let content = blocks(of: node, level: level + 1, quoteDepth: quoteDepth)
        let note = Footnote(label: label, number: footnotesSeen, referenceCount: footnoteIndex.referenceCount(footnotesSeen), blocks: content)
        return Block(.footnotes([note]), range: range)
    }

    /// `blocks` with each run of consecutive `.footnotes` blocks joined into one.
    static func mergingFootnotes(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if case let .footnotes(notes) = block.kind, let last = result.last, case let .footnotes(earlier) = last.kind {
                result[result.count - 1] = Block(.footnotes(earlier + notes), range: SourceRange(start: last.range.start, end: block.range.end))
            } else {
                result.append(block)
            }
        }
        return result
    }

    /// A block quote, or a callout when its first line is a known `[!MARKER]` alone: the marker line is dropped
    /// from its first paragraph (and the paragraph, if nothing else is in it).
    func quoteOrCallout(_ blocks: [Block], range: SourceRange) -> Block {
        guard let first = blocks.first, case let .paragraph(inlines) = first.kind,
              let marker = CalloutMarker(source: source, at: first.range.start), let kind = marker.callout else {
            return Block(.blockQuote(blocks), range: range)
        }
        var body = Array(blocks.dropFirst())
        if let lineEnd = inlines.firstIndex(where: { $0.kind == .softBreak || $0.kind == .lineBreak }) {
            let rest = Array(inlines[(lineEnd + 1)...])
            let start = rest.first?.range.start ?? first.range.start
            body.insert(Block(.paragraph(rest), range: SourceRange(start: start, end: first.range.end)), at: 0)
        }
        return Block(.callout(kind, body), range: range)
    }

    /// A paragraph whose last line became a table's header: cmark-gfm reset its position, so its range is
    /// rebuilt from the table's (which starts where the paragraph did) and its inlines are rebased.
    mutating func interruptedParagraph(_ node: OpaquePointer, level: Int, quoteDepth: Int) -> Block? {
        guard let next = cmark_node_next(node), cmark_node_get_type(next) == CMARK_NODE_TABLE else { return nil }
        let start = SourceLocation(line: Int(cmark_node_get_start_line(next)), column: Int(cmark_node_get_start_column(next)))
        let lastLine = Self.headerLine(next) - 1
        let end = SourceLocation(line: lastLine, column: source.lineRange(lastLine).count + 1)
        var leaf = Leaf(line: start.line, column: start.column, quoteDepth: quoteDepth, level: level)
        leaf.rebased = true
        return Block(.paragraph(leafInlines(node, leaf: leaf)), range: SourceRange(start: start, end: end))
    }
}
