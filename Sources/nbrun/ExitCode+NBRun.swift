import ArgumentParser

/// The exit statuses (docs/command-line.md, "Exit status and errors").
extension ExitCode {
    /// 1: a cell failed (the report is still written); `--allow-errors` turns this into 0.
    static let cellFailed = ExitCode(1)
    /// 2: bad usage or an unreadable notebook (nothing is written for it).
    static let badInput = ExitCode(2)
}
