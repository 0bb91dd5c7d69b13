import Markup
import Notebook
import Results

/// A comparison table with the columns the block chose (`columns: [config.optimizer.lr, metrics.validation_loss]`):
/// one row per run, each cell the value at that result path (a dash where a run has none).
enum ChosenColumnsTable {
    static func render(_ cell: RunCell, columns: [String], words: ReportStrings) -> MarkupNode {
        let paths = columns.map { column -> [ValueReference.Step]? in
            if case let .success(steps) = ValueReference.parsePath(column) { return steps }
            return nil
        }
        let rows = cell.runs.map { run -> [MarkupNode] in
            let json = run.json(sentence: words.statusSentence(run.detail))
            return [TableBuilder.cell(run.name)] + paths.map { steps in
                guard let steps else { return TableBuilder.cell("–") }
                let reference = ValueReference(run: run.name, path: steps)
                guard let value = try? reference.resolve(in: json), let text = try? reference.text(of: value) else { return TableBuilder.cell("–") }
                return TableBuilder.cell(text)
            }
        }
        return TableBuilder.table(header: ["run"] + columns, rows: rows)
    }
}
