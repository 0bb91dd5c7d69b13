import FuzzSupport
import Config
import Foundation
import Notebook

/// Earlier cells for `extends:` and `data: NAME`: every config cell resolved so far, by name.
struct FuzzLookup: CellLookup {
    var cells: [String: EarlierCell] = [:]
    func earlierCell(named name: String) -> EarlierCell? { cells[name] }
    var earlierNames: [String] { cells.keys.sorted() }
}

/// libFuzzer entry: the input is a notebook; its front matter and every config block decode or give a `Diagnostic`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let notebook = try? NotebookParser.parse(bytes: bytes, path: "fuzz.md") else { return 0 }
    do {
        let (frontMatter, _) = try FrontMatter.parse(notebook.frontMatter, firstLine: 2, path: "fuzz.md", overrides: [])
        let resolver = ConfigResolver(frontMatter: frontMatter, path: "fuzz.md")
        var lookup = FuzzLookup()
        for cell in notebook.cells {
            guard case let .config(yaml) = cell.kind else { continue }
            let result = resolver.resolve(cell, yaml: yaml, earlier: lookup)
            if case .success = result { lookup.cells[ConfigResolver.runName(of: cell)] = EarlierCell(kind: .run) }
        }
    } catch is Diagnostic {
    } catch {
        fatalError("not a Diagnostic: \(error)")
    }
    return 0
}

runFuzzer { fuzzConfig($0, $1) }
