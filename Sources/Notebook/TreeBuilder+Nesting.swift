import CCmark

/// The nesting limit: a level is a container holding what it holds, a block quote, a list (with its items), a
/// `<details>` section, a callout, a table, a footnote, an emphasis, a strong emphasis, a strikethrough, a link or
/// an image. Every recursive pass over the tree
/// (the math passes, rendering, export) stays within `NotebookLimits.maxNesting` of them; the first element
/// past it is recorded in `tooDeep`, and conversion stops there.
extension TreeBuilder {
    /// What holds the inlines being converted: their nesting level, and the emphasis they are in, if any.
    struct Enclosing {
        var level: Int
        /// Where cmark says the enclosing emphasis starts, and where its content really starts. cmark gives the
        /// emphases made from one delimiter run (`***a***`) all the run's start; the inner one starts past the
        /// outer one's delimiters, which matters for saying where nesting went too deep.
        var emphasis: (reported: SourceLocation, contentStart: SourceLocation)?
    }

    /// How `<details>` sections among sibling blocks nest them: for each sibling, how many sections hold it, and
    /// for the opening marker of a section, the level of the section it opens (relative to the siblings').
    struct SectionLevels {
        var enclosing: [Int]
        var opening: [Int: Int]
    }

    /// Whether an element that would stand `level` levels deep, starting at `start`, may be converted; the first
    /// one past the limit is recorded, and nothing is converted after it.
    mutating func admits(level: Int, at start: SourceLocation) -> Bool {
        guard tooDeep == nil else { return false }
        guard level <= NotebookLimits.maxNesting else {
            tooDeep = start
            return false
        }
        return true
    }

    /// The section levels of `children` (none when raw HTML is kept as is: then no section is formed), paired
    /// as `DisclosureGrouping` pairs them afterwards, so a section counts before it exists.
    func sectionLevels(_ children: [OpaquePointer]) -> SectionLevels {
        let pairs = options.unsafeHTML ? [] : DisclosureGrouping.pairs(children.map(disclosureTag))
        let enclosing = DisclosureGrouping.enclosingCounts(pairs, count: children.count)
        var opening: [Int: Int] = [:]
        for pair in pairs { opening[pair.opening] = enclosing[pair.opening] + 1 }
        return SectionLevels(enclosing: enclosing, opening: opening)
    }

    /// The collapsed-section marker an HTML block is, if it is one.
    private func disclosureTag(_ node: OpaquePointer) -> DisclosureTag? {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK else { return nil }
        return DisclosureTag(string(cmark_node_get_literal(node)))
    }

    /// What holds the children of an inline of `type` at `range`; nil when it is an emphasis, link or image past
    /// the nesting limit.
    mutating func childContext(_ type: cmark_node_type, range: SourceRange, in enclosing: Enclosing) -> Enclosing? {
        var inner = Enclosing(level: enclosing.level + 1)
        switch type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            let start = enclosing.emphasis.map { $0.reported == range.start ? $0.contentStart : range.start } ?? range.start
            guard admits(level: inner.level, at: start) else { return nil }
            let width = type == CMARK_NODE_STRONG ? 2 : 1
            inner.emphasis = (range.start, SourceLocation(line: start.line, column: start.column + width))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_STRIKETHROUGH:
            guard admits(level: inner.level, at: range.start) else { return nil }
        default: break
        }
        return inner
    }
}
