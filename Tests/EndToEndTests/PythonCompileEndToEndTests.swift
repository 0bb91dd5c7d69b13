import Foundation
import XCTest

/// Issue 19, "Python is Python": the shipped prelude files and every program and notebook the course and the
/// coverage notebook export are compiled by Python (`py_compile` for `.py` files, `compile` for each ipynb code
/// cell). Skipped, with a message saying so, only when the machine has no python3.
final class PythonCompileEndToEndTests: XCTestCase {
    /// Exports of the course and the coverage notebook; kept under `.build` between runs so that the result cache
    /// (`.nbrun-cache`) makes a second run quick. Earlier exports are removed first.
    /// The course's exports as committed in `output/` (each chapter's `.py` and `.ipynb` are its downloads there, and
    /// `CommittedReportsTests` keeps `output/` equal to a fresh render, so the course is not trained twice), plus a
    /// fresh export of the coverage notebook, which uses every kind of run.
    private func exportedFiles() throws -> [String] {
        let root = NBRunProcess.packageRoot
        let folder = root.appendingPathComponent(".build/nbrun-python-check")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in NBRunProcess.files(in: folder) { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        let coverage = try NBRunProcess.run(["Tests/EndToEndTests/Notebooks/python/coverage.md", "-o", folder.appendingPathComponent("coverage").path,
                                             "--to", "py,ipynb"], in: root)
        XCTAssertEqual(coverage.status, 0, coverage.stderr)
        let output = root.appendingPathComponent("output")
        return NBRunProcess.files(in: folder).map { folder.appendingPathComponent($0).path }
            + NBRunProcess.files(in: output).filter { $0.hasSuffix(".py") || $0.hasSuffix(".ipynb") }.map { output.appendingPathComponent($0).path }
    }

    func testEveryShippedAndExportedProgramCompiles() throws {
        guard Python3.path != nil else { throw XCTSkip("python3 is not on PATH: the exported Python is not compiled") }
        let root = NBRunProcess.packageRoot
        let prelude = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Sources/Report/Python").path)
            .filter { $0.hasSuffix(".py") }.map { root.appendingPathComponent("Sources/Report/Python/\($0)").path }
        let exported = try exportedFiles()
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("notebooks").path)
            .filter { $0.hasSuffix(".md") && $0 != "index.md" }
        for name in notebooks + ["zh/gd.md", "coverage/coverage.md"] {
            let stem = String(name.dropLast(3))
            XCTAssertTrue(exported.contains { $0.hasSuffix("/\(stem).py") } && exported.contains { $0.hasSuffix("/\(stem).ipynb") },
                          "\(name) was exported as .py and .ipynb")
        }
        XCTAssertEqual(prelude.count, 5, "data, training, line_search, driver, charts")
        let script = """
        import json, os, py_compile, sys, tempfile
        compiled, failures = 0, []
        with tempfile.TemporaryDirectory() as scratch:
            for path in sys.argv[1:]:
                try:
                    if path.endswith(".py"):
                        py_compile.compile(path, cfile=os.path.join(scratch, "out.pyc"), doraise=True)
                        compiled += 1
                    elif path.endswith(".ipynb"):
                        with open(path, encoding="utf-8") as handle:
                            cells = json.load(handle)["cells"]
                        for index, cell in enumerate(cells):
                            if cell["cell_type"] == "code":
                                compile("".join(cell["source"]), "%s cell %d" % (path, index), "exec")
                                compiled += 1
                except (py_compile.PyCompileError, SyntaxError, ValueError) as error:
                    failures.append("%s: %s" % (path, error))
        print(json.dumps({"compiled": compiled, "failures": failures}))
        """
        let outcome = try Python3.run(script, prelude + exported)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let report = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(report?["failures"] as? [String], [], "every file and code cell compiles")
        XCTAssertGreaterThan(report?["compiled"] as? Int ?? 0, prelude.count + 2 * notebooks.count, "programs and code cells were compiled")
    }
}
