import Foundation
@testable import Notebook
@testable import Report
import TestSupport
import XCTest

/// Where math and emphasis (or raw HTML) overlap, the math wins, the emphasis is rebuilt around it, and no text
/// is lost; math is found wherever cmark's text holds it.
final class MathEmphasisTests: XCTestCase {
    /// The HTML of `markdown`, each math element (or invalid-TeX span) shown as `[TeX]`.
    private func shown(_ markdown: String, unsafe: Bool = false) -> String {
        RenderedProse.mathAsTeX(ProseRenderer.html(CommonMarkConverter.convert(markdown, options: .init(unsafeHTML: unsafe))))
    }

    func testStarOfAnOptimumInsideEmphasisKeepsTheParagraph() {
        XCTAssertEqual(shown("*Hint: use $w^* = 2$ in the answer.*\n"), "<p><em>Hint: use [w^* = 2] in the answer.</em></p>\n")
        XCTAssertEqual(shown("*Note: the product $x*y$ grows.*\n"), "<p><em>Note: the product [x*y] grows.</em></p>\n")
    }

    func testStrongAroundMathWithDoubleStarsInside() {
        XCTAssertEqual(shown("**Bold $a**b$ text**\n"), "<p><strong>Bold [a**b] text</strong></p>\n")
    }

    func testSeveralSpansWithStarsInsideOneEmphasis() {
        XCTAssertEqual(shown("*see $a*b$ and $c*d$ too*\n"), "<p><em>see [a*b] and [c*d] too</em></p>\n")
    }

    func testEmphasisOpenedBeforeAndClosedAfterAStarInMath() {
        XCTAssertEqual(shown("see *the $x* + y$ value*\n"), "<p>see <em>the [x* + y] value</em></p>\n")
    }

    func testUnderscoreEmphasisAroundSubscriptedOptimum() {
        XCTAssertEqual(shown("_the optimum $w^*_1$ here_\n"), "<p><em>the optimum [w^*_1] here</em></p>\n")
    }

    func testDelimitersThatPairOnlyAcrossMathStayText() {
        XCTAssertEqual(shown("a $x*$ b* c\n"), "<p>a [x*] b* c</p>\n")
        XCTAssertEqual(shown("*a $b$ c\n"), "<p>*a [b] c</p>\n")
        XCTAssertEqual(shown("**a *b $c*d$ e** f*\n"), "<p><em><em>a <em>b [c*d] e</em></em> f</em></p>\n", "as cmark pairs **a *b X e** f*")
    }

    func testBracketInsideMathDoesNotCloseALink() {
        XCTAssertEqual(shown("[see $[0, 1]$ here](/u)\n"), "<p><a href=\"/u\">see [[0, 1]] here</a></p>\n")
        XCTAssertEqual(shown("see $a]$ and [b](/u)\n"), "<p>see [a]] and <a href=\"/u\">b</a></p>\n")
    }

    func testMathHoldingTagLikeTextIsMathInSafeAndUnsafeMode() {
        XCTAssertEqual(shown("math $a <b> c$ here\n"), "<p>math [a &lt;b&gt; c] here</p>\n")
        XCTAssertEqual(shown("math $a <b> c$ here\n", unsafe: true), "<p>math [a &lt;b&gt; c] here</p>\n")
        XCTAssertEqual(shown("$x < y$ and <b>$z$</b>\n", unsafe: true), "<p>[x &lt; y] and <b>[z]</b></p>\n")
        XCTAssertEqual(shown("a <span title=\"$x$\">b</span>\n", unsafe: true), "<p>a <span title=\"$x$\">b</span></p>\n")
    }

    func testMathIsFoundOnLazyLinesAfterMultiLineCodeAndBesideReferences() {
        XCTAssertEqual(shown("> q\n  lazy *z* $y$\n"), "<blockquote>\n<p>q\nlazy <em>z</em> [y]</p>\n</blockquote>\n")
        XCTAssertEqual(shown("x `code\n   more` b $x$\n"), "<p>x <code>code more</code> b [x]</p>\n")
        XCTAssertEqual(shown("cost &#36; and $w$ &amp; \\$ $v$\n"), "<p>cost $ and [w] &amp; $ [v]</p>\n")
        XCTAssertEqual(mathStarts("> q\n  lazy *z* $y$\n\nx `code\n   more` b $x$\n"),
                       [SourceLocation(line: 2, column: 13), SourceLocation(line: 5, column: 13)])
    }

    func testSpansAcrossLinesAndEmphasisStayInPlace() {
        XCTAssertEqual(shown("*a $x*\ny$ b*\n"), "<p><em>a [x*\ny] b</em></p>\n")
        XCTAssertEqual(shown("- *a $$x*\n  y$$ b*\n"), "<ul>\n<li><em>a [x*\n  y] b</em></li>\n</ul>\n")
    }

    func testBacktickInMathOnAFenceLikeLineKeepsTheParagraph() {
        let markdown = "```$x`$ and *y*\n"
        XCTAssertEqual(shown(markdown), "<p>```[x`] and <em>y</em></p>\n")
        XCTAssertEqual(CommonMarkConverter.placingMath(SourceText(markdown), options: .init()).unplaced, [])
    }

    private func mathStarts(_ markdown: String) -> [SourceLocation] {
        var starts: [SourceLocation] = []
        for block in CommonMarkConverter.convert(markdown) {
            block.forEachInline { if case .math = $0.kind { starts.append($0.range.start) } }
        }
        return starts
    }
}
