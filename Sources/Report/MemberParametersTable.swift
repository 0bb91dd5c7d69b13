import Markup
import Results

/// The learned parameters of every run of a sweep or comparison (`show: [params]`): one row per run, one column
/// per parameter name (in the order the runs name them), a dash where a run has no such parameter or failed.
/// Networks, whose parameters are summarized by layer, have no named parameters and add no columns.
enum MemberParametersTable {
    /// The table, or nil when no run has named parameters.
    static func render(_ cell: RunCell, words: ReportStrings) -> MarkupNode? {
        var names: [String] = []
        for run in cell.runs where run.error == nil {
            for parameter in run.parameters where !names.contains(parameter.name) { names.append(parameter.name) }
        }
        guard !names.isEmpty else { return nil }
        let rows = cell.runs.map { run -> [MarkupNode] in
            [TableBuilder.cell(run.name)] + names.map { name in
                guard run.error == nil, let parameter = run.parameters.first(where: { $0.name == name }) else { return TableBuilder.cell("–") }
                return TableBuilder.cell(parameter.value, markZero: true, digits: run.precision)
            }
        }
        return TableBuilder.table(header: [words.run] + names, rows: rows)
    }
}
