import Config
import Engine
import Notebook

/// A parsed CSV file checked against what a run asks of it, turned into a `Dataset`.
struct CSVTable {
    let request: CSVLoader.Request
    /// Notebook path for diagnostics.
    let path: String
    /// Header first, then the data rows.
    let records: [CSVRecords.Record]

    /// The checked data set: features as numbers; the target as numbers, or as classes for a classification run.
    func dataset() throws -> Dataset {
        guard let header = records.first?.fields else { throw fail("data file '\(request.file)' is empty") }
        let rows = records.dropFirst()
        guard !rows.isEmpty else { throw fail("data file '\(request.file)' has no rows") }
        guard rows.count <= Limits.maxRows else {
            throw fail("data file '\(request.file)' has more than \(Limits.maxRows) rows", hint: "sample the data first")
        }
        guard header.count <= CSVLimits.maxColumns else {
            throw fail("\(request.file):\(records[0].line): the header has \(header.count) columns; at most \(CSVLimits.maxColumns) are allowed")
        }
        if let row = rows.first(where: { $0.fields.count != header.count }) { throw fieldCount(row, header: header) }
        let targetIndex = try column(request.target, in: header)
        let featureNames = request.features ?? header.filter { $0 != request.target }
        guard !featureNames.isEmpty else { throw fail("no feature columns besides '\(request.target)'") }
        let featureIndices = try featureNames.map { try column($0, in: header) }
        var matrix = Matrix(rows: rows.count, columns: featureIndices.count)
        for (r, row) in rows.enumerated() {
            for (c, index) in featureIndices.enumerated() {
                matrix[r, c] = try feature(row, index, name: header[index])
            }
        }
        let (targets, classNames) = try targetColumn(Array(rows), index: targetIndex)
        return Dataset(features: matrix, targets: targets, featureNames: featureNames, targetName: request.target,
                       classNames: classNames)
    }

    private func column(_ name: String, in header: [String]) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw Diagnostic(.error, "data file '\(request.file)' has no column '\(name)'",
                             at: request.columns.location(of: name, features: request.features), file: path,
                             hint: Suggestion.hint(for: name, in: header))
        }
        return index
    }

    private func fieldCount(_ row: CSVRecords.Record, header: [String]) -> Diagnostic {
        let count = row.fields.count
        let detail = count < header.count
            ? "column '\(header[count])' and after are missing"
            : "the extra field '\(row.fields[header.count])' has no column"
        return fail("\(request.file):\(row.line): the row has \(count) field\(count == 1 ? "" : "s") but the header has \(header.count): \(detail)",
                    hint: "every row needs one value per header column (quote a value that holds a comma)")
    }

    private func feature(_ row: CSVRecords.Record, _ index: Int, name: String) throws -> Double {
        let text = row.fields[index]
        guard let value = Double(text), value.isFinite else {
            let shown = text.isEmpty ? "an empty value" : "'\(text)'"
            throw fail("\(request.file):\(row.line): column '\(name)' has \(shown), not a finite number",
                       hint: "clean the data file: every feature must be a number (no NaN, no gaps)")
        }
        return value
    }

    /// Numeric targets stay numbers; a text target becomes classes sorted by name, for a classification run only.
    private func targetColumn(_ rows: [CSVRecords.Record], index: Int) throws -> ([Double], [String]?) {
        let name = request.target
        let values = rows.map { $0.fields[index] }
        if let empty = values.firstIndex(where: \.isEmpty) {
            throw fail("\(request.file):\(rows[empty].line): the target column '\(name)' is empty")
        }
        let numbers = values.map { Double($0) }
        if let text = numbers.firstIndex(where: { $0 == nil }) {
            if let number = numbers.firstIndex(where: { $0 != nil }) {
                throw fail("\(request.file):\(rows[text].line): the target column '\(name)' has the text '\(values[text])', but line \(rows[number].line) has the number \(values[number])",
                           hint: "a target is either all numbers (regression, or class labels 0, 1, …) or all class names")
            }
            guard request.classification else {
                throw fail("\(request.file):\(rows[text].line): the target column '\(name)' has the text '\(values[text])', but a regression loss needs numbers",
                           hint: "class names are only allowed with a classification loss (bce, cross_entropy, hinge)")
            }
            let classes = Array(Set(values)).sorted()
            guard classes.count <= 100 else { throw fail("the target column '\(name)' has \(classes.count) classes; at most 100 are allowed") }
            let indices = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, Double($0)) })
            return (values.map { indices[$0]! }, classes)
        }
        if let bad = numbers.firstIndex(where: { !$0!.isFinite }) {
            throw fail("\(request.file):\(rows[bad].line): the target is '\(values[bad])', not a finite number")
        }
        return (numbers.map { $0! }, nil)
    }

    private func fail(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: request.location, file: path, hint: hint)
    }
}
