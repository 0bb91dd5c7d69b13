import Foundation
import XCTest

/// What a student receives from `--to ipynb,py` (issue 22): a folder that reads like the page and runs anywhere.
final class StudentExportEndToEndTests: XCTestCase {
    private let notebook = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/student.md")

    private func export() throws -> URL {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([notebook.path, "-o", output.path, "--to", "ipynb,py", "--no-cache"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return output
    }

    private func cells(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("student.ipynb"))
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try XCTUnwrap(object["cells"] as? [[String: Any]])
    }

    private func source(_ cell: [String: Any]) -> String { (cell["source"] as? [String] ?? []).joined() }

    func testTheFolderHoldsTheRuntimeTheRequirementsAndTheData() throws {
        let output = try export()
        XCTAssertEqual(NBRunProcess.files(in: output),
                       ["data/houses.csv", "nbrun_runtime.py", "requirements.txt", "student.ipynb", "student.py"])
        let copied = try Data(contentsOf: output.appendingPathComponent("data/houses.csv"))
        let original = try Data(contentsOf: notebook.deletingLastPathComponent().appendingPathComponent("data/houses.csv"))
        XCTAssertEqual(copied, original, "the data file is copied as it is, at the path the notebook names")
        let requirements = try String(contentsOf: output.appendingPathComponent("requirements.txt"), encoding: .utf8)
        for package in ["numpy>=", "scipy>=", "torch>=", "matplotlib>="] { XCTAssertTrue(requirements.contains(package), package) }
        let program = try String(contentsOf: output.appendingPathComponent("student.py"), encoding: .utf8)
        XCTAssertFalse(program.contains("class SeededGenerator"), "the engine is in the runtime module, not in the program")
        XCTAssertTrue(program.contains("load_csv(\"data/houses.csv\""), "data is read beside the program")
    }

    func testTheNotebookReadsLikeThePage() throws {
        let cells = try cells(try export())
        XCTAssertTrue(source(cells[0]).hasPrefix("# Student export fixture\n"), "the title comes first")
        let markdown = cells.filter { $0["cell_type"] as? String == "markdown" }.map(source)
        XCTAssertFalse(markdown.contains { $0.contains("`{") || $0.contains("{line.") }, "no value reference is left: \(markdown)")
        XCTAssertTrue(markdown[0].contains("After 30 epochs the run\nran every epoch with training loss 0.0"), markdown[0])
        XCTAssertTrue(markdown[0].contains("$\\hat y = w x + b$"), "the math stays TeX for Jupyter")
        let code = cells.filter { $0["cell_type"] as? String == "code" }
        XCTAssertLessThan(source(code[0]).utf8.count, 1024, "the first code cell is a few lines")
        XCTAssertTrue(source(code[0]).contains("from nbrun_runtime import *"))
        let runCells = code.dropFirst()
        XCTAssertEqual(runCells.count, 4)
        for cell in runCells {
            let outputs = try XCTUnwrap(cell["outputs"] as? [[String: Any]])
            let charts = outputs.filter { ($0["data"] as? [String: Any])?["image/svg+xml"] != nil }
            XCTAssertFalse(charts.isEmpty, "every run cell has a saved chart: \(source(cell).prefix(40))")
            XCTAssertTrue(source(cell).contains("show_cell("), "re-running the cell draws its charts")
        }
    }

    /// The folder, copied to a fresh place, runs its program from another working directory (skipped without
    /// python3 with numpy, SciPy and torch, which the program imports).
    func testTheCopiedFolderRunsFromAnotherWorkingDirectory() throws {
        let output = try export()
        let check = try Python3.run("import numpy, scipy, torch", [])
        guard check.status == 0 else { throw XCTSkip("python3 lacks numpy, SciPy or torch: the exported program is not run (\(check.stderr.suffix(80)))") }
        let moved = try NBRunProcess.temporaryFolder().appendingPathComponent("moved")
        try FileManager.default.copyItem(at: output, to: moved)
        try FileManager.default.removeItem(at: output)
        let elsewhere = try NBRunProcess.temporaryFolder()
        let script = "import os, subprocess, sys; os.chdir(sys.argv[2]); sys.exit(subprocess.call([sys.executable, sys.argv[1], '--json']))"
        let outcome = try Python3.run(script, [moved.appendingPathComponent("student.py").path, elsewhere.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "--json prints JSON only")
        let runs = try XCTUnwrap(json["runs"] as? [String: Any])
        XCTAssertEqual(Set(runs.keys), ["line", "houses", "rates[0.1]", "rates[0.5]", "wiggly"])
        XCTAssertEqual((runs["line"] as? [String: Any])?["epochs"] as? Int, 30)
        // The closed form is nbrun's QR, not the normal equations: the degree-14 fit interpolates its 15 points as
        // nbrun's does (about 1e-18; scikit-learn's LinearRegression left 0.0057).
        let wiggly = try XCTUnwrap((runs["wiggly"] as? [String: Any])?["metrics"] as? [String: Any])
        XCTAssertLessThan(try XCTUnwrap(wiggly["train_loss"] as? Double), 1e-12)
        XCTAssertEqual(NBRunProcess.files(in: elsewhere), [], "nothing is written in the working directory")

        // A runtime from another nbrun beside the program is refused with a clear message.
        let runtime = moved.appendingPathComponent("nbrun_runtime.py")
        let text = try String(contentsOf: runtime, encoding: .utf8)
        try text.replacingOccurrences(of: "\nVERSION = \"", with: "\nVERSION = \"old-").write(to: runtime, atomically: true, encoding: .utf8)
        let stale = try Python3.run(script, [moved.appendingPathComponent("student.py").path, elsewhere.path])
        XCTAssertNotEqual(stale.status, 0)
        XCTAssertTrue(stale.stderr.contains("ImportError: nbrun_runtime.py beside this file is version old-"), stale.stderr)
    }
}

extension StudentExportEndToEndTests {
    /// A course rendered with `--to ipynb,py` gives every output folder (the course's, each sub-course's) its own
    /// runtime, requirements and data, once, so each folder can be handed out alone.
    func testEveryCourseFolderGetsItsRuntimeAndData() throws {
        let course = try NBRunProcess.temporaryFolder()
        let line = "```config line\ndata: {csv: data/x.csv, target: y}\noptimizer: closed_form\n```\n"
        try FileManager.default.createDirectory(at: course.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: course.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "x,y\n1,2\n2,4\n3,6.5\n".write(to: course.appendingPathComponent("data/x.csv"), atomically: true, encoding: .utf8)
        try ("# A\n\n" + line).write(to: course.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try ("# B\n\n" + line).write(to: course.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try "# C\n\nNo runs.\n".write(to: course.appendingPathComponent("sub/c.md"), atomically: true, encoding: .utf8)
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([course.path, "-o", output.path, "--to", "ipynb,py", "--no-cache"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let files = Set(NBRunProcess.files(in: output))
        for file in ["a.ipynb", "a.py", "b.ipynb", "nbrun_runtime.py", "requirements.txt", "data/x.csv",
                     "sub/c.ipynb", "sub/nbrun_runtime.py", "sub/requirements.txt"] {
            XCTAssertTrue(files.contains(file), "\(file) in \(files.sorted())")
        }
        XCTAssertFalse(files.contains("sub/data/x.csv"), "a folder gets the data its own chapters read")
    }

    /// A course chapter's notebook numbers, cites and titles as its page: "Equation 1.2" for `@eq-…`, `\tag{1.2}` in
    /// the labelled equation's TeX, the author–year text for `[@key]` with the cited works in a last cell, and a
    /// callout's marker as its bold title; nbrun's own syntax never reaches Jupyter.
    func testACourseNotebookCarriesNumbersCitationsAndCalloutTitles() throws {
        let course = try NBRunProcess.temporaryFolder()
        try "@article{cauchy1847, author = {Cauchy, Augustin}, title = {M\\'ethode g\\'en\\'erale}, journal = {Comptes rendus}, year = {1847}}\n"
            .write(to: course.appendingPathComponent("references.bib"), atomically: true, encoding: .utf8)
        try "---\ntitle: Course\n---\n\n- [A](a.md)\n- [B](b.md)\n".write(to: course.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        try "# A\n\n$$ x = 1 $$ {#eq-one}\n".write(to: course.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try ("# B\n\nThe step $$ y = 2 $$ {#eq-two}\n\nSee @eq-one and @eq-two, as in [@cauchy1847].\n\n"
             + "> [!TIP]\n> Halve the rate.\n").write(to: course.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([course.path, "-o", output.path, "--no-cache"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let data = try Data(contentsOf: output.appendingPathComponent("b.ipynb"))
        let cells = try XCTUnwrap((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["cells"] as? [[String: Any]])
        let markdown = cells.filter { $0["cell_type"] as? String == "markdown" }.map(source).joined(separator: "\n")
        XCTAssertTrue(markdown.contains("$$ y = 2  \\tag{2.1}$$"), markdown)
        XCTAssertTrue(markdown.contains("See Equation\u{A0}1.1 and Equation\u{A0}2.1, as in (Cauchy, 1847)."), markdown)
        XCTAssertTrue(markdown.contains("> **Tip**\n> Halve the rate."), markdown)
        XCTAssertTrue(markdown.contains("## References\n\n- <span>Cauchy, A. (1847)."), markdown)
        for syntax in ["{#eq-", "@eq-", "[@", "[!TIP]"] { XCTAssertFalse(markdown.contains(syntax), syntax) }
    }
}
