import FuzzSupport
import Foundation
import Formula

/// libFuzzer entry: a TeX definition compiles to a tape (value, gradient, Hessian) or gives a `FormulaError`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTape(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        guard let definition = try FormulaCompiler.parseDefinition(tex) else { return 0 }
        let objective = try FormulaCompiler.compile(definition, constants: ["N": 2, "lambda": 0.1],
                                                    data: ["x": [1, 2], "y": [3, 4]])
        let point = objective.parameterNames.map { _ in 0.5 }
        _ = try? objective.valueAndGradient(point)
        _ = try? objective.hessian(point)
    } catch is FormulaError {
    } catch {
        fatalError("not a FormulaError: \(error)")
    }
    return 0
}

runFuzzer { fuzzTape($0, $1) }
