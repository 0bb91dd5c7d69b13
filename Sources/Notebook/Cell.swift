/// One cell of a notebook, in document order.
public struct Cell: Hashable, Sendable {
    /// What the cell holds.
    public enum Kind: Hashable, Sendable {
        /// Markdown prose: its blocks (math and headings' anchors included) and the Markdown source it came from.
        case prose(blocks: [Block], markdown: String)
        /// A ```` ```formula [name] ```` block: display math that may define a function.
        case formula(tex: String)
        /// A ```` ```config [name] ```` block: YAML describing a run.
        case config(yaml: String)
        /// Any other fenced block: shown, never executed.
        case code(language: String, source: String)
    }

    /// 1-based cell number in the notebook.
    public var number: Int
    /// The cell content.
    public var kind: Kind
    /// The fence name (second word of the info string), if any.
    public var name: String?
    /// Where the cell starts (the fence line for fenced cells).
    public var location: SourceLocation
    /// Document position of the first character of the block's content (line after the fence, content column).
    public var contentStart: SourceLocation
    /// Columns of indentation that cmark stripped from each content line (fences inside lists or indented).
    public var contentIndent: Int
    /// A config block's Quarto cell options (`#| label: fig-NAME`, `#| fig-cap: …`), from its first lines.
    public var options: [CellOption] = []

    /// Creates a cell.
    public init(number: Int, kind: Kind, name: String? = nil, location: SourceLocation,
                contentStart: SourceLocation, contentIndent: Int = 0) {
        self.number = number
        self.kind = kind
        self.name = name
        self.location = location
        self.contentStart = contentStart
        self.contentIndent = contentIndent
    }

    /// Maps a 1-based line/column inside the cell's content (as YAML or TeX parsers report it) to the document.
    public func documentLocation(contentLine: Int, contentColumn: Int) -> SourceLocation {
        SourceLocation(line: contentStart.line + contentLine - 1, column: contentColumn + contentIndent)
    }
}

/// A heading of the notebook, for anchors and the table of contents.
public struct Heading: Hashable, Sendable {
    /// 1…6.
    public var level: Int
    /// Plain text of the heading.
    public var text: String
    /// Unique anchor id within the page.
    public var id: String

    /// Creates a heading.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}
