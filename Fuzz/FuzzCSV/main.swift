import FuzzSupport
import Config
import Foundation
import Notebook
@testable import Runner

/// libFuzzer entry: any bytes as a data file give a data set or a located `Diagnostic`, for a regression and a
/// classification run, with the last header column (or `y`) as the target.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let firstLine = bytes.split(separator: 10, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
    let target = firstLine.split(separator: UInt8(ascii: ",")).last.map { String(decoding: $0, as: UTF8.self) } ?? "y"
    let location = SourceLocation(line: 4, column: 13)
    for classification in [false, true] {
        let request = CSVLoader.Request(file: "fuzz.csv", target: target, features: nil, location: location,
                                        columns: CSVColumnLocations(target: location), classification: classification)
        do {
            let dataset = try CSVTable(request: request, path: "fuzz.md", bytes: bytes).dataset()
            precondition(dataset.targets.allSatisfy(\.isFinite), "non-finite target accepted")
        } catch is Diagnostic {
        } catch {
            fatalError("not a Diagnostic: \(error)")
        }
    }
    return 0
}

runFuzzer { fuzzCSV($0, $1) }
