/// An inline value: a code span whose whole content is `{RUN.PATH}` or `{RUN.PATH:FORMAT}`, standing for a
/// computed value of a run (`{batch.metrics.train_loss:.3f}`, `{sweep[0.1].history.train_loss[-1]}`).
///
/// RUN is a run name as the JSON names it (sweep members keep their brackets); PATH is a dotted list of JSON
/// keys, each optionally followed by `[index]` (negative indexes count from the end); FORMAT is a Python format
/// spec (`PythonFormat`).
public struct ValueReference: Hashable, Sendable {
    /// One step into a run's JSON.
    public enum Step: Hashable, Sendable, CustomStringConvertible {
        case key(String)
        case index(Int)

        /// `.key` or `[index]`.
        public var description: String {
            switch self {
            case let .key(key): return "." + key
            case let .index(index): return "[\(index)]"
            }
        }
    }

    /// The run's name.
    public var run: String
    /// The path into the run's JSON.
    public var path: [Step]
    /// The Python format spec after `:`, if any.
    public var format: String?

    /// Creates a reference.
    public init(run: String, path: [Step], format: String? = nil) {
        self.run = run
        self.path = path
        self.format = format
    }

    /// The path as written, without the run: `metrics.train_loss`, `history.lr[-1]`.
    public var pathText: String {
        String(path.map(\.description).joined().dropFirst())
    }

    /// What a malformed reference lacks.
    public struct SyntaxError: Error, Hashable, Sendable {
        /// Lower-case message.
        public var message: String
        /// Help, if any.
        public var hint: String?
    }

    /// The reference written in a code span's `content`, nil when the span is ordinary code (not `{…}` with a
    /// run and a dotted path), or the syntax error of a malformed one.
    public static func parse(_ content: String) -> Result<ValueReference, SyntaxError>? {
        guard content.count > 2, content.first == "{", content.last == "}" else { return nil }
        let inner = content.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == "{" || $0 == "}" || $0.isWhitespace }) else { return nil }
        let (body, format) = splitFormat(inner)
        let parts = splitTopLevel(body, at: ".")
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        var steps: [Step] = []
        for part in parts.dropFirst() {
            switch parseStep(part) {
            case let .success(parsed): steps += parsed
            case let .failure(error): return .failure(error)
            }
        }
        if let format, format.isEmpty {
            return .failure(SyntaxError(message: "empty format after ':'", hint: "write a Python format such as :.3f, or drop the ':'"))
        }
        return .success(ValueReference(run: String(parts[0]), path: steps, format: format.map(String.init)))
    }

    /// The steps of a dotted path without a run (`metrics.train_r2`, `params.weights[1]`), as `expect:` keys
    /// write it.
    public static func parsePath(_ text: String) -> Result<[Step], SyntaxError> {
        var steps: [Step] = []
        for part in splitTopLevel(Substring(text), at: ".") {
            switch parseStep(part) {
            case let .success(parsed): steps += parsed
            case let .failure(error): return .failure(error)
            }
        }
        return .success(steps)
    }

    /// The text before and after the last `:` outside brackets.
    private static func splitFormat(_ text: Substring) -> (Substring, Substring?) {
        var depth = 0
        var colon: Substring.Index?
        for index in text.indices {
            switch text[index] {
            case "[": depth += 1
            case "]": depth -= 1
            case ":" where depth == 0 && colon == nil: colon = index
            default: break
            }
        }
        guard let colon else { return (text, nil) }
        return (text[..<colon], text[text.index(after: colon)...])
    }

    /// `text` split at `separator` outside brackets.
    private static func splitTopLevel(_ text: Substring, at separator: Character) -> [Substring] {
        var parts: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            let character = text[index]
            if character == "[" { depth += 1 } else if character == "]" { depth -= 1 }
            if character == separator, depth == 0 {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
        }
        parts.append(text[start...])
        return parts
    }

    /// `key`, `key[1]`, `key[-1][0]`.
    private static func parseStep(_ part: Substring) -> Result<[Step], SyntaxError> {
        let name = part.prefix { $0 != "[" }
        guard !name.isEmpty else {
            return .failure(SyntaxError(message: "empty key in the path", hint: "write RUN.KEY, e.g. {baseline.metrics.train_loss}"))
        }
        var steps: [Step] = [.key(String(name))]
        var rest = part.dropFirst(name.count)
        while !rest.isEmpty {
            guard rest.first == "[", let close = rest.firstIndex(of: "]") else {
                return .failure(SyntaxError(message: "unclosed '[' in '\(part)'", hint: "an index is written [0] or [-1]"))
            }
            let number = rest[rest.index(after: rest.startIndex)..<close]
            guard let index = Int(number) else {
                return .failure(SyntaxError(message: "index '\(number)' is not a whole number", hint: "an index is written [0] or [-1]"))
            }
            steps.append(.index(index))
            rest = rest[rest.index(after: close)...]
        }
        return .success(steps)
    }
}
