import Config
import Engine
import Notebook

/// A config cell's time budget (`--timeout`): the deadline shared by every run of the cell, and its error.
struct TimeLimit {
    /// The limit in seconds, as given.
    let seconds: Double
    /// When the cell's budget runs out (`nil`: too far away to matter).
    let deadline: Deadline?

    /// A budget of `seconds` starting now.
    init(seconds: Double) {
        self.seconds = seconds
        deadline = Deadline.after(seconds: seconds)
    }

    /// The located error for a run of `spec` stopped after `done` of its `spec.epochs` epochs (or steps).
    func exceeded(_ spec: RunSpec, done: Int, unit: String, path: String) -> Diagnostic {
        Diagnostic(.error, "cell exceeded the time limit of \(ResultFormat.number(seconds)) s (at \(unit) \(done) of \(spec.epochs))",
                   at: spec.location, file: path, hint: "raise --timeout, or lower epochs/n")
    }
}
