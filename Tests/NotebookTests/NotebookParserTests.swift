@testable import Notebook
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
        guard case let .prose(blocks, markdown) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertEqual(markdown, "# Title\n\nSome *prose*.")
        guard case let .paragraph(inlines) = blocks.last?.kind else { return XCTFail("expected a paragraph") }
        XCTAssertEqual(inlines.map(\.kind), [.text("Some "), .emphasis([Inline(.text("prose"), range: inlines[1].children[0].range)]), .text(".")])
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
        let kinds = try inlineKinds(notebook)
        XCTAssertFalse(kinds.contains { if case .emphasis = $0 { return true } else { return false } }, "emphasis inside math is undone")
        XCTAssertTrue(kinds.contains(.code("$not math$")))
        XCTAssertEqual(kinds.last, .text(" and $5."))
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

    func testRawHTMLIsTextUnlessAllowed() throws {
        let text = "Hello <b>x</b> world\n\n<div onclick=\"x()\">block</div>\n"
        let safe = try parse(text)
        XCTAssertEqual(try inlineKinds(safe), [.text("Hello "), .text("<b>"), .text("x"), .text("</b>"), .text(" world"),
                                                .text("<div onclick=\"x()\">block</div>")])
        let unsafe = try parse(text, unsafeHTML: true)
        XCTAssertEqual(try inlineKinds(unsafe), [.text("Hello "), .html("<b>"), .text("x"), .html("</b>"), .text(" world")])
        guard case let .prose(blocks, _) = unsafe.cells[0].kind else { return XCTFail("expected prose") }
        XCTAssertEqual(blocks.last?.kind, .html("<div onclick=\"x()\">block</div>\n"))
    }

    func testDangerousLinksAreEmptiedUnlessAllowed() throws {
        let text = "[x](javascript:alert(1)) ![i](data:image/png;base64,AA) [f](FILE:///etc/passwd)\n"
        let destinations = { (notebook: Notebook) in
            try self.inlineKinds(notebook).compactMap { kind -> String? in
                switch kind {
                case let .link(destination, _, _), let .image(destination, _, _): return destination
                default: return nil
                }
            }
        }
        XCTAssertEqual(try destinations(try parse(text)), ["", "data:image/png;base64,AA", ""])
        XCTAssertEqual(try destinations(try parse(text, unsafeHTML: true)), ["javascript:alert(1)", "data:image/png;base64,AA", "FILE:///etc/passwd"])
    }

    func testNULBecomesReplacementCharacterAndNothingIsLost() throws {
        let notebook = try parse("a\u{0}b\n\nsecond paragraph\n\n```config r\nepochs: 1\n```\n")
        XCTAssertEqual(try inlineKinds(notebook), [.text("a\u{FFFD}b"), .text("second paragraph")])
        XCTAssertEqual(notebook.cells.last?.name, "r")
    }

    /// The inline kinds of the first prose cell, top-level inlines of its paragraphs and headings in order.
    private func inlineKinds(_ notebook: Notebook) throws -> [Inline.Kind] {
        guard case let .prose(blocks, _) = notebook.cells.first?.kind else { throw XCTSkip("no prose") }
        return blocks.flatMap { block -> [Inline.Kind] in
            switch block.kind {
            case let .paragraph(inlines), let .heading(_, _, inlines): return inlines.map(\.kind)
            default: return []
            }
        }
    }

    func testHeadingsGetUniqueAnchors() throws {
        let notebook = try parse("# Intro\n\n## Step $x_1$\n\n## Step $x_1$\n")
        XCTAssertEqual(notebook.headings.map(\.id), ["intro", "step-x-1", "step-x-1-2"])
        XCTAssertEqual(notebook.headings[1].text, "Step x_1")
        guard case let .prose(blocks, _) = notebook.cells[0].kind else { return XCTFail("expected prose") }
        let anchors = blocks.compactMap { block -> String? in
            if case let .heading(_, anchor, _) = block.kind { return anchor }
            return nil
        }
        XCTAssertEqual(anchors, ["intro", "step-x-1", "step-x-1-2"])
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
