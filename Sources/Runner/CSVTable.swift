import Config
import Engine
import Notebook

/// A read CSV file checked against what a run asks of it, turned into a `Dataset`.
///
/// The checks run in a fixed order, each reporting the first offending row: an empty file, no rows, too many rows,
/// too many columns, a row whose field count differs from the header, a missing column, a feature value that is
/// not a finite number, then the target (empty, text mixed with numbers, text for a regression, not finite).
struct CSVTable {
    let request: CSVLoader.Request
    /// Notebook path for diagnostics.
    let path: String
    /// The file's header, values and first problems.
    let contents: CSVReader.Contents

    /// Reads `bytes` as a whole CSV file for `request` (used for data held in memory).
    init(request: CSVLoader.Request, path: String, bytes: [UInt8]) throws {
        var offset = 0
        let reader = CSVReader(target: request.target, featureNames: request.features, limit: Limits.maxRows, expectedBytes: bytes.count)
        contents = try reader.read { buffer in
            let count = min(buffer.count, bytes.count - offset)
            bytes[offset..<(offset + count)].withUnsafeBytes { buffer.copyMemory(from: $0) }
            offset += count
            return count
        }
        self.request = request
        self.path = path
    }

    /// A table over contents already read.
    init(request: CSVLoader.Request, path: String, contents: CSVReader.Contents) {
        self.request = request
        self.path = path
        self.contents = contents
    }

    /// The checked data set: features as numbers; the target as numbers, or as classes for a classification run.
    func dataset() throws -> Dataset {
        if contents.invalidUTF8 {
            throw fail("data file '\(request.file)' is not valid UTF-8")
        }
        if let line = contents.unclosedQuoteLine { throw fail("\(request.file):\(line): a quoted field is never closed") }
        guard let (header, headerLine) = contents.header else { throw fail("data file '\(request.file)' is empty") }
        let rows = contents.targets.count
        guard rows > 0 else { throw fail("data file '\(request.file)' has no rows") }
        guard rows <= Limits.maxRows else {
            throw fail("data file '\(request.file)' has more than \(Limits.maxRows) rows", hint: "sample the data first")
        }
        guard header.count <= CSVLimits.maxColumns else {
            throw fail("\(request.file):\(headerLine): the header has \(header.count) columns; at most \(CSVLimits.maxColumns) are allowed")
        }
        let findings = contents.findings
        if let ragged = findings.ragged { throw fieldCount(ragged, header: header) }
        _ = try column(request.target, in: header)
        let featureNames = request.features ?? header.filter { $0 != request.target }
        guard !featureNames.isEmpty else { throw fail("no feature columns besides '\(request.target)'") }
        for name in featureNames { _ = try column(name, in: header) }
        if let bad = findings.badFeature {
            let shown = bad.text.isEmpty ? "an empty value" : "'\(bad.text)'"
            throw fail("\(request.file):\(bad.line): column '\(header[bad.column])' has \(shown), not a finite number",
                       hint: "clean the data file: every feature must be a number (no NaN, no gaps)")
        }
        let (targets, classNames) = try targetColumn(findings)
        return Dataset(features: Matrix(rows: rows, columns: featureNames.count, storage: contents.features), targets: targets,
                       featureNames: featureNames, targetName: request.target, classNames: classNames)
    }

    private func column(_ name: String, in header: [String]) throws -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw Diagnostic(.error, "data file '\(request.file)' has no column '\(name)'",
                             at: request.columns.location(of: name, features: request.features), file: path,
                             hint: Suggestion.hint(for: name, in: header))
        }
        return index
    }

    private func fieldCount(_ row: (line: Int, count: Int, extra: String), header: [String]) -> Diagnostic {
        let detail = row.count < header.count
            ? "column '\(header[row.count])' and after are missing"
            : "the extra field '\(row.extra)' has no column"
        return fail("\(request.file):\(row.line): the row has \(row.count) field\(row.count == 1 ? "" : "s") but the header has \(header.count): \(detail)",
                    hint: "every row needs one value per header column (quote a value that holds a comma)")
    }

    /// Numeric targets stay numbers; a text target becomes classes sorted by name, for a classification run only.
    private func targetColumn(_ findings: CSVFindings) throws -> ([Double], [String]?) {
        let name = request.target
        if let line = findings.emptyTarget { throw fail("\(request.file):\(line): the target column '\(name)' is empty") }
        if let text = findings.textTarget {
            if let number = findings.numberTarget {
                throw fail("\(request.file):\(text.line): the target column '\(name)' has the text '\(text.text)', but line \(number.line) has the number \(number.text)",
                           hint: "a target is either all numbers (regression, or class labels 0, 1, …) or all class names")
            }
            guard request.classification else {
                throw fail("\(request.file):\(text.line): the target column '\(name)' has the text '\(text.text)', but a regression loss needs numbers",
                           hint: "class names are only allowed with a classification loss (bce, cross_entropy, hinge)")
            }
            let classes = Array(Set(contents.texts.map(\.text))).sorted()
            guard classes.count <= 100 else { throw fail("the target column '\(name)' has \(classes.count) classes; at most 100 are allowed") }
            let indices = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, Double($0)) })
            var targets = contents.targets
            for (row, text) in contents.texts { targets[row] = indices[text]! }
            return (targets, classes)
        }
        if let bad = findings.nonFiniteTarget {
            throw fail("\(request.file):\(bad.line): the target is '\(bad.text)', not a finite number")
        }
        return (contents.targets, nil)
    }

    private func fail(_ message: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: request.location, file: path, hint: hint)
    }
}
