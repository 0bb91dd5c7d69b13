import Notebook
import Output

/// Following a reference's path into a run's JSON, and formatting what it finds.
extension ValueReference {
    /// Why a path does not lead to a value.
    public struct PathError: Error, Hashable, Sendable {
        /// Lower-case message.
        public var message: String
        /// Help, if any.
        public var hint: String?

        /// Creates an error.
        public init(_ message: String, hint: String? = nil) {
            self.message = message
            self.hint = hint
        }
    }

    /// The value at the path in `run` (a run's JSON, `RunResult.json`): a number, an integer, a string or a
    /// boolean. Keys are matched exactly (with did-you-mean), negative indexes count from the end.
    public func resolve(in run: JSONValue) throws -> JSONValue {
        var current = run
        var walked = self.run
        for step in path {
            current = try self.step(step, from: current, walked: walked)
            walked += step.description
        }
        switch current {
        case let .array(items):
            throw PathError("'\(walked)' is a list of \(items.count) values, not one value", hint: "pick one with an index, e.g. \(walked)[-1] for the last")
        case let .object(pairs):
            let keys = pairs.map(\.0)
            throw PathError("'\(walked)' is a mapping, not one value",
                            hint: keys.isEmpty ? "it is empty" : "name one of its keys: \(keys.prefix(8).joined(separator: ", "))")
        case .null:
            throw PathError("'\(walked)' is not a finite number", hint: "the run produced NaN or infinity there")
        default:
            return current
        }
    }

    private func step(_ step: Step, from current: JSONValue, walked: String) throws -> JSONValue {
        switch (step, current) {
        case let (.key(key), .object(pairs)):
            guard let value = pairs.first(where: { $0.0 == key })?.1 else {
                throw PathError("'\(walked)' has no key '\(key)'", hint: Suggestion.hint(for: key, in: pairs.map(\.0)))
            }
            return value
        case let (.index(index), .array(items)):
            let position = index < 0 ? items.count + index : index
            guard items.indices.contains(position) else {
                throw PathError("index \(index) is out of range: '\(walked)' has \(items.count) entries",
                                hint: items.isEmpty ? "the list is empty" : "use 0 to \(items.count - 1), or -1 for the last")
            }
            return items[position]
        case (.key, .array):
            throw PathError("'\(walked)' is a list, so it has no key", hint: "index it, e.g. \(walked)[-1]")
        case (.index, .object):
            throw PathError("'\(walked)' is a mapping, not a list", hint: "name a key instead of an index")
        default:
            throw PathError("'\(walked)' is a single value; there is nothing inside it")
        }
    }

    /// `value` as prose shows it: numbers in the report's number format (5 significant digits) or with this
    /// reference's Python format, integers as written, text as is (the report turns a status into a word).
    ///
    /// - Throws: `PythonFormat.Failure` when the format does not apply to the value.
    public func text(of value: JSONValue) throws -> String {
        switch value {
        case let .number(number):
            guard let format else { return NumberFormat.significant(number, digits: 5) }
            return try PythonFormat(format).format(number)
        case let .int(integer):
            guard let format else { return String(integer) }
            return try PythonFormat(format).format(Double(integer), isInteger: true)
        case let .string(text):
            if let format { throw PythonFormat.Failure(message: "format '\(format)' does not apply to the text '\(text)'", hint: "drop ':\(format)'") }
            return text
        case let .bool(flag):
            if let format { throw PythonFormat.Failure(message: "format '\(format)' does not apply to \(flag)", hint: "drop ':\(format)'") }
            return flag ? "true" : "false"
        default:
            return ""
        }
    }
}
