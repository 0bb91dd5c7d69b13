import CCmark
import Foundation

/// Converts Markdown into the document tree with libcmark. The only file that imports CCmark: cmark parses
/// once, its tree is copied into `Block` and `Inline` values with source ranges, and it is freed before
/// `convert` returns.
///
/// Math is found afterwards in the text nodes (`MathFinder`), so everything cmark decided is not text (code,
/// link destinations, autolinks, raw HTML, image descriptions) never holds math.
enum CommonMarkConverter {
    /// How raw HTML and link destinations are treated.
    struct Options {
        /// Keep raw HTML as HTML and keep every link destination; by default raw HTML becomes text (shown
        /// escaped) and `javascript:`, `vbscript:`, `file:` and non-image `data:` destinations are emptied.
        var unsafeHTML = false
    }

    /// Markdown nested deeper than `NotebookLimits.maxNesting`: where the first element past the limit starts.
    struct TooDeep: Error, Equatable {
        var location: SourceLocation
    }

    /// The top-level blocks of `text` (the notebook body, front matter blanked so lines match the file).
    ///
    /// - Throws: `TooDeep` when block quotes, lists, `<details>` sections, emphasis, links and images nest more
    ///   than `NotebookLimits.maxNesting` levels; nothing deeper is converted, so no later pass recurses past it.
    static func convert(_ text: String, options: Options = Options()) throws(TooDeep) -> [Block] {
        let source = SourceText(text)
        let (blocks, tooDeep) = withDocument(source) { document in
            var converter = TreeBuilder(source: source, options: options)
            return (converter.blocks(of: document, level: 0, quoteDepth: 0), converter.tooDeep)
        }
        if let tooDeep { throw TooDeep(location: tooDeep) }
        return blocks
    }

    /// libcmark's own HTML for `text` (safe mode unless `unsafe`), for comparing renderers in tests.
    static func referenceHTML(_ text: String, unsafe: Bool = false) -> String {
        withDocument(SourceText(text)) { document in
            guard let html = cmark_render_html(document, unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// Parses the bytes of `source` (all of them: the length is passed, so no byte ends the text early) and
    /// hands the document to `body`; frees the tree afterwards.
    private static func withDocument<T>(_ source: SourceText, _ body: (OpaquePointer) -> T) -> T {
        let document = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT) }
            } ?? cmark_parse_document("", 0, CMARK_OPT_DEFAULT)
        }
        guard let document else { return body(cmark_node_new(CMARK_NODE_DOCUMENT)) }
        defer { cmark_node_free(document) }
        return body(document)
    }
}

/// Copies one cmark tree into Swift values, at most `NotebookLimits.maxNesting` levels deep.
///
/// A level is a container holding what it holds: a block quote, a list (with its items), a `<details>` section,
/// an emphasis, a strong emphasis, a link or an image. Every recursive pass over the tree (here, the math finder,
/// rendering, export) stays within that many levels; the first element past the limit is recorded in `tooDeep`
/// and conversion stops there.
private struct TreeBuilder {
    let source: SourceText
    let options: CommonMarkConverter.Options
    /// Where the first element past the nesting limit starts, once one was met.
    private(set) var tooDeep: SourceLocation?

    /// Where a leaf block (paragraph, heading) starts: cmark gives inline columns on its later lines relative
    /// to the block's first column rather than to the line, which `location` corrects.
    struct Leaf {
        var line: Int
        var column: Int
        var quoteDepth: Int
        /// The nesting level of the block's inlines.
        var level: Int
    }

    /// Whether an element that would stand `level` levels deep, starting at `start`, may be converted; the first
    /// one past the limit is recorded, and nothing is converted after it.
    private mutating func admits(level: Int, at start: SourceLocation) -> Bool {
        guard tooDeep == nil else { return false }
        guard level <= NotebookLimits.maxNesting else {
            tooDeep = start
            return false
        }
        return true
    }

    /// The blocks of `parent`, whose children stand at `level` (deeper inside the `<details>` sections they form).
    mutating func blocks(of parent: OpaquePointer, level: Int, quoteDepth: Int) -> [Block] {
        var children: [OpaquePointer] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            children.append(current)
            node = cmark_node_next(current)
        }
        let pairs = options.unsafeHTML ? [] : DisclosureGrouping.pairs(children.map(disclosureTag))
        let enclosing = DisclosureGrouping.enclosingCounts(pairs, count: children.count)
        let openings = Set(pairs.map(\.opening))
        var result: [Block] = []
        for (index, child) in children.enumerated() {
            let childLevel = level + enclosing[index]
            if openings.contains(index), !admits(level: childLevel + 1, at: blockRange(child).start) { break }
            guard tooDeep == nil else { break }
            if let block = block(child, level: childLevel, quoteDepth: quoteDepth) { result.append(block) }
        }
        return options.unsafeHTML ? result : DisclosureGrouping.group(result)
    }

    /// The collapsed-section marker an HTML block is, if it is one.
    private func disclosureTag(_ node: OpaquePointer) -> DisclosureTag? {
        guard cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK else { return nil }
        return DisclosureTag(string(cmark_node_get_literal(node)))
    }

    private mutating func block(_ node: OpaquePointer, level: Int, quoteDepth: Int) -> Block? {
        let range = blockRange(node)
        let leaf = Leaf(line: range.start.line, column: range.start.column, quoteDepth: quoteDepth, level: level)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: Int(cmark_node_get_heading_level(node)), anchor: nil, leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            guard admits(level: level + 1, at: range.start) else { return nil }
            return Block(.blockQuote(blocks(of: node, level: level + 1, quoteDepth: quoteDepth + 1)), range: range)
        case CMARK_NODE_LIST:
            guard admits(level: level + 1, at: range.start) else { return nil }
            return Block(.list(listStyle(node), items: listItems(node, level: level + 1, quoteDepth: quoteDepth)), range: range)
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node))
            return Block(.codeBlock(info: info, literal: string(cmark_node_get_literal(node)), fenced: isFenced(range.start.line)),
                         range: range)
        case CMARK_NODE_HTML_BLOCK:
            return htmlBlock(string(cmark_node_get_literal(node)), range: range)
        case CMARK_NODE_THEMATIC_BREAK:
            return Block(.thematicBreak, range: range)
        default:
            return nil
        }
    }

    private func listStyle(_ node: OpaquePointer) -> Block.ListStyle {
        Block.ListStyle(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                        start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
    }

    private mutating func listItems(_ list: OpaquePointer, level: Int, quoteDepth: Int) -> [[Block]] {
        var items: [[Block]] = []
        var item = cmark_node_first_child(list)
        while let current = item, tooDeep == nil {
            items.append(blocks(of: current, level: level, quoteDepth: quoteDepth))
            item = cmark_node_next(current)
        }
        return items
    }

    /// Raw HTML is kept only when allowed; otherwise it is shown as the text of a paragraph, except the tags of a
    /// collapsed section, which stay a marker for `DisclosureGrouping`.
    private func htmlBlock(_ literal: String, range: SourceRange) -> Block {
        if options.unsafeHTML { return Block(.html(literal), range: range) }
        if DisclosureTag(literal) != nil { return Block(.html(literal), range: range) }
        var trimmed = literal
        while trimmed.hasSuffix("\n") { trimmed.removeLast() }
        return Block(.paragraph([Inline(.text(trimmed), range: range)]), range: range)
    }

    /// A code block opened by a fence (not indented code): its first line, past quote markers and indentation,
    /// starts with three backticks or tildes.
    private func isFenced(_ line: Int) -> Bool {
        let bytes = source.bytes[source.lineRange(line)].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\t") }
        let fence = bytes.prefix(3)
        return fence.elementsEqual("```".utf8) || fence.elementsEqual("~~~".utf8)
    }

    /// The inlines of a paragraph or heading, with math found and raw HTML made safe.
    private mutating func leafInlines(_ node: OpaquePointer, leaf: Leaf) -> [Inline] {
        let converted = inlines(of: node, leaf: leaf, in: Enclosing(level: leaf.level))
        guard tooDeep == nil else { return [] }
        let withMath = MathFinder(source: source, quoteDepth: leaf.quoteDepth).apply(converted)
        return options.unsafeHTML ? withMath : withMath.map(Self.madeSafe)
    }

    /// What holds the inlines being converted: their nesting level, and the emphasis they are in, if any.
    struct Enclosing {
        var level: Int
        /// Where cmark says the enclosing emphasis starts, and where its content really starts. cmark gives the
        /// emphases made from one delimiter run (`***a***`) all the run's start; the inner one starts past the
        /// outer one's delimiters, which matters for saying where nesting went too deep.
        var emphasis: (reported: SourceLocation, contentStart: SourceLocation)?
    }

    private mutating func inlines(of parent: OpaquePointer, leaf: Leaf, in enclosing: Enclosing) -> [Inline] {
        var result: [Inline] = []
        var node = cmark_node_first_child(parent)
        while let current = node, tooDeep == nil {
            if let inline = inline(current, leaf: leaf, in: enclosing) { result.append(inline) }
            node = cmark_node_next(current)
        }
        return result
    }

    /// What holds the children of an inline of `type` at `range`; nil when it is an emphasis, link or image past
    /// the nesting limit.
    private mutating func childContext(_ type: cmark_node_type, range: SourceRange, in enclosing: Enclosing) -> Enclosing? {
        var inner = Enclosing(level: enclosing.level + 1)
        switch type {
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
            let start = enclosing.emphasis.map { $0.reported == range.start ? $0.contentStart : range.start } ?? range.start
            guard admits(level: inner.level, at: start) else { return nil }
            let width = type == CMARK_NODE_STRONG ? 2 : 1
            inner.emphasis = (range.start, SourceLocation(line: start.line, column: start.column + width))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            guard admits(level: inner.level, at: range.start) else { return nil }
        default: break
        }
        return inner
    }

    private mutating func inline(_ node: OpaquePointer, leaf: Leaf, in enclosing: Enclosing) -> Inline? {
        let range = inlineRange(node, leaf: leaf)
        let type = cmark_node_get_type(node)
        guard let inner = childContext(type, range: range, in: enclosing) else { return nil }
        let kind: Inline.Kind
        switch type {
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: kind = Self.codeOrValue(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis(inlines(of: node, leaf: leaf, in: inner))
        case CMARK_NODE_STRONG: kind = .strong(inlines(of: node, leaf: leaf, in: inner))
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

    private func blockRange(_ node: OpaquePointer) -> SourceRange {
        SourceRange(start: SourceLocation(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
                    end: SourceLocation(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)) + 1))
    }

    /// An inline's range in file columns (end exclusive). Breaks carry no position in cmark: they get a point.
    private func inlineRange(_ node: OpaquePointer, leaf: Leaf) -> SourceRange {
        let start = location(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)), leaf: leaf)
        let end = location(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)) + 1, leaf: leaf)
        return SourceRange(start: start, end: max(start, end))
    }

    private func location(line: Int, column: Int, leaf: Leaf) -> SourceLocation {
        guard line > leaf.line else { return SourceLocation(line: max(line, 0), column: max(column, 0)) }
        let shift = source.contentColumn(line: line, quoteDepth: leaf.quoteDepth) - leaf.column
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

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// Raw inline HTML as text, and unsafe link destinations emptied (as cmark's safe mode does).
    static func madeSafe(_ inline: Inline) -> Inline {
        var copy = inline
        switch inline.kind {
        case let .html(literal): copy.kind = .text(literal)
        case let .emphasis(children): copy.kind = .emphasis(children.map(madeSafe))
        case let .strong(children): copy.kind = .strong(children.map(madeSafe))
        case let .link(destination, title, children):
            copy.kind = .link(destination: URLSafety.isDangerous(destination) ? "" : destination, title: title, children.map(madeSafe))
        case let .image(source, title, children):
            copy.kind = .image(source: URLSafety.isDangerous(source) ? "" : source, title: title, children.map(madeSafe))
        default: break
        }
        return copy
    }
}
