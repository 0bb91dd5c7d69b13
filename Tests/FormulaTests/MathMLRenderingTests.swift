import TestSupport
import XCTest
@testable import Formula

/// Structure of the MathML for representative formulas: exact strings for small cases, a golden file for 25.
final class MathMLRenderingTests: XCTestCase {
    func body(_ tex: String, display: Bool = true) throws -> String {
        let html = try MathML.render(tex, display: display)
        let start = html.range(of: "<semantics>")!.upperBound
        let end = html.range(of: "<annotation")!.lowerBound
        return String(html[start..<end])
    }

    func testEnvelopeCarriesEscapedTeX() throws {
        XCTAssertEqual(try MathML.render("a<b", display: false),
                       "<math><semantics><mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
                       + "<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>")
        XCTAssertTrue(try MathML.render("x", display: true).hasPrefix("<math display=\"block\"><semantics><mrow><mi>x</mi></mrow>"))
        XCTAssertTrue(try MathML.render("\\text{A \\& \"q\" <}", display: true).contains("<mtext>A &amp; \"q\" &lt;</mtext>"))
    }

    func testNumbersIdentifiersAndOperators() throws {
        XCTAssertEqual(try body("2x + 3.14"), "<mrow><mn>2</mn><mi>x</mi><mo>+</mo><mn>3.14</mn></mrow>")
        XCTAssertEqual(try body("-x"), "<mrow><mo form=\"prefix\" lspace=\"0em\" rspace=\"0em\">−</mo><mi>x</mi></mrow>")
        XCTAssertEqual(try body("\\mathrm{lr}"), "<mrow><mi mathvariant=\"normal\">lr</mi></mrow>")
        XCTAssertEqual(try body("\\Gamma"), "<mrow><mi mathvariant=\"normal\">Γ</mi></mrow>")
    }

    func testLimitsPlacementDependsOnDisplayMode() throws {
        let display = try body("\\sum_{i=1}^{N} x_i")
        let inline = try body("\\sum_{i=1}^{N} x_i", display: false)
        XCTAssertTrue(display.hasPrefix("<mrow><munderover><mo form=\"prefix\" largeop=\"true\" movablelimits=\"true\""), display)
        XCTAssertTrue(inline.hasPrefix("<mrow><msubsup><mo form=\"prefix\" largeop=\"true\" movablelimits=\"true\""), inline)
        XCTAssertTrue(try body("\\arg\\min_{w} L").contains("<munder><mo form=\"prefix\" movablelimits=\"true\" lspace=\"0em\" rspace=\"0.1667em\">arg min</mo><mi>w</mi></munder>"))
        XCTAssertTrue(try body("\\int_0^1 f").hasPrefix("<mrow><msubsup><mo form=\"prefix\" largeop=\"true\""))
    }

    func testFontsUseMathematicalAlphanumerics() throws {
        XCTAssertEqual(try body("\\mathbf{x}\\boldsymbol{\\theta}\\mathbb{R}\\mathcal{X}\\mathfrak{g}"),
                       "<mrow><mi>𝐱</mi><mi>𝜽</mi><mi>ℝ</mi><mi>𝒳</mi><mi>𝔤</mi></mrow>")
        XCTAssertEqual(try body("\\mathbb{1}"), "<mrow><mn>𝟙</mn></mrow>")
        XCTAssertFalse(try body("\\mathbf{W}\\mathcal{L}").contains("mathvariant"))
    }

    func testFencesAndDelimiters() throws {
        XCTAssertEqual(try body("\\left(\\frac{a}{b}\\right)"),
                       "<mrow><mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\">(</mo>"
                       + "<mfrac><mi>a</mi><mi>b</mi></mfrac>"
                       + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\" symmetric=\"true\">)</mo></mrow></mrow>")
        XCTAssertTrue(try body("\\bigl( x \\bigr)").contains("<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" form=\"prefix\">(</mo>"))
        XCTAssertTrue(try body("\\|x\\|").contains("<mo stretchy=\"false\" lspace=\"0em\" rspace=\"0em\">‖</mo>"))
        XCTAssertTrue(try body("f(x)").contains("<mo form=\"prefix\" stretchy=\"false\">(</mo>"))
    }

    func testDeterministicOutput() throws {
        for tex in try MathMLCorpusTests.corpus().prefix(40) {
            XCTAssertEqual(try MathML.render(tex, display: true), try MathML.render(tex, display: true))
        }
    }

    /// Twenty-five representative formulas, compared with the golden file and checked for structure.
    static let representative = [
        "\\mathrm{MSE} = \\frac{1}{N}\\sum_{i=1}^{N} (y_i - \\hat{y}_i)^2",
        "L_\\delta(r) = \\begin{cases} \\frac{1}{2} r^2 & \\text{if } |r| \\le \\delta \\\\ \\delta \\left(|r| - \\frac{1}{2}\\delta\\right) & \\text{otherwise} \\end{cases}",
        "\\mathcal{L}_{\\mathrm{BCE}} = -\\frac{1}{N}\\sum_{i=1}^{N} \\left[ y_i \\log \\hat{p}_i + (1 - y_i) \\log (1 - \\hat{p}_i) \\right]",
        "\\ell(y, f(\\mathbf{x})) = \\max(0, 1 - y\\, f(\\mathbf{x}))",
        "\\operatorname{softmax}(\\mathbf{z})_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}",
        "\\theta_{t+1} = \\theta_t - \\eta \\nabla_\\theta J(\\theta_t)",
        "\\theta_t = \\theta_{t-1} - \\alpha \\frac{\\hat{m}_t}{\\sqrt{\\hat{v}_t} + \\varepsilon}",
        "\\begin{aligned} m_t &= \\beta_1 m_{t-1} + (1-\\beta_1) g_t \\\\ v_t &= \\beta_2 v_{t-1} + (1-\\beta_2) g_t^2 \\end{aligned}",
        "J(\\mathbf{w}) = \\frac{1}{2N}\\|X\\mathbf{w} - \\mathbf{y}\\|_2^2 + \\lambda \\|\\mathbf{w}\\|_1",
        "\\hat{\\mathbf{w}} = \\arg\\min_{\\mathbf{w}} \\|X\\mathbf{w} - \\mathbf{y}\\|^2",
        "\\delta^{(l)} = \\left( (W^{(l+1)})^\\top \\delta^{(l+1)} \\right) \\odot \\sigma'(z^{(l)})",
        "\\mathbf{x}_{k+1} = \\mathbf{x}_k - H^{-1} \\nabla f(\\mathbf{x}_k)",
        "\\beta_k = \\frac{\\mathbf{r}_{k+1}^\\top \\mathbf{r}_{k+1}}{\\mathbf{r}_k^\\top \\mathbf{r}_k}",
        "f(\\mathbf{x}_k + \\alpha \\mathbf{p}_k) \\le f(\\mathbf{x}_k) + c_1 \\alpha \\nabla f_k^\\top \\mathbf{p}_k",
        "A = \\begin{pmatrix} a_{11} & a_{12} \\\\ a_{21} & a_{22} \\end{pmatrix}",
        "\\left[\\begin{array}{cc|c} 1 & 2 & 3 \\\\ 4 & 5 & 6 \\end{array}\\right]",
        "\\underbrace{\\frac{1}{N}\\sum_{i=1}^{N}(y_i - \\hat y_i)^2}_{\\text{data fit}} + \\lambda\\|\\mathbf{w}\\|^2",
        "\\sqrt[3]{x^3 + y^3} + \\dfrac{1}{2} + \\tfrac{1}{2} + \\binom{n}{k}",
        "\\lim_{n \\to \\infty} \\left(1 + \\frac{1}{n}\\right)^n = e",
        "\\mathbb{N} \\subset \\mathbb{Z} \\subset \\mathbb{Q} \\subset \\mathbb{R} \\subset \\mathbb{C}",
        "\\vec{v} + \\bar{x} + \\overline{z} + \\tilde{x} + \\dot{x} + \\ddot{x} + \\widehat{xy}",
        "a\\,b\\:c\\;d\\!e\\quad f\\qquad g~h",
        "\\text{cost} = \\$5, \\quad \\text{rate} = 5\\%",
        "\\left\\{ x \\middle| x > 0 \\right\\}",
        "\\mathbf{W}^\\intercal, \\quad A^\\top, \\quad \\lVert \\mathbf{x} \\rVert",
    ]

    func testRepresentativeFormulasMatchGoldenFile() throws {
        var text = ""
        for tex in Self.representative {
            text += tex + "\n" + (try MathML.render(tex, display: true)) + "\n\n"
        }
        assertSnapshot(text, named: "representative.txt")
        XCTAssertEqual(Self.representative.count, 25)
    }

    func testRepresentativeStructure() throws {
        let cases = try body(Self.representative[1])
        XCTAssertTrue(cases.contains("<mo fence=\"true\" form=\"prefix\" stretchy=\"true\" symmetric=\"true\">{</mo><mtable>"))
        XCTAssertEqual(cases.components(separatedBy: "<mtr>").count - 1, 2)
        XCTAssertEqual(cases.components(separatedBy: "<mtd style=\"text-align:left").count - 1, 4)
        let aligned = try body(Self.representative[7])
        XCTAssertTrue(aligned.contains("<mtd style=\"text-align:left;padding-left:0\"><mrow><mi></mi><mo>=</mo>"), aligned)
        let matrix = try body(Self.representative[14])
        XCTAssertEqual(matrix.components(separatedBy: "<mtd>").count - 1, 4)
        let array = try body(Self.representative[15])
        XCTAssertEqual(array.components(separatedBy: "border-right").count - 1, 2)
        let brace = try body(Self.representative[16])
        XCTAssertTrue(brace.contains("<munder><munder accentunder=\"true\">"))
        XCTAssertTrue(brace.contains("<mo stretchy=\"true\">⏟</mo></munder><mtext>data fit</mtext></munder>"))
        let prime = try body(Self.representative[10])
        XCTAssertTrue(prime.contains("<mi>σ</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo>"), prime)
        let spaces = try body(Self.representative[21])
        XCTAssertTrue(spaces.contains("<mspace width=\"0.1667em\"></mspace>"))
        XCTAssertTrue(spaces.contains("<mspace style=\"margin-left:-0.1667em\"></mspace>"))
        XCTAssertTrue(spaces.contains("<mspace width=\"2em\"></mspace>"))
    }
}
