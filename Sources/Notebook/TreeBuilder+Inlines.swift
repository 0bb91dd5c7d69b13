import CCmark

/// Copying the inlines of a leaf block: text, code, values, emphasis, strikethrough, links, images, footnote
/// references and breaks, each with its range in the file (`location` corrects cmark's columns on later lines,
/// in table cells and in a paragraph a table interrupted), and making raw HTML and unsafe destinations safe.
extension TreeBuilder {
    mutating func inlines(of parent: OpaquePointer, leaf: Leaf, in enclosing: Enclosing) -> [Inline] {
        var result: [Inline] = []
        var node = cmark_node_first_child(parent)
        while let current = node, tooDeep == nil {
            if let inline = inline(current, leaf: leaf, in: enclosing) { result.append(inline) }
            node = cmark_node_next(current)
        }
        return result
    }

    private mutating func inline(_ node: OpaquePointer, leaf: Leaf, in enclosing: Enclosing) -> Inline? {
        var range = inlineRange(node, leaf: leaf)
        let type = cmark_node_get_type(node)
        guard let inner = childContext(type, range: range, in: enclosing) else { return nil }
        let kind: Inline.Kind
        switch type {
        case CMARK_NODE_TEXT:
            let literal = string(cmark_node_get_literal(node))
            kind = .text(literal)
            // libcmark-gfm ends a text node left of a strikethrough delimiter run before its start (`~~` after
            // `$a~b$`): then it ends where its text, as copied, would.
            if range.end <= range.start, !literal.isEmpty {
                range.end = SourceLocation(line: range.start.line, column: range.start.column + literal.utf8.count)
            }
        case CMARK_NODE_CODE: kind = Self.codeOrValue(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis(inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_STRONG: kind = .strong(inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_STRIKETHROUGH: kind = .strikethrough(inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            guard let reference = footnoteIndex.reference(node) else { return nil }
            kind = .footnoteReference(reference)
        case CMARK_NODE_LINK:
            kind = .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                         inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_IMAGE:
            kind = .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                          inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_SOFTBREAK: kind = .softBreak
        case CMARK_NODE_LINEBREAK: kind = .lineBreak
        default: return nil
        }
        return Inline(kind, range: range)
    }

    /// An inline's range in file columns (end exclusive). Breaks carry no position in cmark: they get a point.
    private func inlineRange(_ node: OpaquePointer, leaf: Leaf) -> SourceRange {
        let start = location(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)), leaf: leaf)
        let end = location(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)) + 1, leaf: leaf)
        return SourceRange(start: start, end: max(start, end))
    }

    private func location(line reported: Int, column: Int, leaf: Leaf) -> SourceLocation {
        if let cell = leaf.cell { return cellLocation(column: column, frame: cell) }
        let line = reported + (leaf.rebased ? leaf.line : 0)
        if leaf.rebased, line == leaf.line { return SourceLocation(line: line, column: column + leaf.column) }
        guard line > leaf.line else { return SourceLocation(line: max(line, 0), column: max(column, 0)) }
        if let shift = leaf.shifts[line] { return SourceLocation(line: line, column: column + shift) }
        let shift = source.contentColumn(line: line, quoteDepth: leaf.quoteDepth) - (leaf.rebased ? 0 : leaf.column)
        return SourceLocation(line: line, column: column + shift)
    }

    /// A code span, or an inline value when its whole content is `{RUN.PATH[:FORMAT]}`.
    static func codeOrValue(_ literal: String) -> Inline.Kind {
        switch ValueReference.parse(literal) {
        case nil: return .code(literal)
        case let .success(reference)?: return .value(reference, literal: literal)
        case let .failure(error)?: return .malformedValue(error, literal: literal)
        }
    }

    /// Raw inline HTML as text, and unsafe link destinations emptied (as cmark's safe mode does).
    static func madeSafe(_ inline: Inline) -> Inline {
        var copy = inline
        switch inline.kind {
        case let .html(literal): copy.kind = .text(literal)
        case let .emphasis(children): copy.kind = .emphasis(children.map(madeSafe))
        case let .strong(children): copy.kind = .strong(children.map(madeSafe))
        case let .strikethrough(children): copy.kind = .strikethrough(children.map(madeSafe))
        case let .link(destination, title, children):
            copy.kind = .link(destination: URLSafety.isDangerous(destination) ? "" : destination, title: title, children.map(madeSafe))
        case let .image(source, title, children):
            copy.kind = .image(source: URLSafety.isDangerous(source) ? "" : source, title: title, children.map(madeSafe))
        default: break
        }
        return copy
    }
}
