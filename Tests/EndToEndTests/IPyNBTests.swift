import Foundation
import XCTest

final class IPyNBTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md")

    private func render(to output: URL) throws -> (NBRunProcess.Outcome, Data) {
        let outcome = try NBRunProcess.run([basic.path, "-o", output.path, "--to", "ipynb"])
        return (outcome, try Data(contentsOf: output.appendingPathComponent("basic.ipynb")))
    }

    func testBasicNotebookBecomesAJupyterNotebook() throws {
        let output = try NBRunProcess.temporaryFolder()
        let (outcome, data) = try render(to: output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["basic.ipynb", "data/houses.csv", "nbrun_runtime.py", "requirements.txt"],
                       "only the requested format is written, with what it needs beside it")
        let notebook = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(notebook["nbformat"] as? Int, 4)
        XCTAssertEqual(notebook["nbformat_minor"] as? Int, 5)
        let nbrun = (notebook["metadata"] as? [String: Any])?["nbrun"] as? [String: Any]
        XCTAssertEqual(nbrun?["title"] as? String, "End-to-end fixture")
        XCTAssertEqual(nbrun?["source"] as? String, "basic.md")
        let cells = try XCTUnwrap(notebook["cells"] as? [[String: Any]])
        XCTAssertEqual((cells[1]["metadata"] as? [String: Any])?["nbrun"] as? [String: String], ["kind": "setup"])
        let code = cells.dropFirst(2).filter { $0["cell_type"] as? String == "code" }
        let names = code.map { (($0["metadata"] as? [String: Any])?["nbrun"] as? [String: Any])?["name"] as? String }
        XCTAssertEqual(names.count, 5)
        XCTAssertEqual(names[0], "line")
        XCTAssertEqual(names[1], "houses")
        XCTAssertEqual(names[2], "s")
        XCTAssertEqual(names[4], "logit")
        XCTAssertEqual(cells[0]["cell_type"] as? String, "markdown")
        let prose = (cells[0]["source"] as? [String])?.joined() ?? ""
        XCTAssertTrue(prose.contains("$w_1 x + b$"), prose)
        var charts = 0
        for cell in code {
            let outputs = try XCTUnwrap(cell["outputs"] as? [[String: Any]])
            XCTAssertEqual(outputs.first?["output_type"] as? String, "display_data")
            let html = ((outputs.first?["data"] as? [String: Any])?["text/html"] as? [String])?.joined() ?? ""
            XCTAssertTrue(html.contains("class=\"run\""))
            charts += outputs.filter { ($0["data"] as? [String: Any])?["image/svg+xml"] != nil }.count
        }
        XCTAssertEqual(charts, 6, "the same charts as the HTML report")
        let ids = cells.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids.count, cells.count)
        XCTAssertEqual(Set(ids).count, ids.count)
    }

    func testNotebookIsByteIdenticalAcrossRuns() throws {
        let (_, first) = try render(to: try NBRunProcess.temporaryFolder())
        let (_, second) = try render(to: try NBRunProcess.temporaryFolder())
        XCTAssertEqual(first, second)
    }
}
