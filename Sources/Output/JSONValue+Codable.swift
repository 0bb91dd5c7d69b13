/// `Codable` for `JSONValue` that keeps object keys in order and tells integers from numbers.
///
/// Each value is encoded as a one-element tagged list (`["i", 3]`, `["n", 0.5]`, `["s", "text"]`, `["b", true]`,
/// `["a", [...]]`, `["o", [[key, value], ...]]`, `["null"]`), so the round trip is exact whatever the encoder does
/// with dictionary order or number formatting. Used by the result cache, never for the report's JSON.
extension JSONValue: Codable {
    private enum Tag: String, Codable {
        case null, bool = "b", int = "i", number = "n", string = "s", array = "a", object = "o"
    }

    /// Decodes a tagged value written by `encode(to:)`.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        switch try container.decode(Tag.self) {
        case .null: self = .null
        case .bool: self = .bool(try container.decode(Bool.self))
        case .int: self = .int(try container.decode(Int.self))
        case .number: self = .number(try container.decode(Double.self))
        case .string: self = .string(try container.decode(String.self))
        case .array: self = .array(try container.decode([JSONValue].self))
        case .object: self = .object(try container.decode([Pair].self).map { ($0.key, $0.value) })
        }
    }

    /// Encodes the value as a tagged list.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        switch self {
        case .null: try container.encode(Tag.null)
        case let .bool(flag): try container.encode(Tag.bool); try container.encode(flag)
        case let .int(number): try container.encode(Tag.int); try container.encode(number)
        case let .number(number): try container.encode(Tag.number); try container.encode(number)
        case let .string(text): try container.encode(Tag.string); try container.encode(text)
        case let .array(items): try container.encode(Tag.array); try container.encode(items)
        case let .object(pairs): try container.encode(Tag.object); try container.encode(pairs.map { Pair(key: $0.0, value: $0.1) })
        }
    }

    /// One object entry, encoded as `[key, value]`.
    private struct Pair: Codable {
        let key: String
        let value: JSONValue

        init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }

        init(from decoder: Decoder) throws {
            var container = try decoder.unkeyedContainer()
            key = try container.decode(String.self)
            value = try container.decode(JSONValue.self)
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode(key)
            try container.encode(value)
        }
    }
}
