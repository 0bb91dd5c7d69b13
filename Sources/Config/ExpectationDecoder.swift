import Notebook
import Results

/// Decodes an `expect:` mapping into `Expectation`s, each located at its key.
struct ExpectationDecoder {
    let reader: NodeReader

    /// The operators a condition mapping may use.
    static let operators = ["<", "<=", ">", ">=", "==", "!="]

    func decode(_ node: YAMLNode) throws -> [Expectation] {
        guard let entries = node.entries, !entries.isEmpty else {
            throw reader.error("'expect' maps result paths to what they must be, e.g. {status: converged}", at: node)
        }
        return try entries.map(decode)
    }

    private func decode(_ entry: YAMLNode.Entry) throws -> Expectation {
        var key = Substring(entry.key)
        var member: String?
        if key.hasPrefix("["), let close = key.firstIndex(of: "]") {
            member = String(key[...close])
            key = key[key.index(after: close)...].drop { $0 == "." }
        }
        let path: [ValueReference.Step]
        switch ValueReference.parsePath(String(key)) {
        case let .success(steps): path = steps
        case let .failure(error):
            throw Diagnostic(.error, "expect key '\(entry.key)': \(error.message)", at: entry.keyLocation, file: reader.path, hint: error.hint)
        }
        guard case let .key(first)? = path.first, RunResult.jsonKeys.contains(first) else {
            throw Diagnostic(.error, "expect key '\(entry.key)' does not start with a result key", at: entry.keyLocation, file: reader.path,
                             hint: Suggestion.hint(for: String(key.prefix { $0 != "." && $0 != "[" }), in: RunResult.jsonKeys))
        }
        if first == "status_line" {
            throw Diagnostic(.error, "expect key 'status_line' names the status sentence, which is written in the page's language",
                             at: entry.keyLocation, file: reader.path,
                             hint: "expect the facts instead: status (converged, early_stopped, …), epochs or best_epoch")
        }
        if first == "history", path.count > 1, case let .key(column) = path[1], !RunResult.historyColumns.contains(column) {
            throw Diagnostic(.error, "a history has no column '\(column)'", at: entry.keyLocation, file: reader.path,
                             hint: Suggestion.hint(for: column, in: RunResult.historyColumns))
        }
        return Expectation(member: member, path: path, pathText: String(key), conditions: try conditions(entry.value),
                           location: entry.keyLocation)
    }

    private func conditions(_ node: YAMLNode) throws -> [Expectation.Condition] {
        switch node.value {
        case let .scalar(text, quoted):
            if !quoted, let number = Double(text) { return [.number(number)] }
            if !quoted, text == "true" || text == "false" { return [.flag(text == "true")] }
            return [.text(text)]
        case let .mapping(entries):
            return try mappingConditions(entries, node: node)
        default:
            throw reader.error("an expectation is a value, a comparison like {\">\": 0.5}, or {approx: 1.0, rel: 0.05}", at: node)
        }
    }

    private func mappingConditions(_ entries: [YAMLNode.Entry], node: YAMLNode) throws -> [Expectation.Condition] {
        var result: [Expectation.Condition] = []
        var approx: Double?, rel = 0.0, abs = 0.0
        for entry in entries {
            switch entry.key {
            case let operation where Self.operators.contains(operation):
                result.append(.compare(operation, try reader.double(entry.value, key: operation)))
            case "approx": approx = try reader.double(entry.value, key: "approx")
            case "rel": rel = try reader.double(entry.value, key: "rel", range: 0...1e12)
            case "abs": abs = try reader.double(entry.value, key: "abs", range: 0...1e300)
            default:
                throw Diagnostic(.error, "unknown comparison '\(entry.key)'", at: entry.keyLocation, file: reader.path,
                                 hint: Suggestion.hint(for: entry.key, in: Self.operators + ["approx", "rel", "abs"]))
            }
        }
        if let approx {
            guard rel > 0 || abs > 0 else {
                throw reader.error("'approx' needs a tolerance: rel: (relative) or abs: (absolute)", at: node, hint: "e.g. {approx: 1.0, rel: 0.05}")
            }
            result.append(.approx(approx, rel: rel, abs: abs))
        } else if rel > 0 || abs > 0 {
            throw reader.error("'rel' and 'abs' go with 'approx'", at: node, hint: "e.g. {approx: 1.0, abs: 0.01}")
        }
        guard !result.isEmpty else { throw reader.error("an empty comparison checks nothing", at: node) }
        return result
    }
}
