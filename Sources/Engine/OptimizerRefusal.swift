/// Why an optimizer cannot handle a run, and what to use instead.
public struct OptimizerRefusal: Error, Equatable, Sendable {
    /// The reason.
    public var message: String
    /// The alternative.
    public var hint: String

    /// Creates a refusal.
    public init(message: String, hint: String) {
        self.message = message
        self.hint = hint
    }
}
