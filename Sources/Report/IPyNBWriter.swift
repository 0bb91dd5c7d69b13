import Formula
import Markup
import Notebook
import Output
import Results

/// Renders an executed notebook as a Jupyter notebook (nbformat 4.5), for `--to ipynb`.
///
/// The notebook reads like the page before anyone runs it: the chapter's title comes first, prose becomes markdown
/// cells with each inline value replaced by its computed text (`proseMarkdown`), formula blocks display math, code
/// fences fenced Markdown. A short code cell after the title imports the runtime module beside the notebook
/// (`PythonExport.setup`, `nbrun_runtime.py`); every config block becomes a `python3` code cell with its runs'
/// Python (its YAML as comments, `PythonExport.cellSource`) whose saved outputs are nbrun's: the run section
/// (status, tables) as HTML and each chart as an `image/svg+xml` output. Executing a cell trains its runs again,
/// prints the summary table and draws the same kinds of charts with matplotlib. `execution_count` stays `null`.
/// Keys are written in nbformat's own (sorted) order and cell ids are derived from the cell's position, so two
/// renders are byte-identical.
public enum IPyNBWriter {
    /// The notebook as JSON text; `references` numbers its labels and resolves its citations as on its page (by
    /// default the page's own labels, numbered 1, 2, …, and no bibliography), and the works it cites end it.
    public static func render(_ result: NotebookResult, references: PageReferences? = nil) -> String {
        let references = references ?? PageReferences(single: result, page: NotebookFileName.stem(of: result.fileName))
        var ids = PageIDs(headings: [])
        let python = PythonExport(result)
        let words = ReportStrings.forLanguage(result.lang)
        var cells: [JSONValue] = []
        if !startsWithTitle(result) {
            cells.append(markdownCell(id: "cell-0", "# " + escapeMarkdown(result.title)))
            cells.append(setupCell(python, id: "cell-1"))
        }
        for cell in result.cells {
            let id = "cell-\(cells.count)"
            switch cell {
            case let .prose(blocks, markdown, _, values):
                cells.append(markdownCell(id: id, proseMarkdown(blocks: blocks, markdown: markdown, values: values, words: words,
                                                                references: references)))
            case let .formula(name, tex, error):
                let rendered = (try? MathML.validate(tex)) != nil
                cells.append(markdownCell(id: id, formulaMarkdown(name: name, tex: tex, rendered: rendered, error: error)))
            case let .code(language, source):
                // A markdown cell holding a fenced block: Jupyter highlights it and nobody expects it to run.
                // A code cell would offer to execute YAML or Python it cannot run; a raw cell is shown unrendered
                // and is passed through verbatim (not as code) by nbconvert.
                cells.append(markdownCell(id: id, fencedCode(source, language: language)))
            case let .run(run):
                cells.append(codeCell(id: id, run: run, source: python.cellSource(for: run), words: words, ids: &ids))
            }
            if cells.count == 1 { cells.append(setupCell(python, id: "cell-1")) }  // after the title
        }
        if let list = referenceList(result, references: references, words: words) {
            cells.append(markdownCell(id: "cell-\(cells.count)", list))
        }
        return JSONWriter.write(.object([("cells", .array(cells)), ("metadata", metadata(result)),
                                         ("nbformat", .int(4)), ("nbformat_minor", .int(5))]))
    }

    /// Whether the notebook's first cell is prose that opens with a level-1 heading (the page's title as the
    /// author wrote it), so that no title cell is added before it.
    /// The "References" cell: the works the notebook cites, as the page lists them (HTML inside Markdown, which
    /// Jupyter renders); nil when it cites none.
    private static func referenceList(_ result: NotebookResult, references: PageReferences, words: ReportStrings) -> String? {
        guard let bibliography = references.bibliography else { return nil }
        let keys = Set(HTMLReport.firstCitations(result).keys).filter { bibliography.entries[$0] != nil }
        guard !keys.isEmpty else { return nil }
        let items = bibliography.sorted(keys).map { entry in
            "- " + MarkupNode.el("span", [], bibliography.item(entry, words: words.references)).render()
        }
        return "## " + escapeMarkdown(words.references.heading) + "\n\n" + items.joined(separator: "\n")
    }

    static func startsWithTitle(_ result: NotebookResult) -> Bool {
        guard case let .prose(blocks, _, _, _)? = result.cells.first, case .heading(1, _, _)? = blocks.first?.kind else { return false }
        return true
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

    /// A config cell: its runs' Python as source; nbrun's run section as an HTML output and each of its charts
    /// as an SVG output.
    private static func codeCell(id: String, run: RunCell, source: String, words: ReportStrings, ids: inout PageIDs) -> JSONValue {
        // The cell's source already shows the YAML, so the output does not echo it again (errors still do:
        // RunSection shows the source next to an error it points into).
        var shown = run
        shown.echo = false
        let (section, figures) = withoutFigures(RunSection.render(shown, words: words, ids: &ids))
        let html = "<div class=\"nbrun-output\">" + MarkupNode.el("style", [], [.raw(outputCSS)]).render() + section.render() + "</div>"
        var outputs = [displayData([("text/html", html), ("text/plain", plainText(run, words: words))])]
        outputs += figures.map { displayData([("image/svg+xml", $0.svg), ("text/plain", $0.caption)]) }
        let nbrun = JSONValue.object([("name", .string(run.name)), ("kind", .string(run.kind.rawValue))])
        return .object([("cell_type", .string("code")), ("execution_count", .null), ("id", .string(id)),
                        ("metadata", .object([("nbrun", nbrun)])), ("outputs", .array(outputs)),
                        ("source", lines(source))])
    }

    /// A `display_data` output with one entry per MIME type.
    private static func displayData(_ data: [(String, String)]) -> JSONValue {
        .object([("data", .object(data.map { ($0.0, lines($0.1)) })), ("metadata", .object([])),
                 ("output_type", .string("display_data"))])
    }

    /// The status line of each run (the error, with its hint, for a failed cell or run).
    static func plainText(_ run: RunCell, words: ReportStrings = .english) -> String {
        if let error = run.error { return error.description }
        if run.runs.isEmpty { return "\(run.name): \(words.noRuns)" }
        let single = run.kind == .single && run.runs.count == 1
        return run.runs.map { item in
            let line = item.error?.description ?? words.statusSentence(item.detail)
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
