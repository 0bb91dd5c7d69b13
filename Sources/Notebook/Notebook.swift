/// A parsed notebook: front matter text, cells in document order, math spans and headings.
public struct Notebook: Sendable {
    /// The path as the user gave it (used in diagnostics).
    public var path: String
    /// The YAML between the opening and closing `---` lines, if any.
    public var frontMatter: String?
    /// Document line of the first front-matter YAML line (2 when present).
    public var frontMatterStartLine: Int
    /// Cells in document order.
    public var cells: [Cell]
    /// Math spans found in prose, in document order; their placeholders appear in prose HTML.
    public var mathSpans: [MathSpan]
    /// Headings of the prose, in document order.
    public var headings: [Heading]

    /// Creates a notebook.
    public init(path: String, frontMatter: String?, frontMatterStartLine: Int = 2, cells: [Cell],
                mathSpans: [MathSpan] = [], headings: [Heading] = []) {
        self.path = path
        self.frontMatter = frontMatter
        self.frontMatterStartLine = frontMatterStartLine
        self.cells = cells
        self.mathSpans = mathSpans
        self.headings = headings
    }

    /// The notebook's file name without directories and without the `.md` extension.
    public var baseName: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}
