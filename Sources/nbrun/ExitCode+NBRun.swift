import ArgumentParser

/// The exit statuses of SPEC.md.
extension ExitCode {
    /// 1: a cell failed (the report is still written); `--allow-errors` turns this into 0.
    static let cellFailed = ExitCode(1)
    /// 2: bad usage or an unreadable notebook (nothing is written for it).
    static let badInput = ExitCode(2)
}
