import Engine
import Foundation

/// Options that change how a notebook executes.
public struct RunOptions: Sendable {
    /// `-p name=value` overrides of front-matter params, in order.
    public var overrides: [(String, String)]
    /// Validate every block, train nothing.
    public var checkOnly: Bool
    /// `--seed N`: replaces the front-matter seed, the default of every run's random choices.
    public var seed: UInt64?
    /// Per-cell time limit in seconds.
    public var timeout: Double
    /// Where run results are cached (`.nbrun-cache` in the course root, or `--cache-dir`); `nil` disables the
    /// cache. Ignored with `checkOnly`.
    public var cacheFolder: URL?
    /// The course root, the folder data files must stay inside (a sub-course reads the course's `data/`); nil:
    /// the notebook's own folder.
    public var courseRoot: URL?
    /// Called before each config cell with a short note such as `gd.md [3/7] batch`, for a progress line.
    public var progress: (@Sendable (String) -> Void)?
    /// How long a cell runs before its epochs are shown on the progress line, in nanoseconds (1 s).
    public var progressDelay: UInt64 = 1_000_000_000
    /// The monotonic clock the time limit and the progress line read (tests inject one that advances per reading).
    public var clock: any MonotonicClock = SystemClock()

    /// Creates options.
    public init(overrides: [(String, String)] = [], checkOnly: Bool = false, timeout: Double = 300, cacheFolder: URL? = nil) {
        self.overrides = overrides
        self.checkOnly = checkOnly
        self.timeout = timeout
        self.cacheFolder = cacheFolder
    }
}
