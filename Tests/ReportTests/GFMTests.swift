@testable import Notebook
@testable import Report
import XCTest

/// What nbrun adds to GitHub's Markdown: math inside tables, strikethrough around math, callouts with titles in
/// the page's language, footnote back-links in it, and table cells placed where they are in the file.
final class GFMTests: XCTestCase {
    private func tex(_ html: String) -> String { RenderedProse.mathAsTeX(html) }

    // MARK: - Math in tables

    func testAPipeInsideMathDoesNotSplitATableCell() {
        let html = tex(ProseRenderer.html(convertedBlocks("| norm | rule |\n|---|---|\n| $|w|$ | $a|b$ and c |\n")))
        XCTAssertTrue(html.contains("<td>[|w|]</td>\n<td>[a|b] and c</td>"), html)
    }

    func testAPipeInsideMathInTheHeaderRowKeepsTheTableTwoColumnsWide() {
        let html = tex(ProseRenderer.html(convertedBlocks("| $a|b$ | c |\n|---|---|\n| 1 | 2 |\n")))
        XCTAssertTrue(html.contains("<th>[a|b]</th>\n<th>c</th>"), html)
        XCTAssertTrue(html.contains("<td>1</td>\n<td>2</td>"), html)
    }

    func testAnEscapedPipeIsAPipeInTextCodeAndMathOfACell() {
        let html = tex(ProseRenderer.html(convertedBlocks("| a |\n|---|\n| x \\| y `p\\|q` $u\\|v$ |\n")))
        XCTAssertTrue(html.contains("<td>x | y <code>p|q</code> [u|v]</td>"), html)
    }

    func testATildeInsideMathNeverPairsWithOneOutside() {
        let html = tex(ProseRenderer.html(convertedBlocks("$x~y$ and ~z~ and ~~$a~b$~~\n")))
        XCTAssertEqual(html, "<p>[x~y] and <del>z</del> and <del>[a~b]</del></p>\n")
    }

    // MARK: - Where cells and the paragraph before a table stand

    func testMathInATableAndInTheParagraphItInterruptsIsLocatedWhereItIsWritten() throws {
        let blocks = convertedBlocks("- Intro with $p$\n  and $q$ here:\n  | h \\| i | $r$ |\n  |---|---|\n  | x \\| y $s$ | `z` $t$ |\n")
        var found: [String: SourceLocation] = [:]
        blocks.first?.forEachInline { inline in
            if case let .math(tex, _) = inline.kind { found[tex] = inline.range.start }
        }
        XCTAssertEqual(found["p"], SourceLocation(line: 1, column: 15))
        XCTAssertEqual(found["q"], SourceLocation(line: 2, column: 8))
        XCTAssertEqual(found["r"], SourceLocation(line: 3, column: 15))
        XCTAssertEqual(found["s"], SourceLocation(line: 5, column: 13))
        XCTAssertEqual(found["t"], SourceLocation(line: 5, column: 23))
    }

    // MARK: - Callouts

    func testAlertSyntaxBecomesACalloutWithoutItsMarkerLine() throws {
        let blocks = convertedBlocks("> [!warning]\n> Mind the *step*.\n>\n> More.\n")
        guard case let .callout(kind, body)? = blocks.first?.kind else { return XCTFail("not a callout: \(blocks)") }
        XCTAssertEqual(kind, .warning)
        XCTAssertEqual(body.count, 2)
        let html = ProseRenderer.html(blocks)
        XCTAssertTrue(html.hasPrefix("<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\"><svg class=\"callout-icon\""), html)
        XCTAssertTrue(html.hasSuffix("</svg>Warning</p>\n<p>Mind the <em>step</em>.</p>\n<p>More.</p>\n</div>\n"), html)
    }

    func testAMarkerWithTextOnItsLineOrInsideAListItemOfTheQuoteStaysAQuote() {
        for markdown in ["> [!NOTE] text on the line\n", "> - [!NOTE]\n> text\n", "> text\n> [!NOTE]\n"] {
            let blocks = convertedBlocks(markdown)
            guard case .blockQuote? = blocks.first?.kind else { return XCTFail("\(markdown.debugDescription) is no plain quote: \(blocks)") }
        }
    }

    func testCalloutTitlesAndFootnoteBackLinksAreInThePageLanguage() {
        let blocks = convertedBlocks("> [!TIP]\n> 小步。\n\n正文[^1]。\n\n[^1]: 脚注。\n")
        let html = ProseRenderer.html(blocks, words: .chinese)
        XCTAssertTrue(html.contains("</svg>提示</p>\n<p>小步。</p>"), html)
        XCTAssertTrue(html.contains("aria-label=\"返回正文\">↩</a></p>"), html)
        let titles = Callout.allCases.map { ReportStrings.chinese.callout($0) }
        XCTAssertEqual(titles, ["注意", "提示", "重要", "警告", "小心"])
    }

    func testAnUnknownMarkerIsALocatedWarningWithTheClosestKind() throws {
        let text = "# T\n\n- item\n\n  > [!NOTES]\n  > typo\n\n> [!DANGER]\n> none close\n\n> [!tip] on one line\n\n> [!NOTE]\n> fine\n"
        let notebook = try NotebookParser.parse(bytes: Array(text.utf8), path: "n.md")
        XCTAssertEqual(notebook.warnings.map(\.description), [
            "n.md:5:5: warning: unknown callout '[!NOTES]'; the quote is shown as a plain quote\n  hint: did you mean '[!NOTE]'?",
            "n.md:8:3: warning: unknown callout '[!DANGER]'; the quote is shown as a plain quote\n"
                + "  hint: a callout is one of [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION]",
            "n.md:11:3: warning: callout marker '[!TIP]' must stand alone on the quote's first line; the quote is shown as a plain quote\n"
                + "  hint: move the text after '[!tip]' to the next line",
        ])
    }
}
