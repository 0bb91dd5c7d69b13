import FuzzSupport
import Foundation
import Formula

/// libFuzzer entry: any UTF-8 TeX renders to MathML or gives a `FormulaError`, in both modes.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMathML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for display in [true, false] {
        do {
            let html = try MathML.render(tex, display: display)
            precondition(html.hasSuffix("</semantics></math>"), "unterminated MathML")
        } catch is FormulaError {
        } catch {
            fatalError("not a FormulaError: \(error)")
        }
    }
    return 0
}

runFuzzer { fuzzMathML($0, $1) }
