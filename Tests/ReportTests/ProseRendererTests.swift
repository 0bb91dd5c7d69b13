@testable import Notebook
@testable import Report
import TestSupport
import XCTest

/// The prose renderer against libcmark's own HTML where no math is involved, and math where it must and must
/// not be found.
final class ProseRendererTests: XCTestCase {
    /// Our HTML for `markdown`: the converter's blocks rendered without heading anchors (cmark has none).
    private func html(_ markdown: String, unsafe: Bool = false) -> String {
        ProseRenderer.html(convertedBlocks(markdown, unsafe: unsafe))
    }

    private func assertSameAsCmark(_ markdown: String, unsafe: Bool = true, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(html(markdown, unsafe: unsafe), CommonMarkConverter.referenceHTML(markdown, unsafe: unsafe),
                       "for \(markdown.debugDescription)", file: file, line: line)
    }

    func testCommonMarkConstructsRenderAsLibcmarkDoes() {
        let samples = [
            "# H1\n\nSetext\n===\n\n## H2 ##\n\npara *em* **strong** ***both*** _u_ __uu__\n",
            "- a\n- b\n\n  loose\n- c\n\n1. one\n2. two\n\n7) seven\n8) eight\n",
            "- tight\n  - nested\n    1. deep\n- > quote in item\n",
            "> quote\n> > nested\nlazy line\n\n> - list in quote\n",
            "    indented code\n      more\n\n```\nfenced no info\n```\n\n~~~ py extra words\nx < 1 && y > \"2\"\n~~~\n",
            "<div>\n*raw*\n</div>\n\ntext <span title=\"t\">inline</span> &amp; &copy; &#35; &#x41; &bogus;\n",
            "line  \nhard\\\nbreaks\nsoft\n\n***\n---\n___\n",
            "[link](/u \"title\") [ref][r] [collapsed][] <http://a.b/c?d=e&f='g'> <me@x.org>\n\n[r]: /ref 'T \"q\"'\n[collapsed]: </with space>\n",
            "![alt *em* `c`](/i.png \"t\") [a](<b c> \"d\") [ü](/ü%20x~y{z}|[q]^`)\n",
            "\\*not em\\* \\\\ \\` `code ``with`` ticks` ``` `` ```\n",
            "<!-- comment -->\n\n<?php x ?>\n\nend <!-- inline --> and <a href=\"x\">\n",
            "1. a\n\n   b\n2. c\n\n- [ ] box\n- x\n\n+ plus\n* star\n",
            "Tab\there\n\n\tcode with tab\n\n- \tx\n",
            "[all](<!\"#$%&'()*+,-./09:;=?@AZ[\\]^_`az{|}~ é\u{7F}>)\n",
        ]
        for sample in samples { assertSameAsCmark(sample) }
    }

    /// Seeded random Markdown without dollars, built from fragments at random indentation and nesting.
    func testRandomDocumentsRenderAsLibcmarkDoes() {
        let fragments = ["# Head", "text *em* and **strong**", "- item", "  - sub", "1. one", "> quote", ">", "",
                         "    code", "```", "~~~ x", "***", "[l](/x \"t\")", "![i](/p)", "a  ", "b\\", "<b>x</b>", "<div>",
                         "`c`", "&amp; &lt; &x;", "Setext", "---", "===", "  lazy", "* * *", "_u_ __s__", "\tt", "<http://x>"]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let prefix = ["", " ", "  ", "> ", "- ", "1. "].randomElement(using: &generator) ?? ""
                lines.append(prefix + (fragments.randomElement(using: &generator) ?? ""))
            }
            assertSameAsCmark(lines.joined(separator: "\n") + "\n")
        }
    }

    func testRawHTMLIsShownAsTextInSafeMode() {
        XCTAssertEqual(html("a <b>x</b>\n\n<div>\nblock\n</div>\n"), "<p>a &lt;b&gt;x&lt;/b&gt;</p>\n<p>&lt;div&gt;\nblock\n&lt;/div&gt;</p>\n")
        XCTAssertEqual(html("[x](javascript:alert(1))\n"), "<p><a href=\"\">x</a></p>\n")
    }

    // MARK: - Math only where cmark saw text

    private func maths(_ markdown: String) -> [String] {
        var found: [String] = []
        for block in convertedBlocks(markdown) {
            block.forEachInline { if case let .math(tex, _) = $0.kind { found.append(tex) } }
        }
        return found
    }

    func testLinkDestinationsAutolinksAndAltTextHoldNoMath() {
        for markdown in ["[link](/a$b$c)\n", "<http://example.com/$x$/y>\n", "![$x$](/i.png)\n", "[t](/u \"$x$\")\n"] {
            XCTAssertEqual(maths(markdown), [], markdown)
            assertSameAsCmark(markdown, unsafe: false)
        }
    }

    func testRawHTMLHoldsNoMathWithOrWithoutUnsafeHTML() {
        for markdown in ["a <span title=\"$x$\">b</span>\n", "a <!-- $x$ --> b\n", "<div title=\"$x$\">\n$y$\n</div>\n"] {
            XCTAssertEqual(maths(markdown), [], markdown)
            assertSameAsCmark(markdown, unsafe: true)
            XCTAssertFalse(html(markdown).contains("<math"), markdown)
        }
    }

    func testReferenceLinkLabelKeepsItsLinkAndMath() {
        let rendered = html("[$x$]\n\n[$x$]: /u\n")
        XCTAssertTrue(rendered.hasPrefix("<p><a href=\"/u\"><math><semantics><mrow><mi>x</mi>"), rendered)
    }

    func testSpanNeverCrossesABlockBoundary() {
        let list = "$a\n- b$\n"
        XCTAssertEqual(maths(list), [])
        assertSameAsCmark(list)
        let setext = "Title $a\n===\n\nmore b$\n"
        XCTAssertEqual(maths(setext), [])
        assertSameAsCmark(setext)
    }

    func testPlaceholderLikeTextIsJustText() {
        XCTAssertEqual(html("nbrunmath0x and $x$ and nbrunmath1x\n").components(separatedBy: "nbrunmath").count, 3)
        assertSameAsCmark("nbrunmath0x\n")
    }

    func testMathTakesTheSourceBetweenDollars() {
        XCTAssertEqual(maths("$\\{x\\} \\, a*b*c$ and $a^*$ or $b^*$ \\$5 `$c$`\n"), ["\\{x\\} \\, a*b*c", "a^*", "b^*"])
        XCTAssertFalse(html("$a^*$ or $b^*$\n").contains("<em>"), "emphasis cmark saw inside math is undone")
        XCTAssertEqual(maths("*see $x$ here*\n"), ["x"])
        XCTAssertTrue(html("*see $x$ here*\n").hasPrefix("<p><em>see <math>"))
        XCTAssertEqual(maths("> $$\n> a +\n> b\n> $$\n"), ["\na +\nb\n"], "quote markers are not TeX")
        XCTAssertEqual(maths("It costs $5 and $10.\n"), [])
        XCTAssertEqual(maths("- item $x$\n  cont $y_1$\n"), ["x", "y_1"])
        XCTAssertEqual(maths("a $a$ $a$ \n$b$ end\n\nx $c$  \ny $d$\n"), ["a", "a", "b", "c", "d"], "trailing spaces and hard breaks")
    }

    func testMathLocationsPointAtTheTeX() {
        var starts: [SourceLocation] = []
        for block in convertedBlocks("para\n   next $abc$\n\n> q\n> also $d$\n") {
            block.forEachInline { if case .math = $0.kind { starts.append($0.range.start) } }
        }
        XCTAssertEqual(starts, [SourceLocation(line: 2, column: 10), SourceLocation(line: 5, column: 9)])
    }
}

final class DisclosureRenderingTests: XCTestCase {
    func testCollapsedSectionRendersAsDetailsWithEscapedSummary() {
        let section = convertedBlocks("<details>\n<summary>Answers</summary>\n\n*Yes.*\n\n</details>\n")
        XCTAssertEqual(ProseRenderer.html(section), "<details>\n<summary>Answers</summary>\n<p><em>Yes.</em></p>\n</details>\n")
        let unsafeScript = convertedBlocks("<details><script>x()</script>\n")
        XCTAssertFalse(ProseRenderer.html(unsafeScript).contains("<script>"))
    }
}

/// The converter's blocks for `markdown`; a nesting error fails the test.
func convertedBlocks(_ markdown: String, unsafe: Bool = false, file: StaticString = #filePath, line: UInt = #line) -> [Block] {
    do {
        return try CommonMarkConverter.convert(markdown, options: .init(unsafeHTML: unsafe))
    } catch {
        XCTFail("Markdown nested too deeply at \(error.location)", file: file, line: line)
        return []
    }
}

/// Markdown at the nesting limit parses and renders on a 512 KiB stack, the default of a worker thread on macOS.
final class NestingLimitRenderingTests: XCTestCase {
    func testEveryConstructAtTheLimitRendersOnA512KiBStack() {
        for construct in NestedMarkdown.allCases {
            let text = construct.text(levels: NotebookLimits.maxNesting)
            let html = onThread(stackSize: 512 << 10) { () -> String? in
                guard let notebook = try? NotebookParser.parse(bytes: Array(text.utf8), path: "deep.md") else { return nil }
                return notebook.cells.map { cell -> String in
                    guard case let .prose(blocks, _) = cell.kind else { return "" }
                    return ProseRenderer.html(blocks)
                }.joined()
            }
            let rendered = html ?? ""
            XCTAssertFalse(rendered.isEmpty, "\(construct)")
            let opened = ["<blockquote>", "<ul>", "<em>", "<strong>", "<del>", "<img ", "<details>"].map { rendered.components(separatedBy: $0).count - 1 }
            let outermostOnly = construct == .images || construct == .linkInImages  // the rest is the image's alt text
            XCTAssertEqual(opened.reduce(0, +), outermostOnly ? 1 : NotebookLimits.maxNesting, "\(construct): \(opened)")
        }
    }
}
