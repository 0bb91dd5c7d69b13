import ArgumentParser

/// The exit statuses (docs/command-line.md, "Exit status and errors").
extension ExitCode {
    /// 1: a cell failed (the report is still written); `--allow-errors` turns this into 0.
    static let cellFailed = ExitCode(1)
    /// 1: a report, page or shared file could not be written (the previous file, if any, is left as it was);
    /// `--allow-errors` does not change it.
    static let writeFailed = ExitCode(1)
    /// 2: bad usage (such as an output folder that is a file) or an unreadable notebook (nothing is written for it).
    static let badInput = ExitCode(2)
}
