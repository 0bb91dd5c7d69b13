import Notebook
import Output
import PythonSyntax
import Results

/// An executed notebook as one plain Python program (`--to py`), and each run's section of it (the ipynb code
/// cells and the report's collapsed "Python" section).
///
/// The program imports the runtime module beside it (`PythonRuntime`, `nbrun_runtime.py`), then defines a function
/// per run under comments that carry the prose headings before it, and lists the config cells (`CELLS`) for
/// `main()`. The runtime ports nbrun's seeded generator and data sets to numpy (the same rows, bit for bit) and
/// writes nbrun's training loop around PyTorch: `nn.Linear` and `nn.Sequential` models with torch.nn's losses, the
/// objective `(1/N) Σ loss + l1‖w‖₁ + l2‖w‖²`, `torch.optim` with `lr_scheduler`, and nbrun's line searches of
/// newton, cg and lbfgs on torch autograd; closed-form runs solve the least squares by QR as nbrun does; formula
/// runs are torch functions translated from the formula compiler's tree (`PythonFormula`). Everything comes from
/// each run's resolved config, so the program reproduces the run rather than nbrun's printed numbers.
/// `python3 NAME.py` prints each cell's summary table and saves its charts as PNG files (`--show` opens them),
/// `python3 NAME.py --json` prints `{"runs": {NAME: {"status", "params", "metrics", "epochs"}}}` only.
public struct PythonExport {
    /// The executed notebook.
    public let result: NotebookResult
    /// Exports `result`.
    public init(_ result: NotebookResult) {
        self.result = result
    }

    /// The whole program.
    public func program() -> String {
        var parts = [header, setup(folder: "os.path.dirname(os.path.abspath(__file__))")]
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
        let cells = result.cells.compactMap { cell -> String? in
            guard case let .run(run) = cell, run.error == nil else { return nil }
            return "    " + cellArguments(run) + ","
        }
        parts.append((["CELLS = [  # each config cell: name, kind, the runs it shows, the parts it draws"] + cells + ["]"])
            .joined(separator: "\n"))
        parts.append("if __name__ == \"__main__\":\n    main(CELLS, program=__file__)")
        return parts.joined(separator: "\n\n\n") + "\n"
    }

    /// The lines that import the runtime module from `folder` (a Python expression), check its version and set the
    /// chapter's language; under 1 KB, the notebook's first code cell.
    func setup(folder: String) -> String {
        let language = ReportStrings.forLanguage(result.lang).tags.first ?? "en"
        return """
            import os
            import sys

            HERE = \(folder)  # nbrun_runtime.py and the data files are in this folder
            sys.path.insert(0, HERE)
            if not os.path.exists(os.path.join(HERE, "nbrun_runtime.py")):
                raise ImportError("nbrun_runtime.py is not in " + HERE + ": keep the exported folder whole (or export it again)")
            from nbrun_runtime import *  # nbrun's engine (numpy, PyTorch, matplotlib); see requirements.txt

            setup(\(PythonSource.string(PythonRuntime.version)), HERE, language=\(PythonSource.string(language)))
            """
    }

    /// `show_cell`'s arguments for a config cell: its name, kind, the runs it shows and the parts it draws (a
    /// sweep or comparison draws fitted models and decision regions only when its block asked for them, as nbrun).
    func cellArguments(_ run: RunCell) -> String {
        var parts = ShowPart.allCases.filter(run.show.contains)
        if run.kind != .single, !run.showRequested { parts.removeAll { $0 == .fit || $0 == .boundary } }
        // A static plot cannot explore: the export draws the sweep's curves instead.
        if parts.contains(.explore) { parts = parts.filter { $0 != .explore } + (parts.contains(.curve) ? [] : [.curve]) }
        let names = run.runs.filter { $0.error == nil }.map(\.name)
        return "(\(PythonSource.string(run.name)), \(PythonSource.string(run.kind.rawValue)), "
            + "\(PythonRunCode.Python.list(names)), \(PythonRunCode.Python.list(parts.map(\.rawValue))))"
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

    /// The Python of a config cell, for a Jupyter code cell: its YAML as comments, each run's section, and the
    /// `show_cell` call that trains the runs, prints their summary table and draws their charts. A comparison cell
    /// only names the runs it shows (trained by the cells above).
    public func cellSource(for cell: RunCell) -> String {
        let yaml = PythonSource.comment("```config \(cell.name)\n" + IPyNBWriter.trimmingTrailingNewlines(cell.source) + "\n```")
        if let error = cell.error {
            return yaml + "\n" + PythonSource.comment("nbrun reported an error for this cell: \(error.headline)")
        }
        let sections = cell.kind == .compare ? [] : cell.runs.map(section(for:))  // a comparison shows runs defined above
        return ([yaml] + sections + ["show_cell" + cellArguments(cell)]).joined(separator: "\n\n")
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

            Exported by `nbrun \(source) --to py`: every run of the notebook as plain Python, on the engine in
            nbrun_runtime.py beside this file (pip install -r requirements.txt: numpy, SciPy, PyTorch, matplotlib).
            `python3 \(program)` prints each cell's table and saves its charts in \(NotebookFileName.baseName(of: source))-charts/;
            `--show` opens the charts instead; `--json` prints nbrun's JSON shape (status, params, metrics) only.
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
