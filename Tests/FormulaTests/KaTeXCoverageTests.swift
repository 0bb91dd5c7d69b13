import XCTest
@testable import Formula

/// Golden MathML for the KaTeX commands authors of machine-learning notes write (issue 12): extensible arrows,
/// `\substack`, `\underset` with `\operatorname`, limits in display, accent bars, three stretchy fences, `\boxed`,
/// `\tag`, colours, `\hline`, phantoms and atom-class commands.
final class KaTeXCoverageTests: XCTestCase {
    private func body(_ tex: String) throws -> String {
        let html = try MathML.render(tex, display: true)
        let start = try XCTUnwrap(html.range(of: "<semantics>")).upperBound
        let end = try XCTUnwrap(html.range(of: "<annotation")).lowerBound
        return String(html[start..<end])
    }

    /// (TeX, the MathML between `<semantics>` and `<annotation>`).
    private let golden: [(String, String)] = [
        ("a \\xrightarrow{f} b",
         "<mrow><mi>a</mi><mover><mo>→</mo><mrow><mspace width=\"0.3em\"></mspace><mi>f</mi><mspace width=\"0.3em\"></mspace></mrow></mover><mi>b</mi></mrow>"),
        ("a \\xrightarrow[g]{f} b",
         "<mrow><mi>a</mi><munder><mover><mo>→</mo><mrow><mspace width=\"0.3em\"></mspace><mi>f</mi><mspace width=\"0.3em\"></mspace></mrow></mover><mrow><mspace width=\"0.3em\"></mspace><mi>g</mi><mspace width=\"0.3em\"></mspace></mrow></munder><mi>b</mi></mrow>"),
        ("a \\xleftarrow{f} b",
         "<mrow><mi>a</mi><mover><mo>←</mo><mrow><mspace width=\"0.3em\"></mspace><mi>f</mi><mspace width=\"0.3em\"></mspace></mrow></mover><mi>b</mi></mrow>"),
        ("A \\xRightarrow{\\text{def}} B",
         "<mrow><mi>A</mi><mover><mo>⇒</mo><mrow><mspace width=\"0.3em\"></mspace><mtext>def</mtext><mspace width=\"0.3em\"></mspace></mrow></mover><mi>B</mi></mrow>"),
        ("x \\xmapsto{T} y",
         "<mrow><mi>x</mi><mover><mo>↦</mo><mrow><mspace width=\"0.3em\"></mspace><mi>T</mi><mspace width=\"0.3em\"></mspace></mrow></mover><mi>y</mi></mrow>"),
        ("\\sum_{\\substack{i=1 \\\\ j \\ne i}} x_{ij}",
         "<mrow><munder><mo form=\"prefix\" largeop=\"true\" movablelimits=\"true\" lspace=\"0em\" rspace=\"0.1667em\">∑</mo><mtable><mtr><mtd><mrow><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">=</mo><mn>1</mn></mrow></mtd></mtr><mtr><mtd><mrow><mi>j</mi><mo lspace=\"0em\" rspace=\"0em\">≠</mo><mi>i</mi></mrow></mtd></mtr></mtable></munder><msub><mi>x</mi><mrow><mi>i</mi><mi>j</mi></mrow></msub></mrow>"),
        ("\\underset{\\theta}{\\operatorname{argmax}} L",
         "<mrow><munder><mrow><mi>argmax</mi><mo>⁡</mo></mrow><mi>θ</mi></munder><mi>L</mi></mrow>"),
        ("\\overset{!}{=}",
         "<mrow><mover><mo lspace=\"0em\" rspace=\"0em\">=</mo><mo form=\"postfix\" stretchy=\"false\">!</mo></mover></mrow>"),
        ("\\arg\\max_{k} p_k",
         "<mrow><munder><mo form=\"prefix\" movablelimits=\"true\" lspace=\"0em\" rspace=\"0.1667em\">arg max</mo><mi>k</mi></munder><msub><mi>p</mi><mi>k</mi></msub></mrow>"),
        ("\\overline{X}",
         "<mrow><mrow style=\"border-top:0.06em solid;padding-top:0.08em\"><mi>X</mi></mrow></mrow>"),
        ("\\left\\{ x \\middle| x > 0 \\right\\}",
         "<mrow><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"false\">{</mo><mi>x</mi><mo fence=\"true\" form=\"infix\" stretchy=\"false\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow><mo fence=\"true\" form=\"postfix\" stretchy=\"false\">}</mo></mrow></mrow>"),
        ("\\boxed{x = 1}",
         "<mrow><mrow style=\"border:0.06em solid;padding:0.15em 0.3em\"><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow></mrow></mrow>"),
        ("\\fbox{done}",
         "<mrow><mrow style=\"border:0.06em solid;padding:0.15em 0.3em\"><mtext>done</mtext></mrow></mrow>"),
        ("x = 1 \\tag{1}",
         "<mrow><mi>x</mi><mo>=</mo><mn>1</mn><mrow><mspace width=\"2em\"></mspace><mtext>(1)</mtext></mrow></mrow>"),
        ("\\color{red} x + y",
         "<mrow><mrow mathcolor=\"red\"><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow></mrow></mrow>"),
        ("a + {\\color{blue} b} + c",
         "<mrow><mi>a</mi><mo>+</mo><mrow mathcolor=\"blue\"><mi>b</mi></mrow><mo>+</mo><mi>c</mi></mrow>"),
        ("\\textcolor{#1f77b4}{x}",
         "<mrow><mrow mathcolor=\"#1f77b4\"><mi>x</mi></mrow></mrow>"),
        ("\\begin{array}{c|c} a & b \\\\ \\hline c & d \\end{array}",
         "<mrow><mtable><mtr><mtd style=\"border-right:0.06em solid\"><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd style=\"border-right:0.06em solid;border-top:0.06em solid\"><mi>c</mi></mtd><mtd style=\"border-top:0.06em solid\"><mi>d</mi></mtd></mtr></mtable></mrow>"),
        ("\\begin{array}{cc} \\hline a & b \\\\ c & d \\\\ \\hline \\end{array}",
         "<mrow><mtable><mtr><mtd style=\"border-top:0.06em solid\"><mi>a</mi></mtd><mtd style=\"border-top:0.06em solid\"><mi>b</mi></mtd></mtr><mtr><mtd style=\"border-bottom:0.06em solid\"><mi>c</mi></mtd><mtd style=\"border-bottom:0.06em solid\"><mi>d</mi></mtd></mtr></mtable></mrow>"),
        ("x + \\phantom{y} z",
         "<mrow><mi>x</mi><mo>+</mo><mphantom><mi>y</mi></mphantom><mi>z</mi></mrow>"),
        ("\\mathbin{\\#}",
         "<mrow><mo form=\"prefix\" lspace=\"0em\" rspace=\"0em\">#</mo></mrow>"),
        ("a \\mathrel{\\sim} b",
         "<mrow><mi>a</mi><mo>∼</mo><mi>b</mi></mrow>"),
        ("\\mathop{\\mathrm{rank}}_{i} A",
         "<mrow><munder><mo form=\"prefix\" movablelimits=\"true\" lspace=\"0em\" rspace=\"0.1667em\">rank</mo><mi>i</mi></munder><mi>A</mi></mrow>"),
        ("\\Box \\blacksquare \\lozenge \\bigstar",
         "<mrow><mi mathvariant=\"normal\">□</mi><mi mathvariant=\"normal\">■</mi><mi mathvariant=\"normal\">◊</mi><mi mathvariant=\"normal\">★</mi></mrow>"),
        ("\\overleftrightarrow{AB}",
         "<mrow><mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy=\"true\">↔</mo></mover></mrow>"),
        ("\\underrightarrow{x+y}",
         "<mrow><munder accentunder=\"true\"><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow><mo stretchy=\"true\">→</mo></munder></mrow>"),
        ("\\utilde{x}",
         "<mrow><munder accentunder=\"true\"><mi>x</mi><mo stretchy=\"true\">~</mo></munder></mrow>"),
        ("\\smash{y} + x",
         "<mrow><mpadded height=\"0\" depth=\"0\"><mi>y</mi></mpadded><mo>+</mo><mi>x</mi></mrow>"),
        ("x \\mathrlap{/} y",
         "<mrow><mi>x</mi><mpadded width=\"0\"><mo lspace=\"0em\" rspace=\"0em\">/</mo></mpadded><mi>y</mi></mrow>"),
        ("x \\tag*{A}",
         "<mrow><mi>x</mi><mrow><mspace width=\"2em\"></mspace><mtext>A</mtext></mrow></mrow>"),
    ]

    func testEachCommandRendersItsGoldenMathML() throws {
        XCTAssertGreaterThanOrEqual(golden.count, 20)
        for (tex, expected) in golden {
            XCTAssertEqual(try body(tex), expected, tex)
        }
    }

    func testStackedBasesAreOneElement() throws {
        // munder/mover take exactly two children; a function name plus U+2061 must be wrapped in one mrow.
        let mathML = try body("\\underset{x}{\\operatorname{argmin}} f")
        XCTAssertTrue(mathML.contains("<munder><mrow><mi>argmin</mi><mo>\u{2061}</mo></mrow><mi>x</mi></munder>"), mathML)
    }

    func testColourSwitchEndsWithItsGroup() throws {
        let mathML = try body("{\\color{red} a b} c")
        XCTAssertTrue(mathML.hasSuffix("<mrow mathcolor=\"red\"><mrow><mi>a</mi><mi>b</mi></mrow></mrow><mi>c</mi></mrow>"), mathML)
    }
}
