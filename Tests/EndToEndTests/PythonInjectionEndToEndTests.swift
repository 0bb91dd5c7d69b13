import Foundation
import XCTest

/// Issue 18: notebook text never becomes code in the Python export. A hostile character is put into the file
/// name, the front-matter title, the first heading (as an entity, which cmark decodes), a run name (likewise), a
/// CSV path (whose load error names it) and a formula's name; the `.py` file and every `.ipynb` code cell must have
/// exactly the AST shape of a benign twin's, as Python parses them.
final class PythonInjectionEndToEndTests: XCTestCase {
    /// The characters that end a line for Python or a viewer, NUL, quotes, backslashes and a triple quote.
    private let hostile = ["\r", "\n", "\r\n", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "\u{0}", "\"", "'", "\\", "\"\"\""]

    /// The notebook with `text` in every place that reaches Python; `payload` runs if an escape fails.
    private func notebook(_ text: String, payload: String) -> String {
        let yaml = text.unicodeScalars.map { String(format: "\\u%04X", $0.value) }.joined() + payload.replacingOccurrences(of: "\"", with: "\\\"")
        let entity = text.unicodeScalars.map { "&#\($0.value);" }.joined() + payload
        return """
        ---
        title: "Title\(yaml)"
        ---

        # Heading\(entity)#

        ```config line\(entity)
        data: {generate: linear, n: 20, weights: [2], bias: 1, noise: 0.1, seed: 3}
        optimizer: {name: gd, lr: 0.1}
        epochs: 3
        ```

        ```config table
        data: {csv: "missing\(yaml).csv", target: y}
        optimizer: closed_form
        ```

        ```formula bowl\(entity)
        f(x, y) = x^2 + y^2
        ```

        ```config walk
        objective: bowl
        start: {x: 1, y: 1}
        optimizer: {name: gd, lr: 0.1}
        epochs: 3
        ```

        """
    }

    /// Writes the notebook for `text` as `name`.md in a fresh folder and exports it as `.py` and `.ipynb`.
    private func export(_ text: String, name: String) throws -> (py: String, ipynb: String) {
        let folder = try NBRunProcess.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name + ".md")
        try Data(notebook(text, payload: "import os;os.system('touch PWNED')#").utf8).write(to: file)
        let outcome = try NBRunProcess.run([file.path, "-o", folder.path, "--to", "py,ipynb"], in: folder)
        XCTAssertLessThanOrEqual(outcome.status, 1, "\(text.debugDescription): \(outcome.stderr)")
        return (folder.appendingPathComponent(name + ".py").path, folder.appendingPathComponent(name + ".ipynb").path)
    }

    func testHostileTextKeepsTheShapeOfTheBenignProgram() throws {
        let twin = try export("x", name: "nbx")
        var paths = [twin.py, twin.ipynb]
        var cases: [(text: String, py: String, ipynb: String)] = []
        for text in hostile {
            let fileName = "nb" + text.replacingOccurrences(of: "\u{0}", with: "") + "x"
            let files = try export(text, name: fileName)
            cases.append((text, files.py, files.ipynb))
            paths += [files.py, files.ipynb]
        }
        let shapes = try Python3.shapes(of: paths)
        let expected = try XCTUnwrap(shapes[twin.py]), expectedCells = try XCTUnwrap(shapes[twin.ipynb])
        XCTAssertFalse(expected.joined().contains { $0.hasPrefix("SyntaxError") }, "\(expected)")
        XCTAssertEqual(expectedCells.count, 4, "the prelude and three config cells")
        for item in cases {
            XCTAssertEqual(shapes[item.py], expected, "\(item.text.debugDescription) changed the program's statements")
            XCTAssertEqual(shapes[item.ipynb], expectedCells, "\(item.text.debugDescription) changed a code cell's statements")
        }
    }

    /// Every line break in the files is a `\n`: no `\r`, no separator a viewer breaks at, no NUL.
    func testWrittenPythonHasOnlyNewlineLineBreaks() throws {
        for text in hostile {
            let files = try export(text, name: "nb")
            let program = try String(contentsOfFile: files.py, encoding: .utf8)
            let breaks: Set<Unicode.Scalar> = ["\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0}"]
            XCTAssertFalse(program.unicodeScalars.contains(where: breaks.contains), text.debugDescription)
            XCTAssertTrue(program.hasPrefix("#!/usr/bin/env python3\n# -*- coding: utf-8 -*-\n# Title"), text.debugDescription)
            let notebook = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: files.ipynb))) as? [String: Any]
            let cells = try XCTUnwrap(notebook?["cells"] as? [[String: Any]])
            for cell in cells where cell["cell_type"] as? String == "code" {
                let source = (cell["source"] as? [String] ?? []).joined()
                XCTAssertFalse(source.unicodeScalars.contains(where: breaks.contains), "\(text.debugDescription): \(source)")
            }
        }
    }

    /// A title on line 2 could declare an encoding (`coding: utf_7`) under which a later `+AAo-` is a line break.
    func testTheTitleCannotDeclareTheFilesEncoding() throws {
        let folder = try NBRunProcess.temporaryFolder()
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let source = """
        ---
        title: "coding:utf_7"
        ---

        ```config +AAo-import os;os.system('touch PWNED')#
        data: {generate: linear, n: 20, weights: [2], bias: 1, noise: 0.1, seed: 3}
        optimizer: {name: gd, lr: 0.1}
        epochs: 3
        ```

        """
        try Data(source.utf8).write(to: folder.appendingPathComponent("nb.md"))
        _ = try NBRunProcess.run([folder.appendingPathComponent("nb.md").path, "-o", folder.path, "--to", "py"], in: folder)
        try Data(source.replacingOccurrences(of: "coding:utf_7", with: "x").utf8).write(to: folder.appendingPathComponent("nbx.md"))
        _ = try NBRunProcess.run([folder.appendingPathComponent("nbx.md").path, "-o", folder.path, "--to", "py"], in: folder)
        let benign = folder.appendingPathComponent("nbx.py").path
        let shapes = try Python3.shapes(of: [folder.appendingPathComponent("nb.py").path, benign])
        XCTAssertNotNil(shapes[benign])
        XCTAssertEqual(shapes[folder.appendingPathComponent("nb.py").path], shapes[benign])
    }
}
