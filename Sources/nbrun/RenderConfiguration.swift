import Foundation
import Runner

/// Everything one `nbrun` invocation was asked to do, passed as one value from the command to the driver.
struct RenderConfiguration {
    /// Notebook files or folders, as given.
    var inputs: [String]
    /// The output folder (`-o`).
    var outputFolder: URL
    /// What to write per notebook (`--to`).
    var formats: OutputFormats
    /// Front-matter parameter overrides (`-p`), in order.
    var overrides: [ParameterOverride]
    /// Exit 0 even when a cell failed (`--allow-errors`).
    var allowErrors: Bool
    /// Keep raw HTML in prose (`--unsafe-html`).
    var unsafeHTML: Bool
    /// Validate every block, train nothing, write nothing (`--check`).
    var checkOnly: Bool
    /// Per-cell time limit in seconds (`--timeout`).
    var timeout: Double
    /// Read and write results in the cache (off with `--no-cache`; never with `--check`).
    var useCache: Bool
    /// `--cache-dir`: the cache folder instead of `.nbrun-cache` in the course (or notebook) folder.
    var cacheDirectory: URL?
    /// Replaces every notebook's front-matter seed (`--seed`).
    var seed: UInt64?

    /// The runner's options: overrides, check mode, time limit (the cache folder and course root are the
    /// driver's, per input).
    var runOptions: RunOptions {
        var options = RunOptions(overrides: overrides.map { ($0.name, $0.value) }, checkOnly: checkOnly, timeout: timeout)
        options.seed = seed
        return options
    }
}
