import Notebook
import Output

/// A claim a run must make true, from its `expect:` mapping: a JSON path of the run and what its value must
/// be (`status: converged`, `params.weights[1]: 0`, `metrics.train_r2: {">": 0.5}`,
/// `params.bias: {approx: 1.0, rel: 0.05}`). In a sweep, a key may start with a member's value in brackets
/// (`"[0.5].status": diverged`) to apply to that member only.
public struct Expectation: Equatable, Sendable {
    /// One test of the value.
    public enum Condition: Equatable, Sendable {
        /// Exactly this number (compared as a floating-point value).
        case number(Double)
        /// Exactly this text.
        case text(String)
        /// Exactly this boolean.
        case flag(Bool)
        /// A comparison: `<`, `<=`, `>`, `>=`, `==` or `!=` against a number.
        case compare(String, Double)
        /// Within `abs + rel·|target|` of the target.
        case approx(Double, rel: Double, abs: Double)
    }

    /// The sweep member's value in brackets (`[0.5]`), when the key names one.
    public var member: String?
    /// The path into the run's JSON.
    public var path: [ValueReference.Step]
    /// The path as written (without a member selector).
    public var pathText: String
    /// Every test the value must pass.
    public var conditions: [Condition]
    /// Where the key is.
    public var location: SourceLocation

    /// Creates an expectation.
    public init(member: String? = nil, path: [ValueReference.Step], pathText: String, conditions: [Condition], location: SourceLocation) {
        self.member = member
        self.path = path
        self.pathText = pathText
        self.conditions = conditions
        self.location = location
    }

    /// Whether this expectation applies to the run `runName` of a cell named `cellName`.
    public func applies(to runName: String, cellName: String) -> Bool {
        guard let member else { return true }
        return runName == cellName + member
    }
}

extension Expectation.Condition: CustomStringConvertible {
    /// The condition as the error message states it: `= 0`, `> 0.5`, `≈ 1 (rel 0.05)`.
    public var description: String {
        switch self {
        case let .number(value): return "= \(NumberFormat.significant(value, digits: 10))"
        case let .text(text): return "= '\(text)'"
        case let .flag(flag): return "= \(flag)"
        case let .compare(operation, value): return "\(operation) \(NumberFormat.significant(value, digits: 10))"
        case let .approx(target, rel, abs):
            var tolerance: [String] = []
            if rel > 0 { tolerance.append("rel \(NumberFormat.significant(rel, digits: 6))") }
            if abs > 0 { tolerance.append("abs \(NumberFormat.significant(abs, digits: 6))") }
            return "≈ \(NumberFormat.significant(target, digits: 10)) (\(tolerance.joined(separator: ", ")))"
        }
    }
}
