import ArgumentParser
import Foundation

/// The `nbrun` command: render Markdown notebooks with training experiments into self-contained reports.
@main
struct NBRun: ParsableCommand {
    /// The version `--version` prints.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run the training experiments in Markdown notebooks and render self-contained HTML reports.",
        discussion: """
        Exit status: 0 all cells ran; 1 a cell failed (report still written; --allow-errors makes this 0) or a \
        file could not be written; 2 bad usage (such as an output folder that is a file) or an unreadable input \
        (nothing written for it).
        """,
        version: "nbrun \(version)")

    @Argument(help: "Notebook files (*.md) or folders of notebooks.")
    var inputs: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String = "output"

    @Option(name: .customLong("to"),
            help: ArgumentHelp("Comma-separated output formats: html, json, ipynb, py, slides.", valueName: "formats"))
    var formats = OutputFormats([.html])

    @Option(name: [.customShort("p"), .customLong("param")],
            help: ArgumentHelp("Override a front-matter parameter, written name=value (repeatable).", valueName: "name=value"))
    var overrides: [ParameterOverride] = []

    @Option(help: ArgumentHelp("Rerun the page with another front-matter seed (the default seed of every run).", valueName: "n"))
    var seed: UInt32?

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

    @Flag(help: "Render, serve the output folder on 127.0.0.1, re-render on every change and reload open pages (Ctrl-C stops).")
    var serve = false

    @Option(help: "The port --serve listens on.")
    var port: Int = 8000

    @Flag(help: "Neither read nor write the result cache.")
    var noCache = false

    @Option(help: ArgumentHelp("Keep the result cache in this folder (default: .nbrun-cache in the course or notebook folder).",
                               valueName: "folder"))
    var cacheDir: String?

    mutating func validate() throws {
        if inputs.isEmpty { throw ValidationError("give a notebook file or folder, e.g. nbrun notebooks/gd.md") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
        if watch || serve, check { throw ValidationError("--\(serve ? "serve" : "watch") and --check cannot be combined") }
        if !(1...65535).contains(port) { throw ValidationError("--port must be between 1 and 65535") }
        if noCache, cacheDir != nil { throw ValidationError("--cache-dir and --no-cache cannot be combined") }
        if cacheDir?.isEmpty == true { throw ValidationError("--cache-dir needs a folder") }
    }

    /// The one configuration object handed to the driver.
    var renderConfiguration: RenderConfiguration {
        RenderConfiguration(inputs: inputs, outputFolder: URL(fileURLWithPath: output), formats: formats,
                            overrides: overrides, allowErrors: allowErrors, unsafeHTML: unsafeHTML, checkOnly: check,
                            timeout: timeout, useCache: !noCache, cacheDirectory: cacheDir.map { URL(fileURLWithPath: $0, isDirectory: true) },
                            seed: seed.map(UInt64.init))
    }

    /// Renders every input; throws `ExitCode.cellFailed`, `.writeFailed` or `.badInput` when SPEC's exit status is not 0.
    func run() throws {
        let driver = Driver(configuration: renderConfiguration)
        if serve { Self.serve(driver, port: UInt16(port)) }
        if watch { Watcher(driver: driver).run() }
        let status = driver.run(inputs: inputs)
        if status != .success { throw status }
    }

    /// argument-parser's `main()`, except that a write over the file-size limit is an error rather than a signal, and bad usage exits with SPEC's status 2 instead of argument-parser's
    /// 64 (`EX_USAGE`), and its message reads `nbrun: error: …` like every other error of nbrun.
    static func main() {
        // A file over the size limit (`ulimit -f`) then fails to write with an error, reported and exit 1, instead
        // of SIGXFSZ killing nbrun midway.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let status = exitCode(for: error)
            guard status == .validationFailure else { exit(withError: error) }
            // argument-parser's text: "Error: MESSAGE", an optional "Help:" line for the option, then the usage.
            let text = fullMessage(for: error)
            let body = text.hasPrefix("Error: ") ? String(text.dropFirst("Error: ".count)) : text
            FileHandle.standardError.write(Data(("nbrun: error: " + body + "\n").utf8))
            Foundation.exit(ExitCode.badInput.rawValue)
        }
    }
}
