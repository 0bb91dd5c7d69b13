import Notebook
import XCTest

final class NotebookParserTests: XCTestCase {
    private func parse(_ text: String, unsafeHTML: Bool = false) throws -> Notebook {
        try NotebookParser.parse(bytes: Array(text.utf8), path: "nb.md", unsafeHTML: unsafeHTML)
    }

    func testCellsInDocumentOrderWithNamesAndKinds() throws {
        let notebook = try parse("""
        # Title

        Some *prose*.

        ```config baseline
        data: {generate: linear}
        ```

        ```formula rosen
        f(x, y) = (1 - x)^2
        ```

        ```python
        print(1)
        ```

        ```config
        compare: [baseline]
        ```
        """)
        XCTAssertEqual(notebook.cells.count, 5)
        XCTAssertEqual(notebook.cells.map(\.number), [1, 2, 3, 4, 5])
        guard case let .prose(html) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertTrue(html.contains("<em>prose</em>"))
        XCTAssertEqual(notebook.cells[1].kind, .config(yaml: "data: {generate: linear}\n"))
        XCTAssertEqual(notebook.cells[1].name, "baseline")
        XCTAssertEqual(notebook.cells[2].kind, .formula(tex: "f(x, y) = (1 - x)^2\n"))
        XCTAssertEqual(notebook.cells[2].name, "rosen")
        XCTAssertEqual(notebook.cells[3].kind, .code(language: "python", source: "print(1)\n"))
        XCTAssertNil(notebook.cells[4].name)
    }

    func testLocationsAfterFrontMatter() throws {
        let notebook = try parse("---\ntitle: T\nseed: 3\n---\n\nIntro.\n\n```config run\nepochs: 5\n```\n")
        XCTAssertEqual(notebook.frontMatter, "title: T\nseed: 3")
        let config = try XCTUnwrap(notebook.cells.first { $0.name == "run" })
        XCTAssertEqual(config.location, SourceLocation(line: 8, column: 1))
        XCTAssertEqual(config.contentStart.line, 9)
        XCTAssertEqual(config.documentLocation(contentLine: 1, contentColumn: 9), SourceLocation(line: 9, column: 9))
        XCTAssertEqual(notebook.cells.first?.location.line, 6)
    }

    func testIndentedFenceShiftsColumns() throws {
        let notebook = try parse("Text\n\n  ```config a\n  epochs: 5\n  ```\n")
        let cell = try XCTUnwrap(notebook.cells.last)
        XCTAssertEqual(cell.contentIndent, 2)
        XCTAssertEqual(cell.documentLocation(contentLine: 1, contentColumn: 9), SourceLocation(line: 4, column: 11))
    }

    func testMathSpansAreProtectedFromMarkdownAndLocated() throws {
        let notebook = try parse("Loss $a_1 * b_2 * c$ and\n$$\\frac{1}{N}\\sum_i x_i$$\nend `$not math$` and \\$5.\n")
        XCTAssertEqual(notebook.mathSpans.map(\.tex), ["a_1 * b_2 * c", "\\frac{1}{N}\\sum_i x_i"])
        XCTAssertEqual(notebook.mathSpans.map(\.display), [false, true])
        XCTAssertEqual(notebook.mathSpans[0].location, SourceLocation(line: 1, column: 7))
        XCTAssertEqual(notebook.mathSpans[1].location, SourceLocation(line: 2, column: 3))
        guard case let .prose(html) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertTrue(html.contains(notebook.mathSpans[0].placeholder))
        XCTAssertFalse(html.contains("<em>"), "emphasis inside math must not be parsed")
        XCTAssertTrue(html.contains("<code>$not math$</code>"))
        XCTAssertTrue(html.contains("$5."))
    }

    func testMultiLineDisplayMathKeepsLaterLinesRight() throws {
        let notebook = try parse("Intro\n$$\na + b\n= c\n$$\nafter\n\n```config x\nepochs: 1\n```\n")
        XCTAssertEqual(notebook.mathSpans.count, 1)
        XCTAssertEqual(notebook.cells.last?.location.line, 8)
    }

    func testDollarAmountsAreNotMath() throws {
        let notebook = try parse("It costs $5 and $10 today.\n")
        XCTAssertTrue(notebook.mathSpans.isEmpty)
    }

    func testRawHTMLIsEscapedUnlessAllowed() throws {
        let text = "Hello <script>alert(1)</script> world\n\n<div onclick=\"x()\">block</div>\n"
        guard case let .prose(safe) = try parse(text).cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertFalse(safe.contains("<script>"))
        XCTAssertTrue(safe.contains("&lt;script&gt;"))
        XCTAssertTrue(safe.contains("&lt;div onclick="))
        guard case let .prose(unsafe) = try parse(text, unsafeHTML: true).cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertTrue(unsafe.contains("<script>"))
    }

    func testDangerousLinksAreDropped() throws {
        guard case let .prose(html) = try parse("[x](javascript:alert(1))\n").cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertFalse(html.contains("javascript:"))
    }

    func testHeadingsGetUniqueAnchors() throws {
        let notebook = try parse("# Intro\n\n## Step $x_1$\n\n## Step $x_1$\n")
        XCTAssertEqual(notebook.headings.map(\.id), ["intro", "step-x-1", "step-x-1-2"])
        XCTAssertEqual(notebook.headings[1].text, "Step x_1")
        guard case let .prose(html) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertTrue(html.contains("<h2 id=\"step-x-1-2\">"))
        XCTAssertTrue(html.contains("href=\"#intro\""))
    }

    func testInvalidUTF8IsLocated() {
        var bytes = Array("ok\nab".utf8)
        bytes.append(0xFF)
        XCTAssertThrowsError(try NotebookParser.parse(bytes: bytes, path: "bad.md")) { error in
            let diagnostic = error as? Diagnostic
            XCTAssertEqual(diagnostic?.location, SourceLocation(line: 2, column: 3))
            XCTAssertEqual(diagnostic?.message, "file is not valid UTF-8")
        }
    }

    func testEmptyAndUnclosedFrontMatterFail() {
        XCTAssertThrowsError(try parse("  \n\n")) { XCTAssertEqual(($0 as? Diagnostic)?.message, "notebook is empty") }
        XCTAssertThrowsError(try parse("---\ntitle: x\n\n# Body\n")) { error in
            XCTAssertEqual((error as? Diagnostic)?.location, SourceLocation(line: 1, column: 1))
            XCTAssertEqual((error as? Diagnostic)?.headline, "nb.md:1:1: error: front matter opened here is never closed")
        }
    }

    func testCRLFLineEndings() throws {
        let notebook = try parse("---\r\ntitle: T\r\n---\r\n# A\r\n\r\n```config r\r\nepochs: 2\r\n```\r\n")
        XCTAssertEqual(notebook.frontMatter, "title: T")
        XCTAssertEqual(notebook.cells.last?.kind, .config(yaml: "epochs: 2\n"))
        XCTAssertEqual(notebook.cells.last?.location.line, 6)
    }

    func testSlugs() {
        XCTAssertEqual(Slug.make("Gradient descent, three ways!"), "gradient-descent-three-ways")
        XCTAssertEqual(Slug.make("梯度下降"), "梯度下降")
        XCTAssertEqual(Slug.make("!!!"), "section")
    }
}
