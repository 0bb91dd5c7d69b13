/// Why an inline value has nothing to show when the run it reads failed (or is a member of a sweep that failed):
/// not an error of its own, but one more thing that depends on that failure (`FailureCascade`).
struct FailedDependency: Error {
    /// The failed run (or sweep) the value reads.
    var run: String
    /// Lower-case message, e.g. `'lrs[0.01]' is a member of the failed sweep 'lrs'`.
    var message: String
    /// Help, if any.
    var hint: String?
}
