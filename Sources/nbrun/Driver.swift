import Foundation
import Notebook
import Report
import Runner

/// Finds notebooks, runs them, writes the reports and prints diagnostics.
struct Driver {
    let outputFolder: URL
    let formats: [String]
    let allowErrors: Bool
    let unsafeHTML: Bool
    let checkOnly: Bool
    /// Read and write results in `OUTPUT/.nbrun-cache` (off with --no-cache; never with --check).
    let useCache: Bool
    let options: RunOptions

    /// The run options with the cache folder inside the output folder, when the cache is on.
    private var runOptions: RunOptions {
        var options = options
        options.cacheFolder = useCache && !checkOnly ? outputFolder.appendingPathComponent(".nbrun-cache", isDirectory: true) : nil
        if isatty(2) == 1 {
            options.progress = { note in FileHandle.standardError.write(Data("\r\u{1B}[Knbrun: running \(note)…".utf8)) }
        }
        return options
    }

    func run(inputs: [String]) -> Int32 {
        var status: Int32 = 0
        var files: [String] = []
        for input in inputs {
            switch collect(input) {
            case let .success(found): files += found
            case let .failure(message):
                printError("nbrun: error: \(message)")
                status = 2
            }
        }
        var rendered: [(file: String, result: NotebookResult)] = []
        for file in files {
            let started = Date()
            guard let result = process(file) else { status = 2; continue }
            rendered.append((file, result))
            if result.hasErrors, !allowErrors { status = max(status, 1) }
            if isTerminal { printError("nbrun: \(file): done in \(String(format: "%.2f", Date().timeIntervalSince(started))) s") }
        }
        if !checkOnly, rendered.count > 1, formats.contains("html") {
            do {
                try AtomicFile.write(IndexPage.render(rendered.map { ($0.result, name(of: $0.file)) }), to: outputFolder.appendingPathComponent("index.html"))
            } catch {
                printError("nbrun: error: cannot write index.html: \(error.localizedDescription)")
                status = 2
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
            notebook = try NotebookParser.parse(bytes: Array(data), path: file, unsafeHTML: unsafeHTML)
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
        if !checkOnly { write(result, name: name(of: file)) }
        return result
    }

    private func write(_ result: NotebookResult, name: String) {
        do {
            if formats.contains("html") {
                try AtomicFile.write(HTMLReport.render(result), to: outputFolder.appendingPathComponent(name + ".html"))
            }
            if formats.contains("json") {
                try AtomicFile.write(ResultsJSON.render(result), to: outputFolder.appendingPathComponent(name + ".json"))
            }
            if formats.contains("ipynb") {
                try AtomicFile.write(IPyNBWriter.render(result), to: outputFolder.appendingPathComponent(name + ".ipynb"))
            }
        } catch {
            printError("nbrun: error: cannot write to \(outputFolder.path): \(error.localizedDescription)")
        }
    }

    private var isTerminal: Bool { isatty(2) == 1 }
}

/// Writes to stderr.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
