import ArgumentParser
import Foundation
import Notebook
import Report
import Runner

/// The `nbrun` command: render Markdown notebooks with training experiments into self-contained reports.
struct NBRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run the training experiments in Markdown notebooks and render self-contained HTML reports.",
        discussion: """
        Exit status: 0 all cells ran; 1 a cell failed (report still written; --allow-errors makes this 0); \
        2 bad usage or an unreadable input (nothing written for it).
        """)

    @Argument(help: "Notebook files (*.md) or folders of notebooks.")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "output"

    @Option(name: .customLong("to"), help: "Comma-separated formats: html, json, ipynb.")
    var formats: String = "html"

    @Option(name: [.short, .customLong("param")], help: "Override a front-matter parameter: -p name=value (repeatable).")
    var params: [String] = []

    @Flag(help: "Exit with status 0 even when a cell failed.")
    var allowErrors = false

    @Flag(help: "Keep raw HTML in prose instead of escaping it.")
    var unsafeHTML = false

    @Flag(help: "Validate every block, train nothing, write nothing.")
    var check = false

    @Option(help: "Time limit per cell in seconds.")
    var timeout: Double = 300

    @Flag(help: "After rendering, watch the notebooks' folders and re-render on every change until interrupted.")
    var watch = false

    @Flag(help: "Neither read nor write the result cache (OUTPUT/.nbrun-cache).")
    var noCache = false

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("give a notebook file or folder, e.g. nbrun notebooks/gd.md") }
        for format in formatList where !["html", "json", "ipynb"].contains(format) {
            throw ValidationError("unknown output format '\(format)' in --to; use html, json and/or ipynb")
        }
        for param in params where !param.contains("=") || param.hasPrefix("=") {
            throw ValidationError("-p expects name=value, got '\(param)'")
        }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if watch, check { throw ValidationError("--watch and --check cannot be combined") }
    }

    var formatList: [String] {
        formats.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    var overrides: [(String, String)] {
        params.map { param in
            let parts = param.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]).trimmingCharacters(in: .whitespaces), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    /// Runs the command and returns the exit status.
    func execute() -> Int32 {
        let driver = Driver(outputFolder: URL(fileURLWithPath: output), formats: formatList, allowErrors: allowErrors,
                            unsafeHTML: unsafeHTML, checkOnly: check, useCache: !noCache,
                            options: RunOptions(overrides: overrides, checkOnly: check, timeout: timeout))
        if watch { Watcher(driver: driver, inputs: inputs).run() }
        return driver.run(inputs: inputs)
    }
}

@main
enum Main {
    static func main() {
        do {
            let command = try NBRun.parseAsRoot()
            guard let nbrun = command as? NBRun else {
                var other = command
                try other.run()
                exit(0)
            }
            exit(nbrun.execute())
        } catch {
            let code = NBRun.exitCode(for: error)
            let message = NBRun.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            FileHandle.standardError.write(Data(("nbrun: error: " + message + "\n").utf8))
            exit(2)
        }
    }
}
