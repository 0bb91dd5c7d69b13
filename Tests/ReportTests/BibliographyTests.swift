import Markup
@testable import Notebook
@testable import Report
import XCTest

/// Author–year citations and the bibliography's order and entries.
final class BibliographyTests: XCTestCase {
    private func bibliography(_ text: String) throws -> Bibliography {
        Bibliography(try BibTeXParser.parse(text, path: "references.bib"), path: "references.bib")
    }

    private func cite(_ keys: [String], inText: Bool = false, words: ReferenceWords = .english, in bibliography: Bibliography) -> String {
        let items = keys.map { Citation.Item(key: $0, location: SourceLocation(line: 1, column: 1)) }
        return bibliography.html(Citation(items: items, inText: inText, literal: "@" + keys[0]), words: words)
    }

    private let entries = """
    @misc{one, author = {Ruder, Sebastian}, title = {B}, year = 2016}
    @misc{two, author = {Kingma, D. P. and Ba, J.}, title = {Adam}, year = 2015}
    @misc{three, author = {A. Adams and B. Brown and C. Clark}, title = {T}, year = 2020}
    @misc{others, author = {Zed, Z. and others}, title = {O}, year = 2001}
    @misc{nobody, title = {Anonymous work}}
    @misc{twin-b, author = {Ruder, S.}, title = {Zeta}, year = 2016}
    """

    func testAuthorLabelsInParenthesesAndInTheText() throws {
        let bib = try bibliography(entries)
        XCTAssertEqual(cite(["two"], in: bib), "(<a class=\"citation\" href=\"#ref-two\">Kingma &amp; Ba, 2015</a>)")
        XCTAssertEqual(cite(["two"], inText: true, in: bib), "<a class=\"citation\" href=\"#ref-two\">Kingma and Ba (2015)</a>")
        XCTAssertTrue(cite(["three", "others"], in: bib).contains(">Adams et al., 2020</a>; <a class=\"citation\" href=\"#ref-others\">Zed et al., 2001</a>)"))
        XCTAssertTrue(cite(["nobody"], in: bib).contains(">Anonymous work, n.d.</a>"))
        XCTAssertEqual(cite(["two"], words: .chinese, in: bib), "（<a class=\"citation\" href=\"#ref-two\">Kingma &amp; Ba，2015</a>）")
        XCTAssertEqual(cite(["three"], inText: true, words: .chinese, in: bib), "<a class=\"citation\" href=\"#ref-three\">Adams 等（2020）</a>")
        XCTAssertEqual(cite(["missing"], inText: true, in: bib), "@missing", "an in-text @word that names no entry stays text")
        XCTAssertTrue(cite(["missing"], in: bib).hasPrefix("(<span class=\"value-error\""))
    }

    func testSameAuthorAndYearGetLettersOnlyAmongThePagesCitations() throws {
        let bib = try bibliography(entries)
        XCTAssertTrue(cite(["one", "twin-b"], in: bib).contains(">Ruder, 2016a</a>; <a class=\"citation\" href=\"#ref-twin-b\">Ruder, 2016b</a>"))
        let page = bib.citing(["one": SourceLocation(line: 1, column: 1)])
        XCTAssertEqual(cite(["one"], in: page), "(<a class=\"citation\" href=\"#ref-one\" id=\"cite-one\">Ruder, 2016</a>)",
                       "one of the two cited: no letter; the first citation is the back-link's target")
    }

    func testBibliographyOrderAndEntries() throws {
        let bib = try bibliography(entries + """

        @article{j, author = {Bottou, L{\\'e}on}, title = {Large-scale {ML}}, journal = {{SIAM} Review}, volume = 60,
          number = 2, pages = {223--311}, year = 2018, doi = {10.1137/16M1080173}}
        @book{b, author = {Bishop, Christopher M.}, title = {Pattern Recognition}, publisher = {Springer}, year = 2006}
        """)
        XCTAssertEqual(bib.sorted(["two", "one", "three", "j", "b", "nobody"]).map(\.key), ["three", "nobody", "b", "j", "two", "one"])
        let article = MarkupNode.el("li", [], bib.item(try XCTUnwrap(bib.entries["j"]), words: .english)).render()
        XCTAssertEqual(article, "<li>Bottou, L. (2018). Large-scale ML. <em>SIAM Review</em>, 60(2), 223–311. "
                       + "<a href=\"https://doi.org/10.1137/16M1080173\">https://doi.org/10.1137/16M1080173</a></li>")
        let book = MarkupNode.el("li", [], bib.item(try XCTUnwrap(bib.entries["b"]), words: .english)).render()
        XCTAssertEqual(book, "<li>Bishop, C. M. (2006). <em>Pattern Recognition</em>. Springer.</li>")
    }
}
