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
    /// The failed run (or formula) this error follows from, when it is only a consequence of that failure: such an
    /// error is not reported on its own but counted in one note under the failure's own error.
    public var dependsOn: Dependency?

    /// What a dependent error depends on.
    public enum Dependency: Hashable, Sendable, Codable {
        /// A run, a sweep member (`lrs[0.1]`) or a sweep, by name.
        case run(String)
        /// A formula block, by name.
        case formula(String)

        /// The name.
        public var name: String {
            switch self {
            case let .run(name), let .formula(name): return name
            }
        }

        /// The config block that holds the run: a sweep member's block is its sweep (`lrs[0.1]` → `lrs`); nil for a
        /// formula.
        public var block: String? {
            guard case let .run(name) = self else { return nil }
            if let bracket = name.firstIndex(of: "["), name.hasSuffix("]") { return String(name[..<bracket]) }
            return name
        }
    }

    /// Creates a diagnostic.
    public init(_ severity: Severity = .error, _ message: String, at location: SourceLocation?, file: String = "", hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
        self.file = file
    }

    /// A consequence of the failure of `dependency`, which the runner folds into one note under that failure's error.
    public static func dependent(on dependency: Dependency, _ message: String, at location: SourceLocation?, file: String = "",
                                 hint: String? = nil) -> Diagnostic {
        var diagnostic = Diagnostic(.error, message, at: location, file: file, hint: hint)
        diagnostic.dependsOn = dependency
        return diagnostic
    }

    /// `diagnostics` in document order: by location (file-wide ones first), keeping the given order among those at
    /// the same place, so a note stays under the error it belongs to.
    public static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let origin = SourceLocation(line: 0, column: 0)
        return diagnostics.enumerated().sorted { first, second in
            let (a, b) = (first.element.location ?? origin, second.element.location ?? origin)
            return a == b ? first.offset < second.offset : a < b
        }.map(\.element)
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
