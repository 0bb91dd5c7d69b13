import Foundation
import Formula
import FuzzSupport
import Notebook
import Report
import Results

/// Stack of the thread each input runs on: the worker threads' (`OrderedParallel.workerStackSize`, 8 MiB), which
/// the sanitizer's larger frames must fit in at every limit as the plain build does with room to spare.
let stackSize = 8 << 20

/// libFuzzer entry: deeply nested Markdown, math, values and formulas (`DeepMarkdownRecipe`) parse, render as
/// HTML and as a Jupyter notebook, and compile, or give a `Diagnostic` or `FormulaError`, on a worker-sized stack;
/// nothing else may happen.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMarkdownDepth(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = DeepMarkdownRecipe.notebook(from: Array(UnsafeBufferPointer(start: data, count: size)))
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
        render(text)
        finished.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    finished.wait()
    return 0
}

/// Parses `text` and renders every cell the way a report does (without training).
func render(_ text: String) {
    let notebook: Notebook
    do {
        notebook = try NotebookParser.parse(bytes: Array(text.utf8), path: "deep.md")
    } catch is Diagnostic {
        return
    } catch {
        fatalError("not a Diagnostic: \(error)")
    }
    var cells: [CellResult] = []
    for cell in notebook.cells {
        switch cell.kind {
        case let .prose(blocks, markdown): cells.append(.prose(blocks: blocks, markdown: markdown))
        case let .formula(tex):
            cells.append(.formula(name: cell.name, tex: tex, error: nil))
            compile(tex)
        case let .code(language, source): cells.append(.code(language: language, source: source))
        case let .config(yaml): cells.append(.code(language: "yaml", source: yaml))
        }
    }
    let result = NotebookResult(fileName: "deep.md", title: "Deep", lang: "en", headings: notebook.headings, cells: cells, diagnostics: [])
    precondition(!HTMLReport.render(result).isEmpty)
    precondition(!IPyNBWriter.render(result).isEmpty)
}

/// Compiles a formula block and translates it to Python, as a run and the `--to py` export do.
func compile(_ tex: String) {
    do {
        guard let definition = try FormulaCompiler.parseDefinition(tex) else { return }
        _ = try FormulaCompiler.compile(definition)
        _ = try PythonFormula.translate(definition, constants: [:], hasData: false)
    } catch is FormulaError {
    } catch {
        fatalError("not a FormulaError: \(error)")
    }
}

runFuzzer { fuzzMarkdownDepth($0, $1) }
