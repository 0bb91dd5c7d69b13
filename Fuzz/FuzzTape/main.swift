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

/// libFuzzer's driver, called from `main` (SwiftPM renames an executable's `main`, so libFuzzer's own cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments) { fuzzTape($0, $1) })
