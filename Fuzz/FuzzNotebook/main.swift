import FuzzSupport
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

runFuzzer { fuzzNotebook($0, $1) }
