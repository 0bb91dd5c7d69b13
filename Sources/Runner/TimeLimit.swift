import Config
import Engine
import Notebook

/// A config cell's time budget (`--timeout`): the deadline shared by every run of the cell, counted from before its
/// data is generated, and its error.
struct TimeLimit {
    /// The limit in seconds, as given.
    let seconds: Double
    /// When the cell's budget runs out (`nil`: too far away to matter).
    let deadline: Deadline?

    /// A budget of `seconds` starting at the present reading of `clock`.
    init(seconds: Double, clock: any MonotonicClock) {
        self.seconds = seconds
        deadline = Deadline.after(seconds: seconds, clock: clock)
    }

    /// The located error for a run of `spec` stopped after `done` of its `spec.epochs` epochs (or steps).
    func exceeded(_ spec: RunSpec, done: Int, unit: String, path: String) -> Diagnostic {
        exceeded(spec, at: "at \(unit) \(done) of \(spec.epochs)", path: path)
    }

    /// The located error for a run of `spec` stopped outside its epochs, while doing `activity` ("generating the
    /// data").
    func exceeded(_ spec: RunSpec, while activity: String, path: String) -> Diagnostic {
        exceeded(spec, at: "while \(activity)", path: path)
    }

    /// `body`'s result; a `DeadlineExceeded` it throws becomes the located error naming `activity`.
    func enforce<T>(_ spec: RunSpec, while activity: String, path: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch is DeadlineExceeded { throw exceeded(spec, while: activity, path: path) }
    }

    private func exceeded(_ spec: RunSpec, at moment: String, path: String) -> Diagnostic {
        Diagnostic(.error, "cell exceeded the time limit of \(ResultFormat.number(seconds)) s (\(moment))",
                   at: spec.location, file: path, hint: "raise --timeout, or lower epochs/n")
    }
}
