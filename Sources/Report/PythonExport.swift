import Notebook
import Output
import PythonSyntax
import Results

/// An executed notebook as one plain Python program (`--to py`), and each run's section of it (the ipynb code
/// cells and the report's collapsed "Python" section).
///
/// The program is a short prelude, then a function per run under comments that carry the prose headings before
/// it. The prelude ports nbrun's seeded generator and data sets to numpy (the same rows, bit for bit) and writes
/// nbrun's training loop around PyTorch: `nn.Linear` and `nn.Sequential` models with torch.nn's losses, the
/// objective `(1/N) Σ loss + l1‖w‖₁ + l2‖w‖²`, `torch.optim` with `lr_scheduler`, and nbrun's line searches of
/// newton, cg and lbfgs on torch autograd; closed-form runs call scikit-learn with the conversions written out
/// (`alpha = l2 * N`); formula runs are torch functions translated from the formula compiler's tree
/// (`PythonFormula`). Everything comes from each run's resolved config, so the program reproduces the run rather
/// than nbrun's printed numbers. `python3 NAME.py` prints a line per run,
/// `python3 NAME.py --json` prints `{"runs": {NAME: {"status", "params", "metrics", "epochs"}}}`.
public struct PythonExport {
    /// The executed notebook.
    public let result: NotebookResult
    /// The notebook's folder relative to the folder of the written program, for CSV data (`.`: the same folder).
    public let notebookFolder: String

    /// Exports `result`; CSV paths are resolved from `notebookFolder`, relative to the program's own folder.
    public init(_ result: NotebookResult, notebookFolder: String = ".") {
        self.result = result
        self.notebookFolder = notebookFolder
    }

    /// The whole program.
    public func program() -> String {
        var parts = [header, prelude]
        var headings: [String] = []
        for cell in result.cells {
            switch cell {
            case let .prose(_, markdown, _, _):
                headings += Self.headings(in: markdown)
            case let .run(run) where run.kind != .compare:
                for item in run.runs {
                    let section = self.section(for: item)
                    let comment = headings.isEmpty ? [] : [PythonSource.comment(headings.joined(separator: "\n"))]
                    parts.append((comment + [section]).joined(separator: "\n"))
                    headings = []
                }
            default:
                break
            }
        }
        parts.append("if __name__ == \"__main__\":\n    main()")
        return parts.joined(separator: "\n\n\n") + "\n"
    }

    /// The code of one run: a function that regenerates its data, trains and reports, and its registration in
    /// `RUNS`. Runs the export cannot reproduce get a comment saying why and no function.
    public func section(for run: RunResult) -> String {
        let function = PythonLiteral.function(run.name)
        let title = PythonSource.comment(String(repeating: "─", count: 4) + " run \"\(run.name)\" " + String(repeating: "─", count: 40))
        if let error = run.error {
            return title + "\n" + PythonSource.comment("nbrun reported an error for this run: \(error.headline)")
        }
        guard let settings = run.resolved else {
            return title + "\n" + PythonSource.comment("Not exported: nbrun has no settings for this run.")
        }
        switch PythonRunCode(run: run, settings: settings, export: self).body() {
        case let .success(lines):
            let body = lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            return ([title, "def \(function)():"] + body.map { $0.isEmpty ? "" : "    " + $0 }
                + ["", "", "RUNS[\(PythonSource.string(run.name))] = \(function)"]).joined(separator: "\n")
        case let .failure(reason):
            return title + "\n" + PythonSource.comment("Not exported: \(reason.message).")
        }
    }

    /// The prelude every run's function calls: nbrun's generator, data sets, objective, optimizers and driver.
    public var prelude: String {
        PythonPrelude.sections.joined(separator: "\n\n\n")
            + "\n\n\nNOTEBOOK_FOLDER = \(PythonSource.string(notebookFolder))  # CSV paths are relative to it"
    }

    /// The Python of a config cell, for a Jupyter code cell: its YAML as comments, each run's section, and a call
    /// that trains the runs and prints their summary lines. A comparison cell only names the runs it shows.
    public func cellSource(for cell: RunCell) -> String {
        let yaml = PythonSource.comment("```config \(cell.name)\n" + IPyNBWriter.trimmingTrailingNewlines(cell.source) + "\n```")
        if cell.kind == .compare {
            return yaml + "\n# The runs above, side by side: the chart is in the saved output."
        }
        if let error = cell.error {
            return yaml + "\n" + PythonSource.comment("nbrun reported an error for this cell: \(error.headline)")
        }
        let calls = cell.runs.filter { $0.error == nil }.map { "show(\(PythonSource.string($0.name)))" }
        return ([yaml] + cell.runs.map(section(for:)) + calls).joined(separator: "\n\n")
    }

    /// The TeX of the last valid formula block called `name` before the cell of `run` (what `objective: NAME` reads).
    func formula(named name: String, before run: RunResult) -> String? {
        var found: String?
        for cell in result.cells {
            switch cell {
            case let .formula(formulaName, tex, nil) where formulaName == name:
                found = tex
            case let .run(runs) where runs.runs.contains { $0.name == run.name }:
                return found
            default:
                break
            }
        }
        return found
    }

    /// The settings of the run called `name` (for `data: NAME` reuse).
    func settings(named name: String) -> ResolvedRun? {
        result.runs.first { $0.name == name }?.resolved
    }

    /// The shebang, a fixed PEP 263 encoding line (Python reads an encoding declaration from line 1 or 2, so the
    /// title must not be on line 2: `coding: utf_7` there would decode a later `+AAo-` into a line break), and
    /// the title and usage as comments.
    private var header: String {
        let source = result.fileName
        let program = NotebookFileName.replacingExtension(of: source, with: "py")
        return "#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n" + PythonSource.comment("""
            \(result.title)

            Exported by `nbrun \(source) --to py`: every run of the notebook as plain Python.
            Run `python3 \(program)` for a line per run, or add `--json` for nbrun's JSON shape
            (status, params, metrics). Needs numpy and torch; closed-form runs need scikit-learn.
            """)
    }

    /// The ATX headings of a prose cell's Markdown, `#` marks kept (fenced code skipped).
    static func headings(in markdown: String) -> [String] {
        var inFence = false
        var found: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            guard !inFence else { continue }
            let marks = trimmed.prefix { $0 == "#" }
            if (1...6).contains(marks.count), trimmed.dropFirst(marks.count).first == " " {
                found.append(String(trimmed))
            }
        }
        return found
    }
}
