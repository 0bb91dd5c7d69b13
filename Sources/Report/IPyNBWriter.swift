import Formula
import Markup
import Notebook
import Output
import Results

/// Renders an executed notebook as a Jupyter notebook (nbformat 4.5), for `--to ipynb`.
///
/// Prose, formula blocks and code fences become markdown cells; a first code cell holds the Python prelude
/// (`PythonExport.prelude`), and every config block becomes a `python3` code cell with its runs' Python (its YAML
/// as comments, `PythonExport.cellSource`) whose one `display_data` output keeps nbrun's run section as HTML (with
/// its inline SVG) and the status lines as plain text, so the notebook opens with results and re-runs in Jupyter;
/// `execution_count` stays `null`. Keys are written in nbformat's own (sorted) order and
/// cell ids are derived from the cell's position, so two renders are byte-identical.
public enum IPyNBWriter {
    /// The notebook as JSON text.
    /// `notebookFolder` is the notebook's folder relative to the written file (for CSV data in the Python cells).
    public static func render(_ result: NotebookResult, notebookFolder: String = ".") -> String {
        var ids = PageIDs(headings: [])
        let python = PythonExport(result, notebookFolder: notebookFolder)
        var cells: [JSONValue] = [preludeCell(python)]
        for cell in result.cells {
            let id = "cell-\(cells.count)"
            switch cell {
            case let .prose(_, markdown, _, _):
                cells.append(markdownCell(id: id, markdown))
            case let .formula(name, tex, error):
                let rendered = (try? MathML.validate(tex)) != nil
                cells.append(markdownCell(id: id, formulaMarkdown(name: name, tex: tex, rendered: rendered, error: error)))
            case let .code(language, source):
                // A markdown cell holding a fenced block: Jupyter highlights it and nobody expects it to run.
                // A code cell would offer to execute YAML or Python it cannot run; a raw cell is shown unrendered
                // and is passed through verbatim (not as code) by nbconvert.
                cells.append(markdownCell(id: id, fencedCode(source, language: language)))
            case let .run(run):
                cells.append(codeCell(id: id, run: run, source: python.cellSource(for: run), ids: &ids))
            }
        }
        return JSONWriter.write(.object([("cells", .array(cells)), ("metadata", metadata(result)),
                                         ("nbformat", .int(4)), ("nbformat_minor", .int(5))]))
    }

    private static func metadata(_ result: NotebookResult) -> JSONValue {
        .object([
            ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")),
                                    ("name", .string("python3"))])),
            ("language_info", .object([("name", .string("python"))])),
            ("nbrun", .object([("title", .string(result.title)), ("source", .string(result.fileName))])),
        ])
    }

    private static func markdownCell(id: String, _ text: String) -> JSONValue {
        .object([("cell_type", .string("markdown")), ("id", .string(id)), ("metadata", .object([])), ("source", lines(text))])
    }

    /// A config cell: its runs' Python as source, the run section as a `display_data` output.
    private static func codeCell(id: String, run: RunCell, source: String, ids: inout PageIDs) -> JSONValue {
        // The cell's source already shows the YAML, so the output does not echo it again (errors still do:
        // RunSection shows the source next to an error it points into).
        var shown = run
        shown.echo = false
        let html = "<div class=\"nbrun-output\">" + MarkupNode.el("style", [], [.raw(outputCSS)]).render()
            + RunSection.render(shown, words: .english, ids: &ids).render() + "</div>"
        let output = JSONValue.object([
            ("data", .object([("text/html", lines(html)), ("text/plain", lines(plainText(run)))])),
            ("metadata", .object([])),
            ("output_type", .string("display_data")),
        ])
        let nbrun = JSONValue.object([("name", .string(run.name)), ("kind", .string(run.kind.rawValue))])
        return .object([("cell_type", .string("code")), ("execution_count", .null), ("id", .string(id)),
                        ("metadata", .object([("nbrun", nbrun)])), ("outputs", .array([output])),
                        ("source", lines(source))])
    }

    /// The status line of each run (the error, with its hint, for a failed cell or run).
    static func plainText(_ run: RunCell) -> String {
        if let error = run.error { return error.description }
        if run.runs.isEmpty { return "\(run.name): no runs" }
        let single = run.kind == .single && run.runs.count == 1
        return run.runs.map { item in
            let line = item.error?.description ?? ReportStrings.english.statusSentence(item.detail)
            return single ? line : "\(item.name): \(line)"
        }.joined(separator: "\n")
    }

    /// nbformat's multiline string: lines that each keep their `\n`, except the last.
    static func lines(_ text: String) -> JSONValue {
        var result: [JSONValue] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                result.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { result.append(.string(current)) }
        return .array(result)
    }

    static func trimmingTrailingNewlines(_ text: String) -> String {
        var trimmed = Substring(text)
        while let last = trimmed.last, last.isNewline { trimmed.removeLast() }
        return String(trimmed)
    }

    /// Jupyter does not load the report's stylesheet: a few rules scoped to the output, in colours that read on
    /// light and dark themes. Without them (untrusted notebooks drop `<style>`) the output is plain but complete.
    static let outputCSS = """
    .nbrun-output .run{border:1px solid rgba(128,128,128,.35);border-radius:8px;margin:.3em 0;overflow:hidden}\
    .nbrun-output .run>header{display:flex;align-items:center;gap:.6em;padding:.35em .8em;border-bottom:1px solid rgba(128,128,128,.35)}\
    .nbrun-output .name{font-family:monospace;font-weight:600}\
    .nbrun-output .kind,.nbrun-output figcaption,.nbrun-output .hint,.nbrun-output td.zero{opacity:.7}\
    .nbrun-output .badge{margin-left:auto;border:1px solid currentColor;border-radius:999px;padding:0 .6em;font-size:.8em;font-weight:600}\
    .nbrun-output .body{padding:.2em .8em .8em}\
    .nbrun-output .grid{display:flex;flex-wrap:wrap;gap:0 2em;align-items:flex-start}\
    .nbrun-output figure{margin:.8em 0}.nbrun-output figure svg{max-width:100%;height:auto;display:block}\
    .nbrun-output .status-converged{color:#2e9e48}.nbrun-output .status-early_stopped{color:#3a86d4}\
    .nbrun-output .status-max_epochs{color:#b7791f}.nbrun-output .status-diverged,.nbrun-output .status-error{color:#d64541}\
    .nbrun-output .error{border:1px solid #d64541;border-left-width:4px;border-radius:6px;padding:.5em .8em;margin:.6em 0}\
    .nbrun-output .error .where{font-family:monospace;color:#d64541;font-weight:600;overflow-wrap:anywhere}
    """
}
