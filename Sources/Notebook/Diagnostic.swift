/// A message about the input, located in the notebook file.
///
/// Printed as `path:line:col: error: message`, followed by the hint on its own line when present.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Codable {
        case error, warning, note
    }

    /// How bad the problem is.
    public var severity: Severity
    /// One-line, lower-case message without trailing period.
    public var message: String
    /// Where the problem is; `nil` when it concerns the whole file.
    public var location: SourceLocation?
    /// Optional extra help, e.g. a did-you-mean suggestion.
    public var hint: String?
    /// The file as the user named it (relative when they gave a relative path).
    public var file: String

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation?, file: String = "", hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.file = file
    }

    /// The diagnostic with its file set to `file`.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        copy.file = file
        return copy
    }

    /// `path:line:col: error: message` (without the hint).
    public var headline: String {
        var prefix = file
        if let location { prefix += ":\(location.line):\(location.column)" }
        return "\(prefix): \(severity.rawValue): \(message)"
    }

    /// The headline, then `  hint: …` when there is a hint.
    public var description: String {
        guard let hint else { return headline }
        return headline + "\n  hint: " + hint
    }
}
