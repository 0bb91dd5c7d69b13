import CCmark
import Foundation

/// Converts Markdown into the document tree with libcmark-gfm and GitHub's extensions. This file and the
/// `TreeBuilder` extensions beside it (with `FootnoteIndex`) are the only ones that import CCmark: cmark parses
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

    /// Markdown nested deeper than `NotebookLimits.maxNesting`: where the first element past the limit starts.
    struct TooDeep: Error, Equatable {
        var location: SourceLocation
    }

    /// The top-level blocks of `text` (the notebook body, front matter blanked so lines match the file).
    ///
    /// - Throws: `TooDeep` when block quotes, lists, `<details>` sections, emphasis, links and images nest more
    ///   than `NotebookLimits.maxNesting` levels; nothing deeper is converted, so no later pass recurses past it.
    static func convert(_ text: String, options: Options = Options()) throws(TooDeep) -> [Block] {
        try placingMath(SourceText(text), options: options).blocks
    }

    /// The blocks of `source` as cmark parses it, the inlines of each paragraph and heading handed to `math`.
    ///
    /// - Throws: `TooDeep` past the nesting limit.
    static func blocks(of source: SourceText, options: Options, math: any LeafMathPass) throws(TooDeep) -> [Block] {
        let (blocks, tooDeep) = withDocument(source, parseOptions: CMARK_OPT_SOURCEPOS) { document in
            var converter = TreeBuilder(source: source, options: options, math: math, footnoteIndex: FootnoteIndex(document, source: source))
            return (converter.blocks(of: document, level: 0, quoteDepth: 0), converter.tooDeep)
        }
        if let tooDeep { throw TooDeep(location: tooDeep) }
        return blocks
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

    /// libcmark-gfm's own HTML for `text` with the same extensions (safe mode unless `unsafe`), for comparing
    /// renderers in tests.
    static func referenceHTML(_ text: String, unsafe: Bool = false) -> String {
        withDocument(SourceText(text)) { document in
            let options = (unsafe ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT) | CMARK_OPT_FOOTNOTES
            guard let html = cmark_render_html(document, options, nil) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// The GitHub extensions every parse attaches: pipe tables, `~~strikethrough~~`, extended autolinks
    /// (`www.`, bare URLs and emails) and task list items; footnotes are a parse option of libcmark-gfm itself.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// The extensions, registered once (libcmark-gfm's registration is not thread-safe; a static is initialized
    /// once, under a lock).
    private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        return extensionNames.map { name in
            guard let found = cmark_find_syntax_extension(name) else { preconditionFailure("libcmark-gfm lacks the \(name) extension") }
            return found
        }
    }()

    /// Parses the bytes of `source` (all of them: the length is passed, so no byte ends the text early) with the
    /// GitHub extensions and footnotes, and hands the document to `body`; frees the tree afterwards.
    /// `CMARK_OPT_SOURCEPOS` makes cmark count the lines of multi-line code spans and raw HTML in the positions of
    /// the inlines after them.
    private static func withDocument<T>(_ source: SourceText, parseOptions: Int32 = CMARK_OPT_DEFAULT,
                                        _ body: (OpaquePointer) -> T) -> T {
        let extensions = Self.extensions
        guard let parser = cmark_parser_new(parseOptions | CMARK_OPT_FOOTNOTES) else { preconditionFailure("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for syntax in extensions { cmark_parser_attach_syntax_extension(parser, syntax) }
        source.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
        }
        guard let document = cmark_parser_finish(parser) else { preconditionFailure("cmark_parser_finish failed") }
        defer { cmark_node_free(document) }
        return body(document)
    }
}

/// Copies one cmark tree into Swift values, at most `NotebookLimits.maxNesting` levels deep
/// (`TreeBuilder+Nesting`).
struct TreeBuilder {
    let source: SourceText
    let options: CommonMarkConverter.Options
    /// What becomes of the inlines of each paragraph and heading (math found, or placed).
    let math: any LeafMathPass
    /// The footnotes' numbers and labels, read before the tree is copied.
    let footnoteIndex: FootnoteIndex
    /// Where the first element past the nesting limit starts, once one was met; nothing is converted after it.
    var tooDeep: SourceLocation?
    /// Footnote definitions met so far: the next one's number less one.
    var footnotesSeen = 0

    /// Where a leaf block (paragraph, heading) starts: cmark gives inline columns on its later lines relative
    /// to the block's first column rather than to the line, which `location` corrects.
    struct Leaf {
        var line: Int
        var column: Int
        var quoteDepth: Int
        /// The nesting level of the block's inlines.
        var level: Int
        /// Per later line, what to add to cmark's columns on it, when the line could be calibrated.
        var shifts: [Int: Int] = [:]
        /// The table cell the inlines are in, if any (`TreeBuilder+Tables`).
        var cell: CellFrame?
        /// cmark-gfm counts this paragraph's lines from 0 and its columns from its content (a paragraph a table
        /// interrupted): `line` is added to cmark's lines.
        var rebased = false
    }

    /// The blocks of `parent`, whose children stand at `level` (deeper inside the `<details>` sections they form).
    mutating func blocks(of parent: OpaquePointer, level: Int, quoteDepth: Int) -> [Block] {
        let children = children(of: parent)
        let levels = sectionLevels(children)
        var result: [Block] = []
        for (index, child) in children.enumerated() {
            if let opens = levels.opening[index], !admits(level: level + opens, at: blockRange(child).start) { break }
            guard tooDeep == nil else { break }
            if let block = block(child, level: level + levels.enclosing[index], quoteDepth: quoteDepth) { result.append(block) }
        }
        result = Self.mergingFootnotes(result)
        return options.unsafeHTML ? result : DisclosureGrouping.group(result)
    }

    private mutating func block(_ node: OpaquePointer, level: Int, quoteDepth: Int) -> Block? {
        let range = blockRange(node)
        let leaf = Leaf(line: range.start.line, column: range.start.column, quoteDepth: quoteDepth, level: level)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH where range.start.line == 0:
            return interruptedParagraph(node, level: level, quoteDepth: quoteDepth)
        case CMARK_NODE_PARAGRAPH:
            return Block(.paragraph(leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_HEADING:
            return Block(.heading(level: Int(cmark_node_get_heading_level(node)), anchor: nil, leafInlines(node, leaf: leaf)), range: range)
        case CMARK_NODE_BLOCK_QUOTE:
            guard admits(level: level + 1, at: range.start) else { return nil }
            return quoteOrCallout(blocks(of: node, level: level + 1, quoteDepth: quoteDepth + 1), range: range)
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
        case CMARK_NODE_TABLE:
            return table(node, range: range, level: level, quoteDepth: quoteDepth)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return footnote(node, range: range, level: level, quoteDepth: quoteDepth)
        default:
            return nil
        }
    }

    private func listStyle(_ node: OpaquePointer) -> Block.ListStyle {
        let tasks = children(of: node).map { item -> Bool? in
            guard let type = cmark_node_get_type_string(item), String(cString: type) == "tasklist" else { return nil }
            return cmark_gfm_extensions_get_tasklist_item_checked(item)
        }
        return Block.ListStyle(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, start: Int(cmark_node_get_list_start(node)),
                               tight: cmark_node_get_list_tight(node) != 0, tasks: tasks.contains { $0 != nil } ? tasks : [])
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

    /// The inlines of a paragraph or heading, with math placed and raw HTML made safe.
    mutating func leafInlines(_ node: OpaquePointer, leaf: Leaf) -> [Inline] {
        var calibrated = leaf
        calibrated.shifts = lineShifts(node, leaf: leaf)
        let converted = inlines(of: node, leaf: calibrated, in: Enclosing(level: leaf.level))
        guard tooDeep == nil else { return [] }
        let withMath = math.place(converted, quoteDepth: leaf.quoteDepth)
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
            let line = Int(cmark_node_get_start_line(current)) + (leaf.rebased ? leaf.line : 0)
            guard calibrating.contains(type.rawValue), line > leaf.line, shifts[line] == nil else { continue }
            shifts[line] = source.contentColumn(line: line, quoteDepth: leaf.quoteDepth) - Int(cmark_node_get_start_column(current))
        }
        return shifts
    }

    func blockRange(_ node: OpaquePointer) -> SourceRange {
        SourceRange(start: SourceLocation(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node))),
                    end: SourceLocation(line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)) + 1))
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
