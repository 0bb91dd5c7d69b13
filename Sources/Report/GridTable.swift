import Markup
import Notebook

/// The compact table of a grid sweep over two keys: one row per value of the first key, one column per value
/// of the second, each cell the final validation loss of that member (the training loss when no data was held
/// out).
enum GridTable {
    /// The table, or nil unless the cell is a two-key grid whose members all exist.
    static func render(_ cell: RunCell, words: ReportStrings) -> MarkupNode? {
        guard let grid = cell.grid, grid.count == 2, cell.runs.count == grid[0].values.count * grid[1].values.count else { return nil }
        let metric = cell.runs.contains { $0.metrics.contains { $0.name == "validation_loss" } } ? "validation_loss" : "train_loss"
        let header = ["\(grid[0].key) \\ \(grid[1].key)"] + grid[1].values
        let rows = grid[0].values.enumerated().map { row, value -> [MarkupNode] in
            [.el("th", [("scope", "row")], [.text(value)])] + grid[1].values.indices.map { column in
                let run = cell.runs[row * grid[1].values.count + column]
                guard run.error == nil, let number = run.metrics.first(where: { $0.name == metric })?.value else { return TableBuilder.cell("–") }
                return TableBuilder.cell(number)
            }
        }
        let caption = words.captionGrid(words.metricName(metric))
        return TableBuilder.table(header: header, rows: rows, caption: caption)
    }
}
