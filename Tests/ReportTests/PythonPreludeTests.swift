import Formula
import Foundation
@testable import Report
import XCTest

/// The prelude the export writes is the text of `Sources/Report/Python/*.py`, embedded at build time.
final class PythonPreludeTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Report/Python")

    func testEverySectionIsItsPythonFileAndEveryFileIsASection() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".py") }.sorted()
        XCTAssertEqual(files, ["charts.py", "data.py", "driver.py", "line_search.py", "training.py"])
        let embedded = ["data.py": PythonPrelude.data, "training.py": PythonPrelude.training,
                        "line_search.py": PythonPrelude.lineSearch, "driver.py": PythonPrelude.driver,
                        "charts.py": PythonPrelude.charts]
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertEqual(embedded[file].map { $0 + "\n" }, text, "\(file) is embedded as written (rebuild after editing it)")
        }
        XCTAssertEqual(PythonPrelude.sections, [PythonPrelude.data, PythonPrelude.training, PythonPrelude.lineSearch, PythonPrelude.driver,
                                               PythonPrelude.charts])
    }

    /// Every name the prelude defines at module level (`def`, `class`, assignments, imports) is reserved for
    /// formulas: a formula constant called `split` would otherwise shadow the prelude's `split` in its run.
    func testFormulaNamesCannotShadowThePrelude() {
        var defined: Set<String> = []
        for line in PythonRuntime.text.split(separator: "\n") where line.first?.isLetter ?? false {
            let words = line.split(whereSeparator: { " (:=,.".contains($0) })
            switch words.first {
            case "import": defined.insert(String(words.last ?? ""))  // `import numpy as np` binds np
            case "def", "class": defined.insert(String(words[1]))
            case "from": defined.formUnion(words.drop { $0 != "import" }.dropFirst().map(String.init))
            case "if", "for", "while", "with", "try", "else", "elif", "except", "finally", "return", "@", nil: break
            case let name?: if line.contains(" = ") { defined.insert(String(name)) }
            }
        }
        XCTAssertTrue(defined.isSuperset(of: ["split", "train", "report", "np", "torch", "RUNS", "SeededGenerator"]), "\(defined.sorted())")
        XCTAssertEqual(defined.subtracting(PythonFormula.reservedNames).sorted(), [])
    }
}
