/// Groups the top-level blocks of a notebook into cells: each top-level fenced code block is a cell of its
/// own (config, formula or code), and the blocks between them form prose cells. Top-level headings get unique
/// anchors and are collected for the table of contents.
struct CellBuilder {
    private(set) var cells: [Cell] = []
    private(set) var headings: [Heading] = []
    private let source: SourceText
    private var prose: [Block] = []
    private var usedIDs: [String: Int] = [:]

    init(source: SourceText) {
        self.source = source
    }

    mutating func add(_ blocks: [Block]) {
        for block in blocks {
            switch block.kind {
            case let .codeBlock(info, literal, fenced) where fenced:
                flushProse()
                appendFenced(info: info, literal: literal, at: block.range.start)
            case let .heading(level, _, inlines):
                let text = inlines.map(\.plainText).joined()
                let id = uniqueID(Slug.make(text))
                headings.append(Heading(level: level, text: text, id: id))
                prose.append(Block(.heading(level: level, anchor: id, inlines), range: block.range))
            default:
                prose.append(block)
            }
        }
        flushProse()
    }

    private mutating func appendFenced(info: String, literal: String, at start: SourceLocation) {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let language = words.first ?? ""
        let name = words.count > 1 ? words[1] : nil
        let kind: Cell.Kind
        switch language {
        case "config": kind = .config(yaml: literal)
        case "formula": kind = .formula(tex: literal)
        default: kind = .code(language: language, source: literal)
        }
        let content = SourceLocation(line: start.line + 1, column: start.column)
        var cell = Cell(number: cells.count + 1, kind: kind, name: name, location: start,
                        contentStart: content, contentIndent: start.column - 1)
        if language == "config" { cell.options = CellOption.parse(literal, firstLine: content.line, indent: start.column - 1) }
        cells.append(cell)
    }

    /// Ends the current prose cell; its Markdown is the source lines from its first block to its last.
    private mutating func flushProse() {
        guard let first = prose.first, let last = prose.last else { return }
        let lastLine = max(first.range.start.line, last.range.end.column <= 1 ? last.range.end.line - 1 : last.range.end.line)
        let lower = source.lineRange(first.range.start.line).lowerBound
        let upper = source.lineRange(min(lastLine, source.lineCount)).upperBound
        let markdown = lower < upper ? source.text(lower..<upper) : ""
        cells.append(Cell(number: cells.count + 1, kind: .prose(blocks: prose, markdown: markdown),
                          location: first.range.start, contentStart: first.range.start))
        prose = []
    }

    private mutating func uniqueID(_ base: String) -> String {
        let count = usedIDs[base, default: 0]
        usedIDs[base] = count + 1
        return count == 0 ? base : "\(base)-\(count + 1)"
    }
}
