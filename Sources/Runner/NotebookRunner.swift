import Config
import Formula
import Foundation
import Notebook
import Results

/// Executes a notebook's cells in order into one `Session` of named cells.
///
/// A failing cell becomes an error in place; cells that do not depend on it still run.
public struct NotebookRunner {
    let notebook: Notebook
    let options: RunOptions
    let csv: CSVLoader
    /// The front matter (title, language, params, defaults).
    var frontMatter = FrontMatter()
    /// Resolves config cells against the session.
    var resolver: ConfigResolver
    /// Every named cell so far.
    var session = Session()
    var diagnostics: [Diagnostic] = []
    var configCellsDone = 0
    /// The result cache (nil when off or checking).
    let cache: ResultCache?
    /// Cache hits and executed runs.
    var statistics = CacheStatistics()
    /// The budget of the config cell being run.
    var timeLimit: TimeLimit
    /// Epoch progress of the config cell being run (only when `options.progress` is set).
    var cellProgress: EpochProgress?
    /// Closed-form optima solved so far, by data set and penalty.
    let optima = OptimumCache()
    /// Errors that only follow from an earlier failure, reported as one note under it.
    var cascade = FailureCascade()

    /// Runs `notebook`, whose file lives in `folder`.
    public static func run(_ notebook: Notebook, folder: URL, options: RunOptions = RunOptions()) -> NotebookResult {
        var statistics = CacheStatistics()
        return run(notebook, folder: folder, options: options, statistics: &statistics)
    }

    /// Runs `notebook`, whose file lives in `folder`, and reports how many runs came from the cache.
    public static func run(_ notebook: Notebook, folder: URL, options: RunOptions, statistics: inout CacheStatistics) -> NotebookResult {
        var runner = NotebookRunner(notebook: notebook, folder: folder, options: options)
        let result = runner.execute()
        statistics = runner.statistics
        return result
    }

    private init(notebook: Notebook, folder: URL, options: RunOptions) {
        self.notebook = notebook
        self.options = options
        cache = options.checkOnly ? nil : options.cacheFolder.map { ResultCache(folder: $0) }
        timeLimit = TimeLimit(seconds: options.timeout, clock: options.clock)
        csv = CSVLoader(notebookFolder: folder, root: options.courseRoot ?? folder, path: notebook.path)
        do {
            let (parsed, warnings) = try FrontMatter.parse(notebook.frontMatter, firstLine: notebook.frontMatterStartLine,
                                                           path: notebook.path, overrides: options.overrides)
            frontMatter = parsed
            if let seed = options.seed { frontMatter.seed = seed }
            diagnostics += warnings
        } catch let diagnostic as Diagnostic {
            diagnostics.append(diagnostic)
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error)", at: SourceLocation(line: 1, column: 1), file: notebook.path))
        }
        resolver = ConfigResolver(frontMatter: frontMatter, path: notebook.path)
        for cell in notebook.cells where cell.name != nil {
            if resolver.cellLocations[cell.name ?? ""] == nil { resolver.cellLocations[cell.name ?? ""] = cell.location }
        }
    }

    private var configCellCount: Int {
        notebook.cells.filter { if case .config = $0.kind { return true } else { return false } }.count
    }

    private mutating func execute() -> NotebookResult {
        var cells: [CellResult] = []
        for cell in notebook.cells {
            switch cell.kind {
            case let .prose(blocks, markdown):
                cells.append(.prose(blocks: blocks, markdown: markdown, mathErrors: checkMath(blocks)))
            case let .formula(tex):
                cells.append(formula(cell, tex: tex))
            case let .code(language, source):
                cells.append(.code(language: language, source: source))
            case let .config(yaml):
                configCellsDone += 1
                let cellName = ConfigResolver.runName(of: cell)
                let note = "\(notebook.baseName).md [\(configCellsDone)/\(configCellCount)] \(cellName)"
                options.progress?(note)
                cellProgress = options.progress.map {
                    EpochProgress(note: note, cellName: cellName, sink: $0, delay: options.progressDelay, clock: options.clock)
                }
                let run = runCell(cell, yaml: yaml)
                cellProgress?.finish()
                report(run)
                cells.append(.run(run))
            }
        }
        resolveValues(in: &cells)
        diagnostics += cascade.notes(file: notebook.path)
        warnUnusedParameters()
        diagnostics += notebook.warnings
        let title = frontMatter.title ?? notebook.headings.first?.text ?? notebook.baseName
        let fileName = notebook.path.split(separator: "/").last.map(String.init) ?? notebook.path
        var result = NotebookResult(fileName: fileName, title: title, lang: frontMatter.lang, headings: notebook.headings,
                                    cells: cells, diagnostics: Diagnostic.inDocumentOrder(diagnostics))
        result.order = frontMatter.order
        result.description = frontMatter.description
        result.site = frontMatter.site
        result.constants = constants()
        result.labels = notebook.labelDefinitions
        return result
    }

    /// Checks the TeX of every math span of a prose cell; the errors, keyed by span, are shown in place. A span
    /// with inline values is checked once their numbers are in it (`substituteValues`).
    private mutating func checkMath(_ blocks: [Block]) -> [SourceLocation: Diagnostic] {
        var errors: [SourceLocation: Diagnostic] = [:]
        for block in blocks {
            block.forEachInline { inline in
                guard case let .math(tex, _) = inline.kind, MathValues.find(in: tex, start: inline.range.start).isEmpty,
                      let error = MathConverter.check(tex, at: inline.range.start, path: notebook.path) else { return }
                errors[inline.range.start] = error
                diagnostics.append(error)
            }
        }
        return errors
    }

    private mutating func formula(_ cell: Cell, tex: String) -> CellResult {
        let error = MathConverter.check(tex, at: cell.contentStart, indent: cell.contentIndent, path: notebook.path)
        var failure = error
        let definition = error == nil ? (try? FormulaCompiler.parseDefinition(tex)) ?? nil : nil
        if let name = cell.name, let earlier = session.earlierCell(named: name), earlier.kind != .formula {
            failure = failure ?? Diagnostic(.error, "name '\(name)' is already used by an earlier cell", at: cell.location, file: notebook.path)
        } else {
            let entry: Session.Entry = definition.map {
                .formula(FormulaEntry(definition: $0, tex: tex, location: cell.contentStart, indent: cell.contentIndent))
            } ?? .display(error == nil ? cell.contentStart : nil)
            for name in [cell.name, definition?.name].compactMap({ $0 }) { session.recordFormula(name, entry) }
        }
        if let failure {
            diagnostics.append(failure)
            if let name = cell.name, error != nil { cascade.failed(name, as: .formula, with: failure) }
        }
        return .formula(name: cell.name, tex: tex, error: failure)
    }

    /// A declared parameter that no config cell uses as `${name}` and no formula names is a warning at its
    /// declaration: `-p name=…` would change nothing.
    private mutating func warnUnusedParameters() {
        for parameter in frontMatter.params {
            let name = parameter.name
            let used = notebook.cells.contains { cell in
                switch cell.kind {
                case let .config(yaml): return yaml.contains("${" + name + "}")
                case let .formula(tex): return Self.mentions(tex, name)
                default: return false
                }
            }
            if !used {
                diagnostics.append(Diagnostic(.warning, "parameter '\(name)' is declared but no block uses it", at: parameter.value.location,
                                              file: notebook.path, hint: "use it as ${\(name)} in a config block, or remove it"))
            }
        }
    }

    /// Whether TeX names the symbol `name` (`\\lambda` or a standalone `lambda`/`k`).
    private static func mentions(_ tex: String, _ name: String) -> Bool {
        let characters = Array(tex)
        let target = Array(name)
        guard !target.isEmpty, characters.count >= target.count else { return false }
        for start in 0...(characters.count - target.count) where Array(characters[start..<(start + target.count)]) == target {
            let before = start > 0 ? characters[start - 1] : " "
            let after = start + target.count < characters.count ? characters[start + target.count] : " "
            if !after.isLetter, before == "\\" || !before.isLetter { return true }
        }
        return false
    }
}
