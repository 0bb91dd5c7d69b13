import Config
import Engine
import Foundation
import Notebook
import SwiftCSV

/// Loads a CSV data set whose path is relative to the notebook's folder and confined to its tree.
struct CSVLoader {
    /// Folder of the notebook (data paths are relative to it).
    let notebookFolder: URL
    /// Notebook path for diagnostics.
    let path: String

    func load(_ file: String, target: String, features: [String]?, at location: SourceLocation) throws -> Dataset {
        let url = try resolve(file, at: location)
        guard let data = FileManager.default.contents(atPath: url.path) else { throw missing(file, url: url, at: location) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic(.error, "data file '\(file)' is not valid UTF-8", at: location, file: path)
        }
        let csv: EnumeratedCSV
        do {
            csv = try EnumeratedCSV(string: text.replacingOccurrences(of: "\r\n", with: "\n"), delimiter: .comma, loadColumns: false)
        } catch {
            throw Diagnostic(.error, "data file '\(file)' is not valid CSV: \(error)", at: location, file: path)
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let rows = csv.rows.filter { !($0.count == 1 && $0[0].trimmingCharacters(in: .whitespaces).isEmpty) }
        return try table(header: header, rows: rows, file: file, target: target, features: features, at: location)
    }

    /// Why `file` could not be read: not found (with the data files that are there), or unreadable.
    private func missing(_ file: String, url: URL, at location: SourceLocation) -> Diagnostic {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            return Diagnostic(.error, "cannot read data file '\(file)'", at: location, file: path, hint: "check the file's permissions")
        }
        let folder = url.deletingLastPathComponent()
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".csv") }.sorted()
        let prefix = file.contains("/") ? String(file[...file.lastIndex(of: "/")!]) : ""
        let hint: String
        if let match = Suggestion.closest(to: url.lastPathComponent, in: present) {
            hint = "did you mean '\(prefix + match)'?"
        } else {
            hint = present.isEmpty ? "paths are relative to the notebook's folder" : "data files there: " + present.prefix(6).joined(separator: ", ")
        }
        return Diagnostic(.error, "data file '\(file)' not found", at: location, file: path, hint: hint)
    }

    /// Resolves `file` inside the notebook's folder tree; absolute paths and `..` escapes are errors.
    func resolve(_ file: String, at location: SourceLocation) throws -> URL {
        if file.hasPrefix("/") || file.hasPrefix("~") {
            throw Diagnostic(.error, "data path '\(file)' must be relative to the notebook's folder", at: location, file: path,
                             hint: "a notebook may only read files inside its own folder tree")
        }
        let root = notebookFolder.standardizedFileURL.resolvingSymlinksInPath()
        let url = root.appendingPathComponent(file).standardizedFileURL.resolvingSymlinksInPath()
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        guard url.path.hasPrefix(rootPath) else {
            throw Diagnostic(.error, "data path '\(file)' leaves the notebook's folder", at: location, file: path,
                             hint: "a notebook may only read files inside its own folder tree; '..' escapes are not allowed")
        }
        return url
    }

    private func table(header: [String], rows: [[String]], file: String, target: String, features: [String]?,
                       at location: SourceLocation) throws -> Dataset {
        func column(_ name: String) throws -> Int {
            guard let index = header.firstIndex(of: name) else {
                throw Diagnostic(.error, "data file '\(file)' has no column '\(name)'", at: location, file: path,
                                 hint: Suggestion.hint(for: name, in: header))
            }
            return index
        }
        guard !rows.isEmpty else { throw Diagnostic(.error, "data file '\(file)' has no rows", at: location, file: path) }
        guard rows.count <= Limits.maxRows else {
            throw Diagnostic(.error, "data file '\(file)' has \(rows.count) rows; at most \(Limits.maxRows) are allowed", at: location, file: path)
        }
        let targetIndex = try column(target)
        let featureNames = features ?? header.filter { $0 != target }
        guard !featureNames.isEmpty else { throw Diagnostic(.error, "no feature columns besides '\(target)'", at: location, file: path) }
        let featureIndices = try featureNames.map(column)
        var matrix = Matrix(rows: rows.count, columns: featureIndices.count)
        for (r, row) in rows.enumerated() {
            for (c, index) in featureIndices.enumerated() {
                matrix[r, c] = try number(row, index, name: header[index], line: r + 2, file: file, at: location)
            }
        }
        let (targets, classNames) = try targetColumn(rows.map { $0.count > targetIndex ? $0[targetIndex] : "" }, file: file, at: location)
        return Dataset(features: matrix, targets: targets, featureNames: featureNames, targetName: target, classNames: classNames)
    }

    private func number(_ row: [String], _ index: Int, name: String, line: Int, file: String, at location: SourceLocation) throws -> Double {
        let text = index < row.count ? row[index].trimmingCharacters(in: .whitespaces) : ""
        guard let value = Double(text), value.isFinite else {
            let shown = text.isEmpty ? "an empty cell" : "'\(text)'"
            throw Diagnostic(.error, "\(file):\(line): column '\(name)' has \(shown), not a finite number", at: location, file: path,
                             hint: "clean the data file: every feature must be a number (no NaN, no gaps)")
        }
        return value
    }

    /// Numeric targets stay numbers; text targets become class indices in order of first appearance… sorted by name.
    private func targetColumn(_ values: [String], file: String, at location: SourceLocation) throws -> ([Double], [String]?) {
        let trimmed = values.map { $0.trimmingCharacters(in: .whitespaces) }
        let numbers = trimmed.map { Double($0) }
        if numbers.allSatisfy({ $0 != nil }) {
            if let bad = numbers.firstIndex(where: { !$0!.isFinite }) {
                throw Diagnostic(.error, "\(file):\(bad + 2): the target is '\(trimmed[bad])', not a finite number", at: location, file: path)
            }
            return (numbers.map { $0! }, nil)
        }
        if let empty = trimmed.firstIndex(where: { $0.isEmpty }) {
            throw Diagnostic(.error, "\(file):\(empty + 2): the target is empty", at: location, file: path)
        }
        let classes = Array(Set(trimmed)).sorted()
        return (trimmed.map { Double(classes.firstIndex(of: $0)!) }, classes)
    }
}
