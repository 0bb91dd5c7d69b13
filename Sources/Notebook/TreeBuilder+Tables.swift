import CCmark
import Foundation

/// Copying cmark-gfm's pipe tables. libcmark-gfm 0.29.0.gfm.6 misplaces two things when a table interrupts a
/// paragraph (its header row was the paragraph's last line): the header row's line and columns (counted from the
/// paragraph's first byte), and the paragraph's own positions (reset to 0, counted from its content). Rows are one
/// line each, so the header's line is the table's last line less its body rows, and each row's columns are
/// shifted by what its end is off by. Inside a cell, cmark-gfm removes the backslash of every `\|` before parsing
/// the inlines, so positions past one are a byte short; `CellFrame` maps them back.
extension TreeBuilder {
    /// Where one table cell stands: its line and the source offset cmark's columns count from.
    struct CellFrame {
        /// The row's line in the file.
        var line: Int
        /// What cmark's columns on this row are off by (nonzero only on a misplaced header row).
        var shift: Int
        /// Source offset of the cell's first byte (just past the pipe before it, or the row's first byte).
        var start: Int
        /// Source offset just past the cell's last byte.
        var end: Int
    }

    /// The table `node` at `range` (as reported), its cells' inlines at `level`.
    mutating func table(_ node: OpaquePointer, range: SourceRange, level: Int, quoteDepth: Int) -> Block? {
        let rows = children(of: node)
        let headerLine = Self.headerLine(node)
        let start = SourceLocation(line: headerLine, column: range.start.column)
        guard admits(level: level + 1, at: start) else { return nil }
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let alignments = cmark_gfm_extensions_get_table_alignments(node)
        var table = Table(alignments: (0..<columns).map { Self.alignment(alignments?[$0] ?? 0) }, header: [], rows: [])
        for (index, row) in rows.enumerated() {
            let line = index == 0 ? headerLine : Int(cmark_node_get_start_line(row))
            let cells = rowCells(row, line: line, misplaced: index == 0 && range.start.line != headerLine,
                                 level: level + 1, quoteDepth: quoteDepth)
            guard tooDeep == nil else { return nil }
            if index == 0 { table.header = cells } else { table.rows.append(cells) }
        }
        return Block(.table(table), range: SourceRange(start: start, end: range.end))
    }

    /// The line of a table's header row: rows are one line each, and the table's last line is its last row's.
    static func headerLine(_ table: OpaquePointer) -> Int {
        var bodyRows = 0
        var row = cmark_node_first_child(table)
        while let current = row {
            if cmark_gfm_extensions_get_table_row_is_header(current) == 0 { bodyRows += 1 }
            row = cmark_node_next(current)
        }
        return Int(cmark_node_get_end_line(table)) - bodyRows - 1
    }

    private static func alignment(_ code: UInt8) -> Table.Alignment {
        switch code {
        case UInt8(ascii: "l"): .left
        case UInt8(ascii: "r"): .right
        case UInt8(ascii: "c"): .center
        default: .none
        }
    }

    /// The cells of one row, math placed over the row as a whole (a span may hold a `|`), raw HTML made safe,
    /// and `\|` in the TeX of math read as `|`, as cmark-gfm reads it everywhere else in a cell.
    private mutating func rowCells(_ row: OpaquePointer, line: Int, misplaced: Bool, level: Int, quoteDepth: Int) -> [[Inline]] {
        let lineRange = source.lineRange(line)
        let shift = misplaced ? Int(cmark_node_get_end_column(row)) - lineRange.count : 0
        var cells: [[Inline]] = []
        for cell in children(of: row) {
            let reportedStart = Int(cmark_node_get_start_column(cell))
            guard reportedStart > 0 else {
                cells.append([])
                continue
            }
            let start = min(lineRange.lowerBound + reportedStart - shift - 1, lineRange.upperBound)
            let end = min(max(lineRange.lowerBound + Int(cmark_node_get_end_column(cell)) - shift, start), lineRange.upperBound)
            let frame = CellFrame(line: line, shift: shift, start: start, end: end)
            let leaf = Leaf(line: line, column: start - lineRange.lowerBound + 1, quoteDepth: quoteDepth, level: level, cell: frame)
            cells.append(inlines(of: cell, leaf: leaf, in: Enclosing(level: level)))
            guard tooDeep == nil else { return [] }
        }
        let placed = math.placeRow(cells, line: line, quoteDepth: quoteDepth).map { cell in
            (options.unsafeHTML ? cell : cell.map(Self.madeSafe)).map(Self.unescapingPipesInMath)
        }
        return placed
    }

    /// A math node's TeX with `\|` as `|`.
    static func unescapingPipesInMath(_ inline: Inline) -> Inline {
        var copy = inline
        switch inline.kind {
        case let .math(tex, display): copy.kind = .math(tex: tex.replacingOccurrences(of: "\\|", with: "|"), display: display)
        case let .emphasis(children): copy.kind = .emphasis(children.map(unescapingPipesInMath))
        case let .strong(children): copy.kind = .strong(children.map(unescapingPipesInMath))
        case let .strikethrough(children): copy.kind = .strikethrough(children.map(unescapingPipesInMath))
        case let .link(destination, title, children): copy.kind = .link(destination: destination, title: title, children.map(unescapingPipesInMath))
        default: break
        }
        return copy
    }

    /// The location of cmark's `column` on a cell's row: shifted back, then walked through the cell's source so
    /// that each `\|` counts as the one byte cmark saw.
    func cellLocation(column: Int, frame: CellFrame) -> SourceLocation {
        let lineStart = source.lineRange(frame.line).lowerBound
        let target = lineStart + column - frame.shift - 1
        guard target > frame.start else { return source.location(of: max(lineStart, min(target, source.bytes.count))) }
        var offset = frame.start, seen = frame.start
        while seen < target, offset < frame.end {
            let escapedPipe = source.bytes[offset] == UInt8(ascii: "\\") && offset + 1 < frame.end && source.bytes[offset + 1] == UInt8(ascii: "|")
            offset += escapedPipe ? 2 : 1
            seen += 1
        }
        return source.location(of: offset + (target - seen))
    }

    /// The child nodes of `parent`, in order.
    func children(of parent: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var node = cmark_node_first_child(parent)
        while let current = node {
            result.append(current)
            node = cmark_node_next(current)
        }
        return result
    }
}
