@testable import Notebook
import XCTest

/// The BibTeX reader: entry syntax, values, names and TeX text, and located errors.
final class BibTeXParserTests: XCTestCase {
    private func parse(_ text: String) throws -> [BibEntry] {
        try BibTeXParser.parse(text, path: "references.bib")
    }

    private func error(_ text: String) -> Diagnostic? {
        do {
            _ = try BibTeXParser.parse(text, path: "references.bib")
            return nil
        } catch {
            return error
        }
    }

    func testEntriesWithBracesQuotesNumbersStringsAndConcatenation() throws {
        let entries = try parse("""
        Comments outside entries are ignored.
        % and so are these, even with an @sign in them
        @string{jmlr = "Journal of Machine Learning Research"}
        @comment{ anything {nested} }
        @Article{duchi2011,
          author = "Duchi, John and Hazan, Elad and Singer, Yoram",
          title = {Adaptive Subgradient Methods for {Online} Learning},
          journal = jmlr # { } # "(" # "JMLR" # ")",
          volume = 12, year = 2011, month = jul,
        }
        @misc(pytorch, title = {PyTorch: torch.optim}, url = {https://pytorch.org/docs/stable/optim.html})
        """)
        XCTAssertEqual(entries.map(\.key), ["duchi2011", "pytorch"])
        XCTAssertEqual(entries[0].type, "article")
        XCTAssertEqual(entries[0].text("journal"), "Journal of Machine Learning Research (JMLR)")
        XCTAssertEqual(entries[0].text("title"), "Adaptive Subgradient Methods for Online Learning")
        XCTAssertEqual(entries[0].text("year"), "2011")
        XCTAssertEqual(entries[0].text("month"), "July")
        XCTAssertEqual(entries[0].location, SourceLocation(line: 5, column: 1))
        XCTAssertEqual(entries[1].fields["url"], "https://pytorch.org/docs/stable/optim.html")
        XCTAssertEqual(entries[1].authors.names, [])
    }

    func testTeXAccentsDashesAndProtectedCapitals() {
        XCTAssertEqual(TeXText.plain(#"Schr{\"o}dinger, Andr\'e, Gau{\ss}, {\'E}mile, na\"{\i}ve"#), "Schrödinger, André, Gauß, Émile, naïve")
        XCTAssertEqual(TeXText.plain(#"pages 223--311 --- a~b {NASA} \& \v{C}ech \o{}re"#), "pages 223–311 — a\u{A0}b NASA & Čech øre")
        XCTAssertEqual(TeXText.plain("  two\n   lines  "), "two lines")
        XCTAssertEqual(TeXText.plain(#"\emph{Deep} Learning"#), "Deep Learning")
    }

    func testNamesInBothFormsWithParticlesAndOthers() {
        let (names, others) = BibName.list(#"Kingma, Diederik P. and Jimmy Ba and Ludwig van Beethoven and {World Health Organization} and others"#)
        XCTAssertEqual(names.map(\.family), ["Kingma", "Ba", "van Beethoven", "World Health Organization"])
        XCTAssertEqual(names.map(\.given), ["Diederik P.", "Jimmy", "Ludwig", ""])
        XCTAssertTrue(others)
        XCTAssertEqual(names[0].initials, "D. P.")
        XCTAssertEqual(BibName(family: "Dupont", given: "Jean-Pierre").initials, "J.-P.")
        XCTAssertEqual(BibName.list(#"L{\'e}on Bottou"#).names, [BibName(family: "Bottou", given: "Léon")])
        XCTAssertFalse(BibName.list("A. Author and B. Author").others)
    }

    func testMalformedFilesGiveLocatedErrors() {
        let unclosed = error("@article{a,\n  title = {Open\n")
        XCTAssertEqual(unclosed?.location, SourceLocation(line: 2, column: 11))
        XCTAssertEqual(unclosed?.file, "references.bib")
        XCTAssertTrue(unclosed?.message.contains("unclosed '{'") ?? false, "\(String(describing: unclosed))")
        let noEquals = error("@book{b,\n  title {x}\n}")
        XCTAssertEqual(noEquals?.location, SourceLocation(line: 2, column: 9))
        XCTAssertEqual(noEquals?.message, "expected '=' after field name 'title'")
        let type = error("\n\n@artcle{c, title = {x}}")
        XCTAssertEqual(type?.location, SourceLocation(line: 3, column: 1))
        XCTAssertEqual(type?.hint, "did you mean 'article'?")
        let macro = error("@string{iclr = {ICLR}}\n@misc{d, howpublished = iclrr}")
        XCTAssertEqual(macro?.message, "unknown @string name 'iclrr'")
        XCTAssertEqual(macro?.hint, "did you mean 'iclr'?")
        XCTAssertEqual(error("@misc{e, title = {x}}\n@misc{e, title = {y}}")?.message, "duplicate key 'e' (first defined at line 1)")
        XCTAssertEqual(error("@misc{f, title = \"x}\"}")?.message, "unbalanced '}' in a quoted value")
        XCTAssertEqual(error("@misc{g title = {x}}")?.message, "expected ',' or '}' after 'g'")
    }
}
