import ArgumentParser
import Foundation
import Notebook
import Output
import Report
import Results
import Runner

/// Finds notebooks, runs them, writes the reports and prints diagnostics.
struct Driver {
    /// What this invocation was asked to do (`run` turns the cache off when its folder is unsafe).
    var configuration: RenderConfiguration

    var outputFolder: URL { configuration.outputFolder }
    var checkOnly: Bool { configuration.checkOnly }

    /// The run options, with a progress line when stderr is a terminal. `NBRUN_PROGRESS_DELAY` (seconds, for tests
    /// only) replaces the 1 s a cell runs before its epochs are shown.
    private var runOptions: RunOptions {
        var options = configuration.runOptions
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
    /// An output folder that cannot hold the reports is bad usage, reported before anything runs.
    func run(inputs: [String]) -> ExitCode {
        var driver = self
        if !checkOnly {
            let output = OutputFolder(url: outputFolder)
            if let problem = output.problem {
                printError("nbrun: error: cannot use \(outputFolder.relativePath) as the output folder: \(problem)")
                return .badInput
            }
            if let cache = configuration.runOptions.cacheFolder {
                let (folder, warning) = output.checkedCache(cache)
                if let warning { printError(warning) }
                if folder == nil { driver.configuration.useCache = false }
            }
        }
        return driver.render(inputs)
    }

    /// Renders each input (see `run`).
    private func render(_ inputs: [String]) -> ExitCode {
        var status = ExitCode.success
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                printError("nbrun: error: no such file or folder: \(input)")
                status = .badInput
                continue
            }
            let outcome = isDirectory.boolValue ? runCourse(folder: input) : runFile(input)
            status = worse(status, outcome)
        }
        return status
    }

    /// The more serious of two exit statuses (bad input over a failed cell over success).
    func worse(_ a: ExitCode, _ b: ExitCode) -> ExitCode {
        if a == .badInput || b == .badInput { return .badInput }
        return a == .success ? b : a
    }

    /// One notebook on its own page.
    private func runFile(_ file: String) -> ExitCode {
        guard let notebook = parse(file) else { return .badInput }
        let result = execute(notebook, extraErrors: [])
        var status = status(of: result)
        let notebookFolder = URL(fileURLWithPath: file).deletingLastPathComponent()
        if !checkOnly {
            let written = write(result, name: name(of: file), navigation: nil, into: outputFolder)
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
            let origin = SourceLocation(line: 0, column: 0)
            result.diagnostics = (result.diagnostics + extraErrors).sorted { ($0.location ?? origin) < ($1.location ?? origin) }
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

    /// Writes every requested format of `result` as `name` in `folder`; HTML with the course navigation, if any.
    /// (The Python exports' runtime and data: `writeExportSupport`.) False when a file could not be written
    /// (printed; the other formats are still written).
    func write(_ result: NotebookResult, name: String, navigation: ChapterNavigation?, into folder: URL) -> Bool {
        var written = true
        for format in configuration.formats.formats {
            let text = format == .html ? HTMLReport.render(result, navigation: navigation) : Self.render(result, as: format)
            written = writeFile(Data(text.utf8), to: folder.appendingPathComponent(name + format.fileExtension)) && written
        }
        return written
    }

    /// Writes `data` to `url` atomically; false, with `cannot write PATH: REASON` printed, when it fails (the file
    /// that was there, if any, is left as it was).
    func writeFile(_ data: Data, to url: URL) -> Bool {
        do {
            try AtomicFile.write(data, to: url)
            return true
        } catch {
            printError("nbrun: error: cannot write \(error)")
            return false
        }
    }

    /// The file contents of `result` in `format`.
    static func render(_ result: NotebookResult, as format: OutputFormat) -> String {
        switch format {
        case .html: return HTMLReport.render(result)
        case .json: return ResultsJSON.render(result)
        case .ipynb: return IPyNBWriter.render(result)
        case .py: return PythonExport(result).program()
        }
    }

    var isTerminal: Bool { isatty(2) == 1 }
}

/// Writes to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
