import ArgumentParser
import Foundation
import Notebook
import Output
import Report
import Results
import Runner

/// Finds notebooks, runs them, writes the reports and prints diagnostics.
struct Driver {
    /// What this invocation was asked to do.
    var configuration: RenderConfiguration
    /// The input being rendered: its root, cache folder and the files written (set per input by `render`).
    var scope: Scope?

    var outputFolder: URL { configuration.outputFolder }
    var checkOnly: Bool { configuration.checkOnly }

    /// The run options, with a progress line when stderr is a terminal. `NBRUN_PROGRESS_DELAY` (seconds, for tests
    /// only) replaces the 1 s a cell runs before its epochs are shown.
    private var runOptions: RunOptions {
        var options = configuration.runOptions
        options.cacheFolder = configuration.useCache && !checkOnly ? scope?.cacheFolder : nil
        options.courseRoot = scope?.root.folder
        if let text = ProcessInfo.processInfo.environment["NBRUN_PROGRESS_DELAY"] {
            if let seconds = Double(text), seconds >= 0, seconds < 1e9 {
                options.progressDelay = UInt64(seconds * 1e9)
            } else {
                printError("nbrun: warning: NBRUN_PROGRESS_DELAY must be a number of seconds from 0 to 1e9, not '\(text)'; the delay stays 1 s")
            }
        }
        if isatty(2) == 1 {
            options.progress = { note in FileHandle.standardError.write(Data("\r\u{1B}[Knbrun: running \(note)…".utf8)) }
        }
        return options
    }

    /// Renders `inputs` and returns SPEC's exit status: success, `.cellFailed`, `.writeFailed` or `.badInput`. A
    /// file is rendered alone (plain layout); a folder is published as a course (`index.html`, chapter navigation).
    /// An output folder that cannot hold the reports, or a `--cache-dir` inside it, is bad usage, reported before
    /// anything runs.
    func run(inputs: [String]) -> ExitCode {
        if !checkOnly {
            let output = OutputFolder(url: outputFolder)
            if let problem = output.problem {
                printError("nbrun: error: cannot use \(outputFolder.relativePath) as the output folder: \(problem)")
                return .badInput
            }
            if let problem = cacheDirectoryProblem {
                printError("nbrun: error: cannot use \(configuration.cacheDirectory?.relativePath ?? "") as the cache folder: \(problem)")
                return .badInput
            }
        }
        return render(inputs)
    }

    /// Renders each input (see `run`), each in its own scope, then tidies the output folder after it.
    private func render(_ inputs: [String]) -> ExitCode {
        var status = ExitCode.success
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                printError("nbrun: error: no such file or folder: \(input)")
                status = .badInput
                continue
            }
            guard let driver = scoped(for: input, isDirectory: isDirectory.boolValue) else {
                printError("nbrun: error: cannot reach the folder of \(input)")
                status = .badInput
                continue
            }
            let outcome = isDirectory.boolValue ? driver.runCourse(folder: input) : driver.runFile(input)
            status = worse(status, worse(outcome, driver.finish(input, outcome: outcome)))
        }
        return status
    }

    /// The more serious of two exit statuses (bad input over a failed cell over success).
    func worse(_ a: ExitCode, _ b: ExitCode) -> ExitCode {
        if a == .badInput || b == .badInput { return .badInput }
        return a == .success ? b : a
    }

    /// One notebook on its own page; the files its prose uses are embedded (`PageFiles+Embedding`).
    private func runFile(_ file: String) -> ExitCode {
        guard let notebook = parse(file) else { return .badInput }
        var status = ExitCode.success
        var errors: [Diagnostic] = []
        var embedded: [String: String] = [:]
        if let root = scope?.root {
            let files = PageFiles.resolve(notebook, root: root, inCourse: false)
            let embedding = files.embedded(read: !checkOnly, notebook: notebook.path, input: file)
            errors = files.diagnostics + embedding.errors
            embedded = embedding.urls
        }
        var bibliographyFiles = BibliographyFiles()
        let folder = (file as NSString).deletingLastPathComponent
        let bibliography = bibliographyFile(folder: folder, root: scope?.root.folder.path ?? (folder.isEmpty ? "." : folder),
                                            files: &bibliographyFiles, status: &status)
        let siblings = siblingChapters(of: notebook, file: file)
        let check = ReferenceCheck(notebooks: siblings?.notebooks ?? [notebook], bibliography: bibliography)
        var result = execute(notebook, extraErrors: errors + check.diagnostics(for: notebook.path))
        result.embeddedFiles = embedded
        status = worse(status, self.status(of: result))
        let references = siblings.map { PageReferences(table: $0.table, bibliography: Self.entries(bibliography), page: name(of: file)) }
            ?? PageReferences(single: result, page: name(of: file), bibliography: Self.entries(bibliography))
        let notebookFolder = URL(fileURLWithPath: file).deletingLastPathComponent()
        if !checkOnly {
            let written = write(result, name: name(of: file), navigation: nil, into: outputFolder, references: references)
            let support = !writesPythonExports || writeExportSupport([(result, notebookFolder)], into: outputFolder)
            if !(support && written) { status = worse(status, .writeFailed) }
        }
        return status
    }

    /// `.cellFailed` when `result` has an error and `--allow-errors` was not given.
    func status(of result: NotebookResult) -> ExitCode {
        result.hasErrors && !configuration.allowErrors ? .cellFailed : .success
    }

    func name(of file: String) -> String { NotebookFileName.baseName(of: file) }

    /// The parsed notebook, or nil (with the error printed) when it cannot be read (exit status 2); anything but a
    /// regular file (a FIFO, a device) is refused, not read.
    func parse(_ file: String) -> Notebook? {
        let data: Data
        do {
            data = try RegularFile.read(file)
        } catch {
            printError("nbrun: error: cannot read \(file): \(error)")
            return nil
        }
        do {
            return try NotebookParser.parse(bytes: Array(data), path: file, unsafeHTML: configuration.unsafeHTML)
        } catch let diagnostic as Diagnostic {
            printError(diagnostic.description)
        } catch {
            printError("nbrun: error: \(file): \(error)")
        }
        return nil
    }

    /// Runs `notebook`, adds `extraErrors` (broken links) to its diagnostics and prints them all.
    func execute(_ notebook: Notebook, extraErrors: [Diagnostic]) -> NotebookResult {
        let (result, lines) = executeCollecting(notebook, extraErrors: extraErrors)
        printLines(lines)
        return result
    }

    /// Prints a notebook's stderr lines, after clearing the progress line on a terminal.
    func printLines(_ lines: [String]) {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for line in lines { printError(line) }
    }

    /// Runs `notebook` with `extraErrors` (broken links) added to its diagnostics; the result and the stderr lines
    /// to print for it (diagnostics, and on a terminal the cache summary and time taken).
    func executeCollecting(_ notebook: Notebook, extraErrors: [Diagnostic]) -> (NotebookResult, [String]) {
        let started = Date()
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        var statistics = CacheStatistics()
        var result = NotebookRunner.run(notebook, folder: folder, options: runOptions, statistics: &statistics)
        if !extraErrors.isEmpty {
            result.diagnostics = Diagnostic.inDocumentOrder(result.diagnostics + extraErrors)
        }
        var lines: [String] = []
        if isTerminal, runOptions.cacheFolder != nil, let summary = statistics.summary { lines.append("nbrun: \(notebook.path): \(summary)") }
        lines += result.diagnostics.map(\.description)
        if isTerminal { lines.append("nbrun: \(notebook.path): done in \(String(format: "%.2f", Date().timeIntervalSince(started))) s") }
        if checkOnly, !result.hasErrors {
            let cells = notebook.cells.filter { if case .config = $0.kind { return true } else { return false } }.count
            lines.append("nbrun: \(notebook.path): ok, \(cells) config \(cells == 1 ? "cell" : "cells") checked, no errors")
        }
        return (result, lines)
    }

    /// Writes every requested format of `result` as `name` in `folder`; HTML with the course navigation, if any, and
    /// the numbers of the course's labels and its bibliography (`references`). (The Python exports' runtime and
    /// data: `writeExportSupport`.) False when a file could not be written (printed; the other formats are still
    /// written). `formats` replaces the requested ones (a course chapter's `.py` and `.ipynb` are its downloads,
    /// `Driver+Site.swift`).
    func write(_ result: NotebookResult, name: String, navigation: ChapterNavigation?, into folder: URL,
               formats: [OutputFormat]? = nil, references: PageReferences? = nil) -> Bool {
        var written = true
        for format in formats ?? configuration.formats.formats {
            let text = switch format {
            case .html: HTMLReport.render(result, navigation: navigation, references: references)
            case .slides: SlideDeck.render(result, references: references, assetPrefix: navigation?.assetPrefix,
                                           page: navigation.map { _ in name + ".html" })
            default: Self.render(result, as: format, references: references)
            }
            written = writeFile(Data(text.utf8), to: folder.appendingPathComponent(name + format.fileExtension)) && written
        }
        return written
    }

    /// Writes `data` to `url` atomically; false, with `cannot write PATH: REASON` printed, when it fails (the file
    /// that was there, if any, is left as it was).
    /// Every file written is recorded in the scope (the output manifest lists it).
    func writeFile(_ data: Data, to url: URL) -> Bool {
        do {
            try AtomicFile.write(data, to: url)
            scope?.written.record(url, data: data, written: true)
            return true
        } catch {
            scope?.written.record(url, data: data, written: false)
            printError("nbrun: error: cannot write \(error)")
            return false
        }
    }

    /// The file contents of `result` in `format`.
    static func render(_ result: NotebookResult, as format: OutputFormat, references: PageReferences? = nil) -> String {
        switch format {
        case .html: return HTMLReport.render(result, references: references)
        case .json: return ResultsJSON.render(result)
        case .ipynb: return IPyNBWriter.render(result, references: references)
        case .py: return PythonExport(result).program()
        case .slides: return SlideDeck.render(result, references: references)
        }
    }

    var isTerminal: Bool { isatty(2) == 1 }
}

/// Writes to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
