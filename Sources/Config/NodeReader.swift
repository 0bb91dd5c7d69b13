import Notebook

/// Typed reads from `YAMLNode`s that fail with located diagnostics naming the key and the allowed values.
struct NodeReader {
    /// Notebook path for diagnostics.
    let path: String

    func error(_ message: String, at node: YAMLNode, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: node.location, file: path, hint: hint)
    }

    /// The mapping entries of `node`, after checking every key is in `allowed`.
    func entries(_ node: YAMLNode, of key: String, allowed: [String]) throws -> [YAMLNode.Entry] {
        guard let entries = node.entries else {
            throw error("'\(key)' must be a mapping, not \(node.kindDescription)", at: node,
                        hint: "allowed keys: " + allowed.joined(separator: ", "))
        }
        for entry in entries where !allowed.contains(entry.key) {
            throw Diagnostic(.error, "unknown key '\(entry.key)' in '\(key)'", at: entry.keyLocation, file: path,
                             hint: Self.synonymHint(entry.key, in: key, allowed: allowed) ?? Suggestion.hint(for: entry.key, in: allowed))
        }
        return entries
    }

    /// Names other libraries use for nbrun's keys, with what to write instead.
    static let synonyms: [String: String] = ["learning_rate": "lr", "eta": "lr", "step_size": "lr", "max_epochs": "epochs",
                                             "n_epochs": "epochs", "iterations": "steps", "max_iter": "epochs", "tol": "tolerance",
                                             "mu": "momentum", "betas": "beta1", "weight_decay": "l2", "lambda": "l2"]

    /// A hint for a key written as another library names it (`learning_rate` → `lr`; scikit-learn's `alpha`).
    static func synonymHint(_ key: String, in parent: String, allowed: [String]) -> String? {
        if key == "alpha", parent == "regularization" {
            return "nbrun scales penalties per sample: scikit-learn's Ridge(alpha) is l2 = alpha/N, Lasso(alpha) is l1 = 2·alpha"
        }
        guard let name = synonyms[key], allowed.contains(name) else { return nil }
        return "did you mean '\(name)'?"
    }

    func string(_ node: YAMLNode, key: String) throws -> String {
        guard let text = node.scalar else { throw error("'\(key)' must be a text value, not \(node.kindDescription)", at: node) }
        return text
    }

    func choice(_ node: YAMLNode, key: String, from allowed: [String]) throws -> String {
        let text = try string(node, key: key)
        guard allowed.contains(text) else {
            throw error("unknown \(key) '\(text)'", at: node, hint: Suggestion.hint(for: text, in: allowed))
        }
        return text
    }

    func double(_ node: YAMLNode, key: String, range: ClosedRange<Double>? = nil, exclusiveLow: Double? = nil,
                exclusiveHigh: Double? = nil) throws -> Double {
        guard let text = node.scalar, case .scalar(_, false) = node.value, let value = Double(text), value.isFinite else {
            throw error("'\(key)' must be a number, not \(node.kindDescription)", at: node, hint: rangeText(range, exclusiveLow, exclusiveHigh))
        }
        let outside = (range.map { !$0.contains(value) } ?? false) || (exclusiveLow.map { value <= $0 } ?? false)
            || (exclusiveHigh.map { value >= $0 } ?? false)
        if outside {
            throw error("'\(key)' is \(text), out of range", at: node, hint: rangeText(range, exclusiveLow, exclusiveHigh))
        }
        return value
    }

    private func rangeText(_ range: ClosedRange<Double>?, _ low: Double?, _ high: Double?) -> String? {
        switch (range, low, high) {
        case let (range?, nil, nil): return "allowed: \(fmt(range.lowerBound)) ≤ \(key2) ≤ \(fmt(range.upperBound))"
        case let (nil, low?, nil): return "allowed: a number > \(fmt(low))"
        case let (nil, low?, high?): return "allowed: \(fmt(low)) < value < \(fmt(high))"
        case let (nil, nil, high?): return "allowed: a number < \(fmt(high))"
        case let (range?, nil, high?): return "allowed: \(fmt(range.lowerBound)) ≤ value < \(fmt(high))"
        default: return nil
        }
    }

    private var key2: String { "value" }

    private func fmt(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    func int(_ node: YAMLNode, key: String, range: ClosedRange<Int>) throws -> Int {
        let hint = "allowed: a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let text = node.scalar, case .scalar(_, false) = node.value else {
            throw error("'\(key)' must be a whole number, not \(node.kindDescription)", at: node, hint: hint)
        }
        guard let value = Int(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil }) else {
            throw error("'\(key)' must be a whole number, not '\(text)'", at: node, hint: hint)
        }
        guard range.contains(value) else { throw error("'\(key)' is \(value), out of range", at: node, hint: hint) }
        return value
    }

    func bool(_ node: YAMLNode, key: String) throws -> Bool {
        switch node.scalar.map({ $0.lowercased() }) {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("'\(key)' must be true or false, not \(node.kindDescription)", at: node)
        }
    }

    func list(_ node: YAMLNode, key: String) throws -> [YAMLNode] {
        if let items = node.items { return items }
        if node.scalar != nil { return [node] }
        throw error("'\(key)' must be a list, not \(node.kindDescription)", at: node)
    }

    func doubles(_ node: YAMLNode, key: String) throws -> [Double] {
        try list(node, key: key).map { try double($0, key: key) }
    }
}
