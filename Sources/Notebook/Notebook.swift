/// A parsed notebook, the document tree: front matter text, cells in document order (prose cells hold blocks and
/// inlines with source ranges), and the headings for the table of contents.
public struct Notebook: Sendable {
    /// The path as the user gave it (used in diagnostics).
    public var path: String
    /// The YAML between the opening and closing `---` lines, if any.
    public var frontMatter: String?
    /// Document line of the first front-matter YAML line (2 when present).
    public var frontMatterStartLine: Int
    /// Cells in document order.
    public var cells: [Cell]
    /// Headings of the prose, in document order.
    public var headings: [Heading]
    /// What the Markdown itself is warned about (an unknown callout marker), in document order.
    public var warnings: [Diagnostic] = []

    /// Creates a notebook.
    public init(path: String, frontMatter: String?, frontMatterStartLine: Int = 2, cells: [Cell],
                headings: [Heading] = []) {
        self.path = path
        self.frontMatter = frontMatter
        self.frontMatterStartLine = frontMatterStartLine
        self.cells = cells
        self.headings = headings
    }

    /// The notebook's file name without directories and without the `.md` extension.
    public var baseName: String { NotebookFileName.baseName(of: path) }
}

extension Notebook {
    /// Every math span of the prose, in document order.
    public var mathSpans: [(tex: String, display: Bool, location: SourceLocation)] {
        var spans: [(tex: String, display: Bool, location: SourceLocation)] = []
        for cell in cells {
            guard case let .prose(blocks, _) = cell.kind else { continue }
            for block in blocks {
                block.forEachInline { inline in
                    if case let .math(tex, display) = inline.kind { spans.append((tex, display, inline.range.start)) }
                }
            }
        }
        return spans
    }
}
