import Markup
import Notebook
import Results

/// The compact table of a grid sweep over two keys: one row per value of the first key, one column per value
/// of the second, each cell one result of that member: the first of the block's `columns:`, else the final
/// validation loss (the training loss when no data was held out).
enum GridTable {
    /// The table, or nil unless the cell is a two-key grid whose members all exist.
    static func render(_ cell: RunCell, words: ReportStrings) -> MarkupNode? {
        guard let grid = cell.grid, grid.count == 2, cell.runs.count == grid[0].values.count * grid[1].values.count else { return nil }
        let metric = cell.runs.contains { $0.metrics.contains { $0.name == "validation_loss" } } ? "validation_loss" : "train_loss"
        let path = cell.columns?.first ?? "metrics." + metric
        guard case let .success(steps) = ValueReference.parsePath(path) else { return nil }
        let header = ["\(grid[0].key) \\ \(grid[1].key)"] + grid[1].values
        let rows = grid[0].values.enumerated().map { row, value -> [MarkupNode] in
            [.el("th", [("scope", "row")], [.text(value)])] + grid[1].values.indices.map { column in
                let run = cell.runs[row * grid[1].values.count + column]
                let reference = ValueReference(run: run.name, path: steps)
                guard run.error == nil, let found = try? reference.resolve(in: run.json(sentence: words.statusSentence(run.detail))), let text = try? reference.text(of: found) else {
                    return TableBuilder.cell("–")
                }
                return TableBuilder.cell(text)
            }
        }
        let caption = words.captionGrid(cell.columns?.first ?? words.metricName(metric))
        return TableBuilder.table(header: header, rows: rows, caption: caption)
    }
}
