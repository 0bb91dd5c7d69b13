/// A GitHub pipe table: a header row, a delimiter row giving each column's alignment, and body rows. Every row
/// has one cell per column (cmark-gfm pads short rows with empty cells and drops the cells past the header's).
public struct Table: Hashable, Sendable {
    /// How a column's delimiter cell aligns it: `:--` left, `--:` right, `:-:` center, `---` unset.
    public enum Alignment: Hashable, Sendable {
        case none, left, right, center
    }

    /// One alignment per column.
    public var alignments: [Alignment]
    /// The header row: one cell (its inlines) per column.
    public var header: [[Inline]]
    /// The body rows, each with one cell per column.
    public var rows: [[[Inline]]]

    /// Creates a table.
    public init(alignments: [Alignment], header: [[Inline]], rows: [[[Inline]]]) {
        self.alignments = alignments
        self.header = header
        self.rows = rows
    }

    /// Every cell, header first, row by row.
    public var allCells: [[Inline]] { header + rows.joined() }

    /// The same table with `transform` applied to every cell.
    public func mapCells(_ transform: ([Inline]) -> [Inline]) -> Table {
        Table(alignments: alignments, header: header.map(transform), rows: rows.map { $0.map(transform) })
    }
}
