import Foundation
import XCTest

/// A write that fails is a failure: an output folder that can never hold the reports is bad usage (exit 2, nothing
/// run), any other failed write exits 1 (even with `--allow-errors`), and the previous good page stays as it was.
/// Tests run as root, which ignores permission bits, so writes are made to fail for real: a path under a regular
/// file, a folder under /proc, and a file-size limit (`ulimit -f`).
final class WriteFailureTests: XCTestCase {
    private let notebook = "# Page\n\nSome text.\n\n```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n"

    private func workspace() throws -> URL {
        let folder = try GuardedProcess.temporaryFolder(for: self)
        try GuardedProcess.write(["nb.md": notebook, "course/a.md": notebook, "course/sub/b.md": "# B\n"], to: folder)
        try "not a folder\n".write(to: folder.appendingPathComponent("existing"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL, ulimit: String? = nil) throws -> NBRunProcess.Outcome {
        try XCTUnwrap(try GuardedProcess.run(arguments, in: folder, ulimit: ulimit))
    }

    func testAnOutputFolderThatIsAFileIsBadUsage() throws {
        let folder = try workspace()
        for input in ["nb.md", "course"] {
            for output in ["existing", "existing/sub"] {
                let outcome = try run([input, "-o", output, "--allow-errors"], in: folder)
                XCTAssertEqual(outcome.status, 2, "\(input) -o \(output): \(outcome.stderr)")
                let reason = output == "existing" ? "it is a file, not a folder" : "'\(folder.path)/existing' is a file, not a folder"
                XCTAssertEqual(outcome.stderr, "nbrun: error: cannot use \(output) as the output folder: \(reason)\n")
            }
        }
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("existing"), encoding: .utf8), "not a folder\n")
        XCTAssertEqual(try run(["nb.md", "-o", "existing", "--check"], in: folder).status, 0, "--check writes nothing, so -o does not matter")
    }

    func testAFolderThatCannotBeCreatedIsAWriteFailure() throws {
        let folder = try workspace()
        let target = "/proc/nbrun-test-\(UUID().uuidString)"
        for input in ["nb.md", "course"] {
            let outcome = try run([input, "-o", target, "--allow-errors"], in: folder)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("nbrun: error: cannot write \(target): "), outcome.stderr)
        }
    }

    func testAFailedWriteKeepsThePreviousGoodPageAndExitsOne() throws {
        let folder = try workspace()
        XCTAssertEqual(try run(["nb.md", "-o", "out"], in: folder).status, 0)
        let page = folder.appendingPathComponent("out/nb.html")
        let good = try Data(contentsOf: page)
        try (notebook + "\nA paragraph added since.\n").write(to: folder.appendingPathComponent("nb.md"), atomically: true, encoding: .utf8)
        let outcome = try run(["nb.md", "-o", "out", "--allow-errors"], in: folder, ulimit: "-f 8")
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("nbrun: error: cannot write \(page.path): File too large"), outcome.stderr)
        XCTAssertEqual(try Data(contentsOf: page), good, "the previous good page is intact")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: page.deletingLastPathComponent().path).filter { $0.contains(".tmp-") }, [],
                       "no temporary file is left behind")
        let again = try run(["nb.md", "-o", "out"], in: folder)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertNotEqual(try Data(contentsOf: page), good, "without the limit the new page replaces it")
    }

    func testACourseWhosePagesCannotAllBeWrittenExitsOneAndWritesTheRest() throws {
        let folder = try workspace()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        try "in the way\n".write(to: folder.appendingPathComponent("out/sub"), atomically: true, encoding: .utf8)
        let outcome = try run(["course", "-o", "out"], in: folder)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("nbrun: error: cannot write \(folder.path)/out/sub: it is a file, not a folder"), outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: folder.appendingPathComponent("out")), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py",
                                                                                    "print.html", "requirements.txt", "search-index.js", "sub"])
    }
}
