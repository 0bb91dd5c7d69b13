/// Errors the engine reports for bad settings or a failed evaluation; each case carries a sentence for the user.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A setting outside its valid range (e.g. a non-positive learning rate or memory).
    case invalidSetting(String)
    /// A function could not be evaluated at a point (e.g. the log of a negative number).
    case domain(String)

    /// The message without a prefix.
    public var description: String {
        switch self {
        case let .invalidSetting(message), let .domain(message): return message
        }
    }
}
