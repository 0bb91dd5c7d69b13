import Engine
import Formula
import Notebook

/// A compiled formula as the engine's `DifferentiableFunction`: value, reverse-mode gradient, exact Hessian.
///
/// Evaluation errors (log of a non-positive number, division by zero, …) are rethrown as `FormulaFailure`,
/// whose description names the problem and where it is in the notebook; the minimizer stops as diverged with it.
struct FormulaFunction: DifferentiableFunction {
    let compiled: CompiledObjective
    /// Where the formula's TeX starts in the document, and the fence indentation.
    let location: SourceLocation
    let indent: Int
    let path: String

    var dimension: Int { compiled.parameterNames.count }

    func value(_ x: [Double]) throws -> Double { try wrap { try compiled.value(x) } }

    func gradient(_ x: [Double]) throws -> [Double] { try wrap { try compiled.gradient(x) } }

    func valueAndGradient(_ x: [Double]) throws -> (value: Double, gradient: [Double]) {
        try wrap { try compiled.valueAndGradient(x) }
    }

    func hessian(_ x: [Double]) throws -> Matrix? {
        try wrap { Matrix(try compiled.hessian(x)) }
    }

    private func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FormulaError {
            throw FormulaFailure(diagnostic: MathConverter.diagnostic(error, at: location, indent: indent, path: path))
        }
    }
}

/// An evaluation error of a formula objective, located in the notebook.
struct FormulaFailure: Error, CustomStringConvertible {
    let diagnostic: Diagnostic
    var description: String {
        guard let location = diagnostic.location else { return diagnostic.message }
        return "\(diagnostic.message) (formula at line \(location.line), column \(location.column))"
    }
}
