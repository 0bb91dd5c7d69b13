/// A block node of the document tree, with where it stands in the notebook file.
public struct Block: Hashable, Sendable {
    /// A list's numbering and spacing.
    public struct ListStyle: Hashable, Sendable {
        /// Numbered (`1.`) rather than bulleted (`-`).
        public var ordered: Bool
        /// The first number of an ordered list.
        public var start: Int
        /// A tight list renders its paragraphs without `<p>`.
        public var tight: Bool
        /// Per item, whether its task box (`- [x]`) is checked, nil for an item that is no task; empty when no
        /// item is one.
        public var tasks: [Bool?]

        /// Creates a list style.
        public init(ordered: Bool, start: Int, tight: Bool, tasks: [Bool?] = []) {
            self.ordered = ordered
            self.start = start
            self.tight = tight
            self.tasks = tasks
        }

        /// Whether item `index` is a task, and if so whether it is checked.
        public func task(_ index: Int) -> Bool? {
            index < tasks.count ? tasks[index] : nil
        }
    }

    /// What the block is.
    public indirect enum Kind: Hashable, Sendable {
        /// A paragraph.
        case paragraph([Inline])
        /// A heading of `level` 1…6; `anchor` is its unique id on the page (top-level headings only).
        case heading(level: Int, anchor: String?, [Inline])
        /// A block quote.
        case blockQuote([Block])
        /// A list; each item is a list of blocks.
        case list(ListStyle, items: [[Block]])
        /// A code block; `info` is the fence's info string (empty for indented code).
        case codeBlock(info: String, literal: String, fenced: Bool)
        /// A raw HTML block, kept only when unsafe HTML is allowed (otherwise it arrives as a paragraph of text).
        case html(String)
        /// `---`, `***` or `___`.
        case thematicBreak
        /// A collapsed section written as GitHub does, `<details>` (or `<details open>`), an optional
        /// `<summary>plain text</summary>`, Markdown blocks, then `</details>`: the only raw HTML kept in safe mode.
        case details(summary: String?, open: Bool, [Block])
        /// A GitHub pipe table.
        case table(Table)
        /// A GitHub alert (`> [!NOTE]` …): a titled aside; the marker line is not among its blocks.
        case callout(Callout, [Block])
        /// The footnote definitions of the page, in number order (cmark-gfm moves them to the end of the document).
        case footnotes([Footnote])
    }

    /// What the block is.
    public var kind: Kind
    /// Where the block stands in the notebook file (lines and byte columns, `end` inclusive of its last line).
    public var range: SourceRange

    /// Creates a block.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// Calls `visit` for every inline of the block and of its nested blocks, in document order, descending into
    /// inline children.
    public func forEachInline(_ visit: (Inline) -> Void) {
        func walk(_ inlines: [Inline]) {
            for inline in inlines {
                visit(inline)
                walk(inline.children)
            }
        }
        switch kind {
        case let .paragraph(inlines), let .heading(_, _, inlines): walk(inlines)
        case let .blockQuote(blocks), let .details(_, _, blocks), let .callout(_, blocks): blocks.forEach { $0.forEachInline(visit) }
        case let .list(_, items): items.joined().forEach { $0.forEachInline(visit) }
        case let .table(table): table.allCells.forEach(walk)
        case let .footnotes(notes): notes.flatMap(\.blocks).forEach { $0.forEachInline(visit) }
        case .codeBlock, .html, .thematicBreak: break
        }
    }
}
