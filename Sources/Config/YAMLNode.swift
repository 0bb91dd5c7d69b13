import Notebook

/// A YAML value with the document location of each node, converted from Yams' tree.
///
/// Mappings keep their key order; keys are plain strings.
public struct YAMLNode: Sendable, Equatable {
    /// The value.
    public indirect enum Value: Sendable, Equatable {
        /// A scalar as written; `quoted` when it was in quotes (then it is always a string).
        case scalar(String, quoted: Bool)
        /// Key–value pairs in document order.
        case mapping([Entry])
        /// Items in order.
        case sequence([YAMLNode])
        /// `~`, `null` or nothing.
        case null
    }

    /// One key–value pair of a mapping.
    public struct Entry: Sendable, Equatable {
        /// The key text.
        public var key: String
        /// Where the key is.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: YAMLNode

        /// Creates an entry.
        public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The value.
    public var value: Value
    /// Document location of the node's first character.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The scalar text, if this is a scalar.
    public var scalar: String? {
        if case let .scalar(text, _) = value { return text }
        return nil
    }

    /// The entries, if this is a mapping.
    public var entries: [Entry]? {
        if case let .mapping(entries) = value { return entries }
        return nil
    }

    /// The items, if this is a sequence.
    public var items: [YAMLNode]? {
        if case let .sequence(items) = value { return items }
        return nil
    }

    /// The value for `key` in a mapping.
    public subscript(key: String) -> YAMLNode? {
        entries?.first { $0.key == key }?.value
    }

    /// A short description of the node's kind for error messages.
    public var kindDescription: String {
        switch value {
        case let .scalar(text, _): return "'\(text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .null: return "nothing"
        }
    }

    /// The node as YAML-like text for display (flow style, keys in order).
    public var flowText: String {
        switch value {
        case let .scalar(text, quoted): return quoted ? "\"\(text)\"" : text
        case .null: return "null"
        case let .sequence(items): return "[" + items.map(\.flowText).joined(separator: ", ") + "]"
        case let .mapping(entries): return "{" + entries.map { "\($0.key): \($0.value.flowText)" }.joined(separator: ", ") + "}"
        }
    }
}
