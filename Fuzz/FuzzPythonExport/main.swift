import Engine
import FuzzSupport
import Notebook
import Report
import Results
import TestSupport

/// libFuzzer entry: the input, read as UTF-8 and cut at U+001F into a title, a file name, prose, cell and run names,
/// YAML, a CSV path, target and feature names, a parameter name, an error message, a formula name and its TeX, a
/// field no longer used (the notebook's folder, which the export no longer writes) and a code fence's language, is exported as `--to py` and `--to ipynb`. The program and every
/// code cell must lex as Python (no NUL, no unterminated string, no line separator Python does not see), have
/// exactly the token shape of a twin whose text is all `x` (the same TeX), and use no line break but `\n`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPythonExport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var fields = text.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    fields += Array(repeating: "", count: max(0, Field.allCases.count - fields.count))
    let tex = fields[Field.tex.rawValue]
    let fuzzed = notebook { fields[$0.rawValue] }
    let twin = Twin.shapes(tex: tex)
    let program = PythonExport(fuzzed).program()
    check(program, like: twin.program, what: "the program")
    let cells = codeCells(fuzzed)
    precondition(cells.count == twin.cells.count, "\(cells.count) code cells, the twin \(twin.cells.count)")
    for (cell, expected) in zip(cells, twin.cells) { check(cell, like: expected, what: "a code cell") }
    return 0
}

/// The token shapes of the all-`x` twin with the given TeX, kept for the last few TeX texts (the twin only
/// changes with the TeX).
enum Twin {
    nonisolated(unsafe) static var cache: [String: (program: [String], cells: [[String]])] = [:]

    static func shapes(tex: String) -> (program: [String], cells: [[String]]) {
        if let found = cache[tex] { return found }
        let twin = notebook { $0 == .tex ? tex : "x" }
        do {
            let shapes = (program: try PythonShape.tokens(of: PythonExport(twin).program()),
                          cells: try codeCells(twin).map(PythonShape.tokens(of:)))
            if cache.count > 64 { cache.removeAll() }
            cache[tex] = shapes
            return shapes
        } catch {
            fatalError("the twin is not Python: \(error)")
        }
    }
}

/// The pieces of fuzzed text, in input order.
enum Field: Int, CaseIterable {
    case title, fileName, prose, cellName, runName, yaml, csv, target, feature, parameter, message, formulaName, tex, folder, language
}

/// `source` lexes as Python with the token shape `expected` and only `\n` line breaks.
func check(_ source: String, like expected: [String], what: String) {
    let breaks: Set<Unicode.Scalar> = ["\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0}"]
    precondition(!source.unicodeScalars.contains(where: breaks.contains), "\(what) has a line break other than \\n or a NUL")
    do {
        let shape = try PythonShape.tokens(of: source)
        precondition(shape == expected, "\(what) has another token shape than its twin:\n\(source)")
    } catch {
        fatalError("\(what) is not Python: \(error)\n\(source)")
    }
}

/// The source of every config cell's ipynb code cell (`PythonExport.cellSource`, what `IPyNBWriter` writes; the
/// setup cell is fixed text, and rendering the cells' HTML outputs would only slow the fuzzer down).
func codeCells(_ result: NotebookResult) -> [String] {
    let export = PythonExport(result)
    return result.cells.compactMap { cell in
        guard case let .run(run) = cell else { return nil }
        return export.cellSource(for: run)
    }
}

/// A notebook result with `text(field)` in each place.
func notebook(_ text: (Field) -> String) -> NotebookResult {
    let csv = ResolvedData(source: .csv(path: text(.csv), target: text(.target), features: [text(.feature)]), validation: 0.2, test: 0,
                           standardize: true, splitSeed: 1)
    let settings = ResolvedRun(data: csv, objective: nil, model: .softmax, loss: .crossEntropy, regularization: Regularization(l1: 0, l2: 0),
                               optimizer: GradientDescent.Settings.gd, epochs: 3, tolerance: 0, schedule: .constant, earlyStopping: nil,
                               metrics: [.accuracy], seed: 1, logScale: nil)
    let learned = LearnedParameters.perClass(weights: [[1], [2]], bias: [0, 0], features: [text(.parameter)], classes: [text(.parameter), "b"])
    let fit = RunResult(name: text(.runName), detail: StatusDetail(subject: .training, stop: .converged(epoch: 1)), resolved: settings,
                        learned: learned, metrics: [], show: [])
    var walkSettings = settings
    walkSettings.data = nil
    walkSettings.objective = ResolvedObjective(formula: text(.formulaName), start: [NamedValue("a", 1)])
    let walk = RunResult(name: text(.runName) + "2", detail: StatusDetail(subject: .formula, stop: .converged(epoch: 1)), resolved: walkSettings,
                         metrics: [], show: [])
    let error = Diagnostic(.error, text(.message), at: SourceLocation(line: 1, column: 1), file: text(.fileName), hint: text(.message))
    var failed = fit
    failed.error = error
    return NotebookResult(fileName: text(.fileName), title: text(.title), lang: "en", headings: [], cells: [
        .prose(blocks: [], markdown: text(.prose)),
        .run(RunCell(name: text(.cellName), kind: .single, source: text(.yaml), echo: true, runs: [fit], show: [])),
        .run(RunCell(name: text(.cellName), kind: .single, source: text(.yaml), echo: true, runs: [], show: [], error: error)),
        .run(RunCell(name: text(.cellName), kind: .single, source: text(.yaml), echo: true, runs: [failed], show: [])),
        .formula(name: text(.formulaName), tex: text(.tex), error: nil),
        .formula(name: text(.formulaName), tex: text(.tex), error: error),
        .code(language: text(.language), source: text(.yaml)),
        .run(RunCell(name: text(.cellName), kind: .single, source: text(.yaml), echo: true, runs: [walk], show: [])),
    ], diagnostics: [error])
}

runFuzzer { fuzzPythonExport($0, $1) }
