import Foundation
import XCTest

/// `nbrun FOLDER` publishes a course: syllabus order, landing page, navigation, checked links, sub-folders.
final class CourseEndToEndTests: XCTestCase {
    private let cell = "```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n"

    private func write(_ files: [String: String], to folder: URL) throws {
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    private func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func testSyllabusOrdersChaptersIntoPartsAndListsTheRestUnderAppendix() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write([
            "index.md": "---\ntitle: My course\ndescription: Learn things.\n---\n\n- Basics\n  - [Second](b.md)\n  - [First](a.md#a)\n",
            "a.md": "# A\n\nAbout a.\n\n" + cell, "b.md": "# B\n\nAbout b, see [a](a.md#a).\n", "c.md": "# C\n\nExtra.\n",
            "zh/index.md": "---\ntitle: 中文\nlang: zh-CN\n---\n\n- [甲](a.md)\n", "zh/a.md": "---\nlang: zh-CN\n---\n# 甲\n\n" + cell,
        ], to: input)
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "b.html", "b.ipynb", "b.py", "b.slides.html", "c.html", "c.ipynb", "c.py", "c.slides.html",
                                                        "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js", "zh/a.html", "zh/a.ipynb", "zh/a.py", "zh/a.slides.html", "zh/index.html",
                                                        "zh/nbrun_runtime.py", "zh/print.html", "zh/requirements.txt"])
        let index = try read(output, "index.html")
        let order = ["<h3>Basics</h3>", "chapter-title\" href=\"b.html\">B", "chapter-title\" href=\"a.html\">A", "<h3>Appendix</h3>",
                     "chapter-title\" href=\"c.html\">C"].map { index.range(of: $0)?.lowerBound }
        XCTAssertFalse(order.contains(nil), index)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted(), "the syllabus's cards in order, then the appendix")
        XCTAssertLessThan(index.range(of: "chapter-title\" href=\"b.html")!.lowerBound, index.range(of: "chapter-title\" href=\"a.html")!.lowerBound)
        XCTAssertTrue(index.contains("<p class=\"description\">Learn things.</p>"))
        XCTAssertTrue(index.contains("<p>About a.</p>") && index.contains(">1 run · "), index)
        XCTAssertTrue(index.contains("<a href=\"zh/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"), "the translation's landing page")
        let b = try read(output, "b.html")
        XCTAssertTrue(b.contains("<a href=\"a.html#a\">a</a>"), "links between notebooks become page links")
        XCTAssertTrue(b.contains("rel=\"next\" href=\"a.html\"") && !b.contains("rel=\"prev\""), "b comes first")
        let a = try read(output, "a.html")
        XCTAssertTrue(a.contains("rel=\"prev\" href=\"b.html\"") && a.contains("rel=\"next\" href=\"c.html\""))
        let zh = try read(output, "zh/a.html")
        XCTAssertTrue(a.contains("src:url(nbrun-math.woff2) format(\"woff2\")") && !a.contains("base64"), "course pages share one font file")
        XCTAssertTrue(zh.contains("src:url(../nbrun-math.woff2)"))
        let font = try Data(contentsOf: output.appendingPathComponent("nbrun-math.woff2"))
        XCTAssertEqual(Array(font.prefix(4)), Array("wOF2".utf8))
        XCTAssertTrue(zh.contains("<a class=\"course-title\" href=\"index.html\">中文</a>") && zh.contains("<span class=\"kind\">运行</span>"), zh)
    }

    func testWithoutIndexOrderIsFrontMatterOrderThenNameAndAOneNotebookFolderIsACourse() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write(["a.md": "# A\n", "b.md": "---\norder: 1\n---\n# B\n", "c.md": "# C\n"], to: input)
        XCTAssertEqual(try NBRunProcess.run([input.path, "-o", output.path]).status, 0)
        let index = try read(output, "index.html")
        let positions = ["b.html", "a.html", "c.html"].map { index.range(of: "chapter-title\" href=\"\($0)")?.lowerBound }
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertEqual(positions.compactMap { $0 }.count, 3)
        XCTAssertFalse(index.contains("Appendix"))

        let single = try NBRunProcess.temporaryFolder(), singleOutput = try NBRunProcess.temporaryFolder()
        try write(["only.md": "# Only\n\nText.\n"], to: single)
        XCTAssertEqual(try NBRunProcess.run([single.path, "-o", singleOutput.path]).status, 0)
        XCTAssertEqual(NBRunProcess.files(in: singleOutput), ["404.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "only.html", "only.ipynb", "only.py", "only.slides.html", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertTrue(try read(singleOutput, "only.html").contains("aria-current=\"page\""))
        let alone = try NBRunProcess.temporaryFolder()
        XCTAssertEqual(try NBRunProcess.run([single.appendingPathComponent("only.md").path, "-o", alone.path]).status, 0)
        XCTAssertEqual(NBRunProcess.files(in: alone), ["only.html"])
        let lone = try read(alone, "only.html")
        XCTAssertFalse(lone.contains("course-nav"), "a notebook rendered alone keeps its plain layout")
        XCTAssertTrue(lone.contains("@font-face{font-family:\"nbrun Math\";src:url(data:font/woff2;base64,"), "a lone page embeds the math font")
    }

    func testBrokenLinksAreLocatedErrorsAlsoUnderCheck() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write(["a.md": "# A\n\n## Usage\n", "b.md": "# B\n\nSee [a](a.md#usag)\nand [c](cc.md).\n"], to: input)
        for extra in [[], ["--check"]] {
            let outcome = try NBRunProcess.run([input.path, "-o", output.path] + extra)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("b.md:3:5: error: link to a heading that a.md does not have: #usag"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("hint: did you mean 'usage'?"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("b.md:4:5: error: link to a notebook that is not in the course: cc.md"), outcome.stderr)
        }
    }
}
