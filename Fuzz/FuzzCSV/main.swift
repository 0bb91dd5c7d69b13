import FuzzSupport
import Config
import Engine
import Foundation
import Notebook
@testable import Runner

/// libFuzzer entry: any bytes as a data file give a data set or a located `Diagnostic`, for a regression and a
/// classification run, with the last header column (or `y`) as the target; read in chunks of 7 bytes, they give
/// the same data set or the same message.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let firstLine = bytes.split(separator: 10, maxSplits: 1, omittingEmptySubsequences: false).first ?? []
    let target = firstLine.split(separator: UInt8(ascii: ",")).last.map { String(decoding: $0, as: UTF8.self) } ?? "y"
    let location = SourceLocation(line: 4, column: 13)
    for classification in [false, true] {
        let request = CSVLoader.Request(file: "fuzz.csv", target: target, features: nil, location: location,
                                        columns: CSVColumnLocations(target: location), classification: classification)
        let whole = outcome { try CSVTable(request: request, path: "fuzz.md", bytes: bytes).dataset() }
        if case let .success(dataset) = whole { precondition(dataset.targets.allSatisfy(\.isFinite), "non-finite target accepted") }
        let chunked = outcome {
            var offset = 0
            let reader = CSVReader(target: target, featureNames: nil, limit: 200_000, expectedBytes: 0, chunkBytes: 7)
            let contents = try reader.read { buffer in
                let count = min(buffer.count, bytes.count - offset)
                bytes[offset..<(offset + count)].withUnsafeBytes { buffer.copyMemory(from: $0) }
                offset += count
                return count
            }
            return try CSVTable(request: request, path: "fuzz.md", contents: contents).dataset()
        }
        precondition("\(whole)" == "\(chunked)", "chunked read differs: \(whole) vs \(chunked)")
    }
    return 0
}

/// The data set, or the message of the `Diagnostic` it throws (any other error is a finding).
func outcome(_ body: () throws -> Dataset) -> Result<Dataset, Diagnostic> {
    do {
        return .success(try body())
    } catch let diagnostic as Diagnostic {
        return .failure(diagnostic)
    } catch {
        fatalError("not a Diagnostic: \(error)")
    }
}

runFuzzer { fuzzCSV($0, $1) }
