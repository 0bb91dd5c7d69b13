import Foundation
import Notebook
import Output
import Results

/// Checking an expectation against a run's results.
extension Expectation {
    /// nil when the expectation holds for `run` (a run's JSON, `RunResult.json`), else why not, e.g.
    /// `expected metrics.train_r2 > 0.5, but it is 0.43`, with a hint when the path itself is wrong.
    public func failure(in run: JSONValue, runName: String) -> (message: String, hint: String?)? {
        let value: JSONValue
        do {
            value = try ValueReference(run: runName, path: path).resolve(in: run)
        } catch let error as ValueReference.PathError {
            return (error.message, error.hint)
        } catch {
            return ("\(error)", nil)
        }
        for condition in conditions where !holds(condition, for: value) {
            return ("expected \(pathText) \(condition), but it is \(Self.shown(value))", nil)
        }
        return nil
    }

    private func holds(_ condition: Condition, for value: JSONValue) -> Bool {
        switch condition {
        case let .text(text):
            if case let .string(actual) = value { return actual == text }
            return Double(text).map { number(value) == $0 } ?? false
        case let .flag(flag):
            if case let .bool(actual) = value { return actual == flag }
            return false
        case let .number(expected):
            return number(value) == expected
        case let .compare(operation, bound):
            guard let actual = number(value) else { return false }
            switch operation {
            case "<": return actual < bound
            case "<=": return actual <= bound
            case ">": return actual > bound
            case ">=": return actual >= bound
            case "==": return actual == bound
            default: return actual != bound
            }
        case let .approx(target, rel, abs):
            guard let actual = number(value) else { return false }
            return Swift.abs(actual - target) <= abs + rel * Swift.abs(target)
        }
    }

    private func number(_ value: JSONValue) -> Double? {
        switch value {
        case let .number(number): return number
        case let .int(integer): return Double(integer)
        default: return nil
        }
    }

    /// A value as an error message shows it.
    static func shown(_ value: JSONValue) -> String {
        switch value {
        case let .number(number): return NumberFormat.significant(number, digits: 10)
        case let .int(integer): return String(integer)
        case let .string(text): return "'\(text)'"
        case let .bool(flag): return String(flag)
        default: return "not a single value"
        }
    }
}
