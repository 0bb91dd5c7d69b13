import Foundation
import XCTest

/// The output folder holds the site and nothing else: pages nbrun wrote earlier and no longer writes are removed
/// (it keeps a manifest of what it wrote), files it did not write are never touched, and rendering one chapter into
/// a course's output folder removes no other chapter's page.
final class OutputManifestTests: XCTestCase {
    private func course(_ notebooks: [String: String]) throws -> (course: URL, output: URL) {
        let workspace = try GuardedProcess.temporaryFolder(for: self)
        let course = workspace.appendingPathComponent("course")
        try GuardedProcess.write(notebooks, to: course)
        return (course, workspace.appendingPathComponent("out"))
    }

    private func render(_ arguments: [String], in folder: URL) throws -> NBRunProcess.Outcome {
        try XCTUnwrap(try GuardedProcess.run(arguments, in: folder))
    }

    func testADeletedChaptersPageAndAnUnusedImageAreRemovedAndAUserFileSurvives() throws {
        let (course, output) = try course(["a.md": "# A\n\n![a dot](img/dot.svg)\n", "b.md": "# B\n", "img/dot.svg": "<svg/>"])
        XCTAssertEqual(try render([course.path, "-o", output.path], in: course).status, 0)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "b.html", "b.ipynb", "b.py", "b.slides.html", "img/dot.svg", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        try GuardedProcess.write(["notes.txt": "mine", "img/logo.txt": "mine too"], to: output)

        try FileManager.default.removeItem(at: course.appendingPathComponent("b.md"))
        try "# A\n\nNo picture now.\n".write(to: course.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let outcome = try render([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "img/logo.txt", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "notes.txt", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertTrue(outcome.stderr.contains("nbrun: removed \(output.path)/b.html: no longer written"), outcome.stderr)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8), "mine")
    }

    func testAPageChangedSinceNbrunWroteItIsKept() throws {
        let (course, output) = try course(["a.md": "# A\n", "b.md": "# B\n"])
        XCTAssertEqual(try render([course.path, "-o", output.path], in: course).status, 0)
        try "edited by hand".write(to: output.appendingPathComponent("b.html"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: course.appendingPathComponent("b.md"))
        let outcome = try render([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("b.html: written by nbrun earlier and no longer, but changed since; not removed"), outcome.stderr)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("b.html"), encoding: .utf8), "edited by hand")
        let again = try render([course.path, "-o", output.path], in: course)
        XCTAssertFalse(again.stderr.contains("b.html"), "the kept file is the user's now: \(again.stderr)")
    }

    func testRenderingOneChapterIntoTheCourseOutputRemovesNoOtherPage() throws {
        let (course, output) = try course(["a.md": "# A\n", "b.md": "# B\n"])
        XCTAssertEqual(try render([course.path, "-o", output.path], in: course).status, 0)
        let chapter = try render(["a.md", "-o", output.path], in: course)
        XCTAssertEqual(chapter.status, 0, chapter.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "b.html", "b.ipynb", "b.py", "b.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        let jsonToo = try render(["a.md", "-o", output.path, "--to", "html,json"], in: course)
        XCTAssertEqual(jsonToo.status, 0, jsonToo.stderr)
        let htmlOnly = try render(["a.md", "-o", output.path], in: course)
        XCTAssertTrue(htmlOnly.stderr.contains("a.json: no longer written"), "a format no longer asked for is removed: \(htmlOnly.stderr)")
        let whole = try render([course.path, "-o", output.path], in: course)
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertFalse(whole.stderr.contains("removed"), whole.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "b.html", "b.ipynb", "b.py", "b.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
    }

    func testAnUnreadableNotebookKeepsItsOldPage() throws {
        let (course, output) = try course(["a.md": "# A\n", "b.md": "# B\n"])
        XCTAssertEqual(try render([course.path, "-o", output.path], in: course).status, 0)
        try Data([0xFF, 0xFE]).write(to: course.appendingPathComponent("b.md"))
        let outcome = try render([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 2, outcome.stderr)
        XCTAssertTrue(NBRunProcess.files(in: output).contains("b.html"), "nothing is removed when a notebook could not be read")
    }

    func testASourceFileIsNeverNbrunsWhenTheOutputIsTheCourseFolder() throws {
        let (course, _) = try course(["a.md": "# A\n\n![a dot](img/dot.svg)\n", "img/dot.svg": "<svg/>"])
        XCTAssertEqual(try render([course.path, "-o", course.path], in: course).status, 0)
        try "# A\n\nNo picture now.\n".write(to: course.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let outcome = try render([course.path, "-o", course.path], in: course)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try String(contentsOf: course.appendingPathComponent("img/dot.svg"), encoding: .utf8), "<svg/>", "the source stays")
    }
}
