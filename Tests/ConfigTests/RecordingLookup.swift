import Notebook
import Config

/// The earlier names for resolver tests: each resolved cell is recorded as the runner's session records it
/// (a failed resolution as a failed run).
struct RecordingLookup: CellLookup {
    private var cells: [String: EarlierCell] = [:]
    private(set) var earlierNames: [String] = []

    func earlierCell(named name: String) -> EarlierCell? { cells[name] }

    /// Records `cell` under `name` (the first cell keeps a name).
    mutating func record(_ name: String, _ cell: EarlierCell) {
        guard cells[name] == nil else { return }
        cells[name] = cell
        earlierNames.append(name)
    }

    /// Records the outcome of resolving the cell called `name`.
    mutating func record(_ name: String, _ result: Result<RunPlan, Diagnostic>) {
        switch result {
        case let .success(.single(spec)): record(name, EarlierCell(kind: .run, tree: spec.resolved))
        case let .success(.sweep(_, _, _, base, _)): record(name, EarlierCell(kind: .sweep, tree: base))
        case .success(.compare): record(name, EarlierCell(kind: .compare))
        case .failure: record(name, EarlierCell(kind: .run, failed: true))
        }
    }
}

extension RecordingLookup {
    /// Resolves every config cell of `markdown` in order, recording each outcome as the runner would.
    static func resolveAll(_ markdown: String, overrides: [(String, String)] = []) throws -> [Result<RunPlan, Diagnostic>] {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        let (frontMatter, _) = try FrontMatter.parse(notebook.frontMatter, firstLine: 2, path: "nb.md", overrides: overrides)
        let resolver = ConfigResolver(frontMatter: frontMatter, path: "nb.md")
        var earlier = RecordingLookup()
        return notebook.cells.compactMap { cell in
            guard case let .config(yaml) = cell.kind else { return nil }
            let result = resolver.resolve(cell, yaml: yaml, earlier: earlier)
            earlier.record(ConfigResolver.runName(of: cell), result)
            return result
        }
    }
}
