import CCmark
import Foundation

/// Converts Markdown into the document tree with libcmark. The only file that imports CCmark: cmark parses
/// once, its tree is copied into `Block` and `Inline` values with source ranges, and it is freed before
/// `convert` returns.
///
/// Math is placed in two passes (`CommonMarkConverter+Math`): spans are found in the text of a first parse, so
/// code, link destinations, autolinks and image descriptions never hold math; a second parse of the source with
/// the inside of each span neutralized decides the emphasis and links around the spans.
enum CommonMarkConverter {
    /// How raw HTML and link destinations are treated.
    struct Options {
        /// Keep raw HTML as HTML and keep every link destination; by default raw HTML becomes text (shown
        /// escaped) and `javascript:`, `vbscript:`, `file:` and non-image `data:` destinations are emptied.
        var unsafeHTML = false
    }

    /// The top-level blocks of `text` (the notebook body, front matter blanked so lines match the file).
    static func convert(_ text: String, options: Options = Options()) -> [Block] {
        placingMath(SourceText(text), options: options).blocks
    }

    /// The blocks of `source` as cmark parses it, the inlines of each paragraph and heading handed to `math`.
    static func blocks(of source: SourceText, options: Options, math: any LeafMathPass) -> [Block] {
        withDocument(source, parseOptions: CMARK_OPT_SOURCEPOS) { document in
            var converter = TreeBuilder(source: source, options: options, math: math)
            return converter.blocks(of: document, quoteDepth: 0)
        }
    }

    /// The text cmark makes of `entity` (`&name;`, `&#N;` or `&#xH;`), or nil when cmark leaves it as written.
    static func decodedEntity(_ entity: ArraySlice<UInt8>) -> [UInt8]? {
        let fence = UInt8(ascii: "a")
        let wrapped = SourceText(String(decoding: [fence] + entity + [fence], as: UTF8.self))
        let literal: [UInt8] = withDocument(wrapped) { document in
            var bytes: [UInt8] = []
            var node = cmark_node_first_child(cmark_node_first_child(document))
            while let current = node {
                if cmark_node_get_type(current) == CMARK_NODE_TEXT, let text = cmark_node_get_literal(current) {
                    bytes += Array(String(cString: text).utf8)
                }
                node = cmark_node_next(current)
            }
            return bytes
        }
        guard literal.count >= 2, literal.first == fence, literal.last == fence else { return nil }
        let decoded = Array(literal.dropFirst().dropLast())
        return decoded.elementsEqual(entity) ? nil : decoded
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
    /// hands the document to `body`; frees the tree afterwards. `CMARK_OPT_SOURCEPOS` makes cmark count the lines
    /// of multi-line code spans and raw HTML in the positions of the inlines after them.
    private static func withDocument<T>(_ source: SourceText, parseOptions: Int32 = CMARK_OPT_DEFAULT,
                                        _ body: (OpaquePointer) -> T) -> T {
        let document = source.bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, parseOptions) }
            } ?? cmark_parse_document("", 0, parseOptions)
        }
        guard let document else { return body(cmark_node_new(CMARK_NODE_DOCUMENT)) }
        defer { cmark_node_free(document) }
        return body(document)
    }
}

/// Copies one cmark tree into Swift values.
private struct TreeBuilder {
    let source: SourceText
    let options: CommonMarkConverter.Options
    /// What becomes of the inlines of each paragraph and heading (math found, or placed).
    let math: any LeafMathPass

    /// Where a leaf block (paragraph, heading) starts: cmark gives inline columns on its later lines relative
    /// to the block's first column rather than to the line, which `location` corrects.
    struct Leaf {
        var line: Int
        var column: Int
        var quoteDepth: Int
        /// Per later line, what to add to cmark's columns on it, when the line could be calibrated.
        var shifts: [Int: Int] = [:]
    }

    mutating func blocks(of parent: OpaquePointer, quoteDepth: Int) -> [Block] {
        var result: [Block] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            if let block = block(current, quoteDepth: quoteDepth) { result.append(block) }
            node = cmark_node_next(current)
        }
        return options.unsafeHTML ? result : DisclosureGrouping.group(result)
    }

    private mutating func block(_ node: OpaquePointer, quoteDepth: Int) -> Block? {
        let range = blockRange(node)
        let leaf = Leaf(line: range.start.line, column: range.start.column, quoteDepth: quoteDepth)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: Int(cmark_node_get_heading_level(node)), anchor: nil, leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            return Block(.blockQuote(blocks(of: node, quoteDepth: quoteDepth + 1)), range: range)
        case CMARK_NODE_LIST:
            return Block(.list(listStyle(node), items: listItems(node, quoteDepth: quoteDepth)), range: range)
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

    private mutating func listItems(_ list: OpaquePointer, quoteDepth: Int) -> [[Block]] {
        var items: [[Block]] = []
        var item = cmark_node_first_child(list)
        while let current = item {
            items.append(blocks(of: current, quoteDepth: quoteDepth))
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

    /// The inlines of a paragraph or heading, with math placed and raw HTML made safe.
    private func leafInlines(_ node: OpaquePointer, leaf: Leaf) -> [Inline] {
        var calibrated = leaf
        calibrated.shifts = lineShifts(node, leaf: leaf)
        let withMath = math.place(inlines(of: node, leaf: calibrated), quoteDepth: leaf.quoteDepth)
        return options.unsafeHTML ? withMath : withMath.map(Self.madeSafe)
    }

    /// What to add to cmark's columns on each later line of a leaf. cmark counts them from the block's first
    /// column, plus the line's leading blanks on a lazy continuation line; the first inline after a line break
    /// starts at the line's content column, which calibrates its line (when it is text, emphasis or raw HTML,
    /// whose positions start at their first byte).
    private func lineShifts(_ node: OpaquePointer, leaf: Leaf) -> [Int: Int] {
        var shifts: [Int: Int] = [:]
        guard let iterator = cmark_iter_new(node) else { return shifts }
        defer { cmark_iter_free(iterator) }
        let calibrating: Set<UInt32> = [CMARK_NODE_TEXT.rawValue, CMARK_NODE_EMPH.rawValue, CMARK_NODE_STRONG.rawValue,
                                        CMARK_NODE_HTML_INLINE.rawValue]
        var afterBreak = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                afterBreak = true
                continue
            }
            guard afterBreak else { continue }
            afterBreak = false
            let line = Int(cmark_node_get_start_line(current))
            guard calibrating.contains(type.rawValue), line > leaf.line, shifts[line] == nil else { continue }
            shifts[line] = source.contentColumn(line: line, quoteDepth: leaf.quoteDepth) - Int(cmark_node_get_start_column(current))
        }
        return shifts
    }

    private func inlines(of parent: OpaquePointer, leaf: Leaf) -> [Inline] {
        var result: [Inline] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            if let inline = inline(current, leaf: leaf) { result.append(inline) }
            node = cmark_node_next(current)
        }
        return result
    }

    private func inline(_ node: OpaquePointer, leaf: Leaf) -> Inline? {
        let range = inlineRange(node, leaf: leaf)
        let kind: Inline.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: kind = .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: kind = Self.codeOrValue(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: kind = .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: kind = .emphasis(inlines(of: node, leaf: leaf))
        case CMARK_NODE_STRONG: kind = .strong(inlines(of: node, leaf: leaf))
        case CMARK_NODE_LINK:
            kind = .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(of: node, leaf: leaf))
        case CMARK_NODE_IMAGE:
            kind = .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(of: node, leaf: leaf))
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
        if let shift = leaf.shifts[line] { return SourceLocation(line: line, column: column + shift) }
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
