import ArgumentParser
import Foundation
import Notebook
import Report
import Runner

/// Finds notebooks, runs them, writes the reports and prints diagnostics.
struct Driver {
    /// What this invocation was asked to do.
    let configuration: RenderConfiguration

    var outputFolder: URL { configuration.outputFolder }
    private var checkOnly: Bool { configuration.checkOnly }

    /// The run options, with a progress line when stderr is a terminal.
    private var runOptions: RunOptions {
        var options = configuration.runOptions
        if isatty(2) == 1 {
            options.progress = { note in FileHandle.standardError.write(Data("\r\u{1B}[Knbrun: running \(note)…".utf8)) }
        }
        return options
    }

    /// Renders `inputs` (files or folders) and returns SPEC's exit status: success, `.cellFailed` or `.badInput`.
    func run(inputs: [String]) -> ExitCode {
        var status = ExitCode.success
        var files: [String] = []
        for input in inputs {
            switch collect(input) {
            case let .success(found): files += found
            case let .failure(message):
                printError("nbrun: error: \(message)")
                status = .badInput
            }
        }
        var rendered: [(file: String, result: NotebookResult)] = []
        for file in files {
            let started = Date()
            guard let result = process(file) else { status = .badInput; continue }
            rendered.append((file, result))
            if result.hasErrors, !configuration.allowErrors, status == .success { status = .cellFailed }
            if isTerminal { printError("nbrun: \(file): done in \(String(format: "%.2f", Date().timeIntervalSince(started))) s") }
        }
        if !checkOnly, rendered.count > 1, configuration.formats.contains(.html) {
            do {
                try AtomicFile.write(IndexPage.render(rendered.map { ($0.result, name(of: $0.file)) }), to: outputFolder.appendingPathComponent("index.html"))
            } catch {
                printError("nbrun: error: cannot write index.html: \(error.localizedDescription)")
                status = .badInput
            }
        }
        return status
    }

    private enum Collected { case success([String]), failure(String) }

    /// A file as is; a folder's `*.md` files sorted by name.
    private func collect(_ input: String) -> Collected {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            return .failure("no such file or folder: \(input)")
        }
        guard isDirectory.boolValue else { return .success([input]) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: input)) ?? []
        let notebooks = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        if notebooks.isEmpty { return .failure("no notebooks (*.md) in \(input)") }
        let base = input.hasSuffix("/") ? input : input + "/"
        return .success(notebooks.map { base + $0 })
    }

    private func name(of file: String) -> String {
        let last = file.split(separator: "/").last.map(String.init) ?? file
        return last.hasSuffix(".md") ? String(last.dropLast(3)) : last
    }

    /// Parses, runs and writes one notebook; nil when it could not be read (exit status 2).
    private func process(_ file: String) -> NotebookResult? {
        guard let data = FileManager.default.contents(atPath: file) else {
            printError("nbrun: error: cannot read \(file)")
            return nil
        }
        let notebook: Notebook
        do {
            notebook = try NotebookParser.parse(bytes: Array(data), path: file, unsafeHTML: configuration.unsafeHTML)
        } catch let diagnostic as Diagnostic {
            printError(diagnostic.description)
            return nil
        } catch {
            printError("nbrun: error: \(file): \(error)")
            return nil
        }
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        var statistics = CacheStatistics()
        let result = NotebookRunner.run(notebook, folder: folder, options: runOptions, statistics: &statistics)
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        if isTerminal, runOptions.cacheFolder != nil, let summary = statistics.summary { printError("nbrun: \(file): \(summary)") }
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        if !checkOnly { write(result, name: name(of: file), notebookFolder: folder) }
        return result
    }

    private func write(_ result: NotebookResult, name: String, notebookFolder: URL) {
        let relative = RelativePath.from(outputFolder, to: notebookFolder)
        do {
            for format in configuration.formats.formats {
                try AtomicFile.write(Self.render(result, as: format, notebookFolder: relative),
                                     to: outputFolder.appendingPathComponent(name + format.fileExtension))
            }
        } catch {
            printError("nbrun: error: cannot write to \(outputFolder.path): \(error.localizedDescription)")
        }
    }

    /// The file contents of `result` in `format`.
    /// `notebookFolder`: the notebook's folder relative to the output folder (CSV paths in the Python export).
    private static func render(_ result: NotebookResult, as format: OutputFormat, notebookFolder: String) -> String {
        switch format {
        case .html: return HTMLReport.render(result)
        case .json: return ResultsJSON.render(result)
        case .ipynb: return IPyNBWriter.render(result, notebookFolder: notebookFolder)
        case .py: return PythonExport(result, notebookFolder: notebookFolder).program()
        }
    }

    private var isTerminal: Bool { isatty(2) == 1 }
}

/// Writes to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
