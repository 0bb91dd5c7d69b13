import Foundation
import XCTest

/// Numbered equations and figures referenced across a course, and citations from its `references.bib`.
final class CrossReferenceEndToEndTests: XCTestCase {
    private let bib = """
    @inproceedings{kingma2015,
      author = {Kingma, Diederik P. and Ba, Jimmy}, title = {Adam: A Method for Stochastic Optimization},
      booktitle = {ICLR}, year = 2015, url = {https://arxiv.org/abs/1412.6980?a=1&b=2}
    }
    @article{ruder2016, author = {Sebastian Ruder and Ann Other and Bo Third}, title = {An overview},
      journal = {arXiv}, year = 2016, doi = {10.48550/arXiv.1609.04747}}
    @book{bishop2006, author = {Bishop, Christopher M.}, title = {Pattern Recognition and Machine Learning},
      publisher = {Springer}, year = 2006}

    """
    private let run = "```config curve\n#| label: fig-curve\n#| fig-cap: \"Loss <per> epoch.\"\ndata: {generate: linear, n: 20}\nepochs: 5\nshow: [curve]\n```\n"

    private func write(_ files: [String: String]) throws -> URL {
        let folder = try NBRunProcess.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    private func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// A chapter rendered alone inside a course folder resolves the other chapters' labels with the course's
    /// numbers (parsing them, not running them); without an `index.md` the folder is not a course and the same
    /// reference is an unknown label.
    func testAChapterRenderedAloneNumbersAndLinksLikeItsCourse() throws {
        let chapters = [
            "a.md": "# A\n\n$$ x = 1 $$ {#eq-one}\n",
            "b.md": "# B\n\n$$ y = 2 $$ {#eq-two}\n\nAs @eq-one says, and @eq-two.\n",
            "broken.md": "# Broken\n\n```config x\noptimizer: adma\n```\n",
        ]
        var course = chapters
        course["index.md"] = "---\ntitle: Course\n---\n\n- [First](a.md)\n- [Second](b.md)\n"
        let input = try write(course)
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([input.appendingPathComponent("b.md").path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(outcome.stderr.components(separatedBy: "error:").count, 1, "a sibling's own mistake is not this page's")
        let b = try read(output, "b.html")
        XCTAssertTrue(b.contains("<a class=\"xref\" href=\"a.html#eq-one\">Equation\u{A0}1.1</a>"), b)
        XCTAssertTrue(b.contains("<a class=\"equation-number\" href=\"#eq-two\">(2.1)</a>"), "numbered as chapter 2, as on the course site")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("a.html").path), "only the page asked for is written")

        let loose = try write(chapters)
        let alone = try NBRunProcess.run([loose.appendingPathComponent("b.md").path, "-o", try NBRunProcess.temporaryFolder().path])
        XCTAssertEqual(alone.status, 1)
        XCTAssertTrue(alone.stderr.contains("b.md:5:4: error: unknown label '@eq-one'"), alone.stderr)
    }

    func testChaptersNumberAndLinkEachOthersEquationsFiguresAndCitations() throws {
        let input = try write([
            "index.md": "---\ntitle: Course\n---\n\n- [Second](b.md)\n- [First](a.md)\n",
            "a.md": "# A\n\n$$ x = 1 $$ {#eq-one}\n\nBack to @eq-two and @fig-curve [@kingma2015, p. 3; @ruder2016].\n",
            "b.md": "# B\n\n$$ y = 2 $$ {#eq-two}\n\nAs @eq-one says, and @fig-curve; see @bishop2006 and me@example.com.\n\n" + run,
            "references.bib": bib,
            "zh/index.md": "---\ntitle: 课程\nlang: zh\n---\n\n- [甲](a.md)\n",
            "zh/a.md": "---\nlang: zh\n---\n# 甲\n\n$$ x = 1 $$ {#eq-one}\n\n见 @eq-one 与 @fig-curve [@kingma2015]，@ruder2016 也说过。\n\n" + run,
        ])
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let a = try read(output, "a.html"), b = try read(output, "b.html")
        XCTAssertTrue(b.contains("<span class=\"equation\" id=\"eq-two\">") && b.contains("<a class=\"equation-number\" href=\"#eq-two\">(1.1)</a>"),
                      "b is chapter 1 in the syllabus")
        XCTAssertTrue(a.contains("<a class=\"equation-number\" href=\"#eq-one\">(2.1)</a>"))
        XCTAssertTrue(b.contains("<a class=\"xref\" href=\"a.html#eq-one\">Equation\u{A0}2.1</a>"), b)
        XCTAssertTrue(a.contains("<a class=\"xref\" href=\"b.html#eq-two\">Equation\u{A0}1.1</a>"))
        XCTAssertTrue(a.contains("<a class=\"xref\" href=\"b.html#fig-curve\">Figure\u{A0}1.1</a>"))
        XCTAssertTrue(b.contains("<figure class=\"run-figure\" id=\"fig-curve\">") && b.contains("Figure\u{A0}1.1: </span>Loss &lt;per&gt; epoch."))
        XCTAssertFalse(b.contains("#| label"), "cell options are not shown in the source")
        XCTAssertTrue(a.contains("(<a class=\"citation\" href=\"#ref-kingma2015\" id=\"cite-kingma2015\">Kingma &amp; Ba, 2015, p. 3</a>; "
                                 + "<a class=\"citation\" href=\"#ref-ruder2016\" id=\"cite-ruder2016\">Ruder et al., 2016</a>)"), a)
        XCTAssertTrue(a.contains("<a class=\"backref\" href=\"#cite-kingma2015\" aria-label=\"back to the first citation\">↩</a></li>"),
                      "each entry links back to its first citation")
        XCTAssertTrue(b.contains("<a class=\"citation\" href=\"#ref-bishop2006\" id=\"cite-bishop2006\">Bishop (2006)</a>") && b.contains("me@example.com"))
        let list = try XCTUnwrap(a.range(of: "<ol class=\"references\">").map { a[$0.lowerBound...] })
        XCTAssertLessThan(try XCTUnwrap(list.range(of: "id=\"ref-kingma2015\"")).lowerBound, try XCTUnwrap(list.range(of: "id=\"ref-ruder2016\"")).lowerBound)
        XCTAssertTrue(list.contains("Kingma, D. P., &amp; Ba, J. (2015). Adam: A Method for Stochastic Optimization. <em>ICLR</em>. "
                                    + "<a href=\"https://arxiv.org/abs/1412.6980?a=1&amp;b=2\">"), String(list.prefix(600)))
        XCTAssertTrue(list.contains("<a href=\"https://doi.org/10.48550/arXiv.1609.04747\">"))
        XCTAssertFalse(list.contains("bishop2006"), "only cited entries are listed")
        XCTAssertTrue(a.contains("<h2 id=\"references\">References") && a.contains("href=\"#references\">References</a>"), "in the contents too")
        let zh = try read(output, "zh/a.html")
        XCTAssertTrue(zh.contains(">式\u{A0}(1.1)</a>") && zh.contains(">图\u{A0}1.1</a>") && zh.contains("图\u{A0}1.1：</span>"), zh)
        XCTAssertTrue(zh.contains("（<a class=\"citation\" href=\"#ref-kingma2015\" id=\"cite-kingma2015\">Kingma &amp; Ba，2015</a>）"), "the root's references.bib")
        XCTAssertTrue(zh.contains(">Ruder 等（2016）</a>") && zh.contains("<h2 id=\"references\">参考文献"))
        let check = try NBRunProcess.run(["--check", input.path])
        XCTAssertEqual(check.status, 0, check.stderr)
    }

    func testUnknownLabelsAndKeysAreLocatedErrorsWithDidYouMeanUnderRenderAndCheck() throws {
        let input = try write([
            "a.md": "# A\n\n$$ x $$ {#eq-update}\n\nSee @eq-updat and [@kingma2105] or @kingma2105.\n",
            "b.md": "# B\n\n$$ y $$ {#eq-update}\n\n![Plot](p.png){#fig-plot}\n\nSee @fig-plt.\n\n```config r\n#| lable: fig-r\nepochs: 1\n```\n",
            "references.bib": bib,
        ])
        let expected = [
            "a.md:5:5: error: unknown label '@eq-updat'\n  hint: did you mean '@eq-update'?",
            "a.md:5:20: error: unknown citation key 'kingma2105': ",
            "  hint: did you mean 'kingma2015'?",
            "a.md:5:36: warning: '@kingma2105' is not a key of ",
            "b.md:3:9: error: label 'eq-update' is defined twice (first at ",
            "b.md:7:5: error: unknown label '@fig-plt'\n  hint: did you mean '@fig-plot'?",
            "b.md:10:4: error: unknown cell option 'lable'\n  hint: did you mean 'label'?",
        ]
        for arguments in [[input.path, "-o", try NBRunProcess.temporaryFolder().path], ["--check", input.path]] {
            let outcome = try NBRunProcess.run(arguments)
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            for line in expected { XCTAssertTrue(outcome.stderr.contains(line), "\(arguments[0]): \(line)\n\(outcome.stderr)") }
        }
    }

    func testAMalformedBibliographyIsALocatedErrorAndAPageAloneNumbersFromOne() throws {
        let input = try write([
            "page.md": "# P\n\n$$ x $$ {#eq-a}\n\n$$ y $$ {#eq-b}\n\nBy @eq-b [@k].\n",
            "references.bib": "@misc{k, title = {T}, year = 2020}\n\n@misc{j,\n  title = {open\n",
        ])
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([input.appendingPathComponent("page.md").path, "-o", output.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("references.bib:4:11: error: unclosed '{'"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("page.md"), "citations are not checked against a file that could not be read")
        let page = try read(output, "page.html")
        XCTAssertTrue(page.contains("<a class=\"equation-number\" href=\"#eq-b\">(2)</a>") && page.contains(">Equation\u{A0}2</a>"))
        try "@misc{k, title = {T}, year = 2020}\n".write(to: input.appendingPathComponent("references.bib"), atomically: true, encoding: .utf8)
        let fixed = try NBRunProcess.run([input.appendingPathComponent("page.md").path, "-o", output.path])
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        XCTAssertTrue(try read(output, "page.html").contains("(<a class=\"citation\" href=\"#ref-k\" id=\"cite-k\">T, 2020</a>)"), "no author: the title")
    }
}
