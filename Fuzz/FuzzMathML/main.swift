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

/// libFuzzer's driver, called from `main` (SwiftPM renames an executable's `main`, so libFuzzer's own cannot be used).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

var argumentCount = CommandLine.argc
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argumentCount, &arguments) { fuzzMathML($0, $1) })
