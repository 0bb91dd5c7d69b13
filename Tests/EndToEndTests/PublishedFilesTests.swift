import Foundation
import XCTest

/// The files a page uses (images, linked files) are published with it: copied into a course's output folder,
/// embedded as `data:` URLs in a page rendered alone; a missing one, or one outside the course root, is a located
/// error (also under `--check`); an image without alt text is a warning.
final class PublishedFilesTests: XCTestCase {
    private let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\"/></svg>\n"
    private let csv = "x,y\n1,2\n2,4\n3,6\n"

    /// A course folder with `img/fig.svg`, `data/x.csv` and the given notebooks; the output path beside it.
    private func course(_ notebooks: [String: String]) throws -> (course: URL, output: URL) {
        let workspace = try GuardedProcess.temporaryFolder(for: self)
        let course = workspace.appendingPathComponent("course")
        try GuardedProcess.write(notebooks.merging(["img/fig.svg": svg, "data/x.csv": csv]) { $1 }, to: course)
        return (course, workspace.appendingPathComponent("out"))
    }

    private func run(_ arguments: [String], in folder: URL) throws -> NBRunProcess.Outcome {
        try XCTUnwrap(try GuardedProcess.run(arguments, in: folder))
    }

    func testAnImageAndALinkedFileAreCopiedInACourseAndEmbeddedInAPageRenderedAlone() throws {
        let (course, output) = try course(["a.md": "# A\n\n![a black square](img/fig.svg) and [the data](data/x.csv).\n"])
        let folder = try run([course.path, "-o", output.path], in: course)
        XCTAssertEqual(folder.status, 0, folder.stderr)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("img/fig.svg"), encoding: .utf8), svg)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("data/x.csv"), encoding: .utf8), csv)
        let page = try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<img src=\"img/fig.svg\" alt=\"a black square\" />"), page)
        XCTAssertTrue(page.contains("<a href=\"data/x.csv\">the data</a>"), page)

        let alone = output.deletingLastPathComponent().appendingPathComponent("alone")
        let single = try run(["a.md", "-o", alone.path], in: course)
        XCTAssertEqual(single.status, 0, single.stderr)
        XCTAssertEqual(NBRunProcess.files(in: alone), ["a.html"], "a page rendered alone stays one file")
        let embedded = try String(contentsOf: alone.appendingPathComponent("a.html"), encoding: .utf8)
        let image = "data:image/svg+xml;base64," + Data(svg.utf8).base64EncodedString()
        XCTAssertTrue(embedded.contains("<img src=\"\(image)\" alt=\"a black square\" />"), embedded)
        let data = "data:text/csv;base64," + Data(csv.utf8).base64EncodedString()
        XCTAssertTrue(embedded.contains("<a href=\"\(data)\" download=\"x.csv\">the data</a>"), embedded)
    }

    func testAMissingImageIsALocatedErrorAlsoUnderCheck() throws {
        let (course, output) = try course(["a.md": "# A\n\nSee ![the figure](img/fgi.svg).\n"])
        for extra in [[], ["--check"]] {
            let outcome = try run([course.path, "-o", output.path] + extra, in: course)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("course/a.md:3:5: error: image 'img/fgi.svg' not found\n  hint: did you mean 'img/fig.svg'?"),
                          outcome.stderr)
        }
        let alone = try run(["a.md", "-o", output.path], in: course)
        XCTAssertEqual(alone.status, 1, alone.stderr)
        XCTAssertTrue(alone.stderr.hasPrefix("a.md:3:5: error: image 'img/fgi.svg' not found"), alone.stderr)
    }

    func testFilesOutsideTheCourseRootAndHiddenFilesAreRefused() throws {
        let secret = "secret-\(UUID().uuidString)"
        let (course, output) = try course([
            "a.md": "# A\n\n![up](../secret.svg)\n\n![linked](img/out.svg)\n\n[key](.git/config)\n",
        ])
        try GuardedProcess.write(["secret.svg": secret, "course/.git/config": secret], to: course.deletingLastPathComponent())
        try GuardedProcess.link("out.svg", in: course.appendingPathComponent("img"), to: course.deletingLastPathComponent().appendingPathComponent("secret.svg").path)
        let outcome = try run([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("course/a.md:3:1: error: image '../secret.svg' leaves the course folder"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("course/a.md:5:1: error: image 'img/out.svg' leaves the course folder\n  hint: a page may only use files inside the course folder"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("it is a symbolic link leading outside (to "), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("course/a.md:7:1: error: linked file '.git/config' is hidden"), outcome.stderr)
        XCTAssertFalse(NBRunProcess.files(in: output).contains { $0.hasPrefix("img") || $0.hasPrefix(".git") })
        let alone = try run(["a.md", "-o", output.path], in: course)
        XCTAssertFalse(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8)
            .contains(Data(secret.utf8).base64EncodedString()), "nothing outside the root is embedded")
        XCTAssertEqual(alone.status, 1, alone.stderr)
    }

    func testAnImageWithoutAltTextIsAWarning() throws {
        let (course, output) = try course(["a.md": "# A\n\n![](img/fig.svg)\n"])
        let outcome = try run([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("course/a.md:3:1: warning: image 'img/fig.svg' has no alt text\n  hint: describe it"), outcome.stderr)
    }

    func testEmbeddingIsCappedPerFileAndPerPage() throws {
        var notebook = "# A\n\n![big](img/big.png)\n"
        for index in 0..<5 { notebook += "\n![part \(index)](img/p\(index).png)\n" }
        let (course, _) = try course(["a.md": notebook])
        XCTAssertTrue(FileManager.default.createFile(atPath: course.appendingPathComponent("img/big.png").path, contents: Data(count: 3 << 20)))
        for index in 0..<5 {
            XCTAssertTrue(FileManager.default.createFile(atPath: course.appendingPathComponent("img/p\(index).png").path,
                                                         contents: Data(count: 1_800_000)))
        }
        let checked = try run(["a.md", "--check"], in: course)
        XCTAssertEqual(checked.status, 1, checked.stderr)
        XCTAssertTrue(checked.stderr.contains("a.md:3:1: error: image 'img/big.png' is 3.0 MB; a page rendered alone embeds files of at most 2.0 MB\n"
                                              + "  hint: render the course folder instead (nbrun .), which copies files beside the pages"), checked.stderr)
        XCTAssertTrue(checked.stderr.contains("a.md:13:1: error: image 'img/p4.png' would bring the files embedded in this page to 8.6 MB; "
                                              + "a page rendered alone embeds at most 8.0 MB in all"), checked.stderr)
        XCTAssertEqual(checked.stderr.components(separatedBy: ": error: ").count - 1, 2, checked.stderr)
    }

    func testASubCourseReadsTheCoursesDataAndImages() throws {
        let chapter = "# B\n\n![a square](../img/fig.svg)\n\n```config fit\ndata: {csv: ../data/x.csv, target: y}\nmodel: linear\noptimizer: closed_form\n```\n"
        let (course, output) = try course(["index.md": "# C\n\n- [A](a.md)\n", "a.md": "# A\n",
                                           "zh/index.md": "# C\n\n- [B](b.md)\n", "zh/b.md": chapter])
        let outcome = try run([course.path, "-o", output.path], in: course)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(try String(contentsOf: output.appendingPathComponent("zh/b.html"), encoding: .utf8).contains("<img src=\"../img/fig.svg\""))
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("img/fig.svg"), encoding: .utf8), svg)

        let alone = try run(["zh/b.md", "-o", output.appendingPathComponent("zh").path], in: course)
        XCTAssertEqual(alone.status, 0, "a chapter of a course rendered alone reads inside the course: \(alone.stderr)")

        try GuardedProcess.write(["outside/x.csv": csv, "course/zh/c.md": chapter.replacingOccurrences(of: "../data", with: "../../outside")],
                                 to: course.deletingLastPathComponent())
        let escaping = try run([course.path, "-o", output.path], in: course)
        XCTAssertEqual(escaping.status, 1, escaping.stderr)
        XCTAssertTrue(escaping.stderr.contains("course/zh/c.md:6:13: error: data path '../../outside/x.csv' leaves the course folder"), escaping.stderr)
    }

    func testARawImageTagKeptWithUnsafeHTMLIsPublishedToo() throws {
        let (course, output) = try course(["a.md": "# A\n\n<p><img src=\"img/fig.svg\" alt=\"a square\"> <img src=\"img/gone.svg\"></p>\n"])
        let folder = try run([course.path, "-o", output.path, "--unsafe-html"], in: course)
        XCTAssertEqual(folder.status, 1, folder.stderr)
        XCTAssertTrue(folder.stderr.contains("course/a.md:3:43: warning: image 'img/gone.svg' has no alt text"), folder.stderr)
        XCTAssertTrue(folder.stderr.contains("course/a.md:3:43: error: image 'img/gone.svg' not found"), folder.stderr)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("img/fig.svg"), encoding: .utf8), svg)
        let alone = output.deletingLastPathComponent().appendingPathComponent("alone")
        _ = try run(["a.md", "-o", alone.path, "--unsafe-html"], in: course)
        let page = try String(contentsOf: alone.appendingPathComponent("a.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("<img src=\"data:image/svg+xml;base64,\(Data(svg.utf8).base64EncodedString())\" alt=\"a square\">"), page)
    }
}
