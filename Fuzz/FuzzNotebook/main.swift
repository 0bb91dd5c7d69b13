import Foundation
import Notebook

/// libFuzzer entry: any bytes parse into a notebook or give a `Diagnostic`; nothing else may happen.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try NotebookParser.parse(bytes: bytes, path: "fuzz.md")
    } catch is Diagnostic {
    } catch {
        fatalError("not a Diagnostic: \(error)")
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
exit(runFuzzerDriver(&argumentCount, &arguments) { fuzzNotebook($0, $1) })
