import Foundation
import XCTest

/// What a rendered course offers readers besides its chapters (issue 21, items 4–7): downloads beside each page,
/// edit and Colab links, translations linked both ways with `hreflang`, `404.html`, `sitemap.xml`, `print.html`,
/// a landing page that shows its syllabus once, and neutral words for runs that did every planned epoch.
final class CourseSiteTests: XCTestCase {
    private static let front = """
        ---
        title: Site course
        description: A course to test the site.
        repository: https://github.com/me/site-course.git
        branch: trunk
        path: notebooks
        output_path: docs
        site_url: https://me.github.io/site-course
        ---

        """
    private static let fixed = "```config fixed\ndata: {csv: data/d.csv, target: y}\nepochs: 30\ntolerance: 0\n```\n"
    private static let diverged = "```config wild\ndata: {generate: linear, n: 20}\noptimizer: {name: gd, lr: 2.5}\nepochs: 400\n```\n"
    private static let aText = """
        # Alpha

        The first chapter fits a line to a small table, e.g. four rows. It runs a fixed number of epochs! After it \
        you can read a loss curve and say why a run that never met its tolerance is not broken, which takes a while \
        to explain: the list below says how.

        ## Usage

        See [the second chapter](b.md#more) and [usage](#usage).

        <details>
        <summary>Answer</summary>

        Forty-two.

        </details>

        """ + "\n" + fixed
    private static var files: [String: String] {
        ["index.md": front + "# Site course\n\nIntro text.\n\n- Basics\n  - [First](a.md)\n  - [Second](b.md)\n",
         "a.md": aText, "b.md": "# Beta\n\nA chapter that diverges on purpose.\n\n## More\n\nText.\n\n" + diverged,
         "data/d.csv": "x,y\n0,1\n1,3\n2,5\n3,7\n",
         "zh/index.md": "---\ntitle: 网站课程\nlang: zh-CN\n---\n\n# 网站课程\n\n- [甲](a.md)\n",
         "zh/a.md": "---\nlang: zh-CN\n---\n# 甲\n\n第一章。\n\n```config fixed\ndata: {generate: linear, n: 20}\nepochs: 30\ntolerance: 0\n```\n"]
    }

    private func render(_ files: [String: String]) throws -> (output: URL, outcome: NBRunProcess.Outcome) {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        for (name, text) in files {
            let url = input.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return (output, try NBRunProcess.run([input.path, "-o", output.path]))
    }

    private func read(_ folder: URL, _ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    func testDownloadsSourceLinksLanguagesAndSiteFiles() throws {
        let (output, outcome) = try render(Self.files)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let written = Set(NBRunProcess.files(in: output))
        for file in ["a.ipynb", "a.py", "data/d.csv", "b.ipynb", "b.py", "nbrun_runtime.py", "requirements.txt", "404.html", "print.html", "sitemap.xml", "zh/a.ipynb", "zh/nbrun_runtime.py", "zh/print.html"] {
            XCTAssertTrue(written.contains(file), "\(file) missing from \(written.sorted())")
        }
        XCTAssertFalse(written.contains("zh/404.html") || written.contains("zh/sitemap.xml"), "one 404 page and one sitemap per site")
        XCTAssertEqual(try read(output, "data/d.csv"), Self.files["data/d.csv"], "the data file is copied as it is")
        let notebook = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("a.ipynb"))) as? [String: Any]
        XCTAssertEqual(notebook?["nbformat"] as? Int, 4)
        XCTAssertTrue(try read(output, "a.py").contains("data/d.csv"), "the program reads the copy beside it")

        let a = try read(output, "a.html")
        for link in ["href=\"a.ipynb\" download=\"\"", "href=\"a.py\" download=\"\"", "href=\"nbrun_runtime.py\" download=\"\"", "href=\"data/d.csv\" download=\"\"",
                     "href=\"https://github.com/me/site-course/edit/trunk/notebooks/a.md\"",
                     "href=\"https://colab.research.google.com/github/me/site-course/blob/trunk/docs/a.ipynb\"",
                     "<link rel=\"alternate\" hreflang=\"en\" href=\"https://me.github.io/site-course/a.html\">",
                     "<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://me.github.io/site-course/zh/a.html\">",
                     "<a href=\"zh/a.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"] {
            XCTAssertTrue(a.contains(link), "a.html lacks \(link)")
        }
        let zh = try read(output, "zh/a.html")
        XCTAssertTrue(zh.contains("<a href=\"../a.html\" hreflang=\"en\" lang=\"en\">English</a>"), "the translation links back")
        XCTAssertTrue(zh.contains("hreflang=\"en\" href=\"https://me.github.io/site-course/a.html\""))
        XCTAssertTrue(zh.contains("href=\"https://github.com/me/site-course/edit/trunk/notebooks/zh/a.md\"") && zh.contains(">编辑本页<"))
        let b = try read(output, "b.html")
        XCTAssertTrue(b.contains("<a href=\"zh/index.html\" hreflang=\"zh-CN\" lang=\"zh-CN\">中文</a>"),
                      "a chapter without a twin links to the other landing page")
        XCTAssertFalse(b.contains("<link rel=\"alternate\""), "hreflang only names real translations")
        XCTAssertTrue(try read(output, "index.html").contains("<a href=\"zh/index.html\" hreflang=\"zh-CN\""))
        XCTAssertTrue(try read(output, "zh/index.html").contains("<a href=\"../index.html\" hreflang=\"en\""))

        let notFound = try read(output, "404.html")
        XCTAssertTrue(notFound.contains("<h1>Page not found</h1>") && notFound.contains("href=\"https://me.github.io/site-course/\""), notFound)
        XCTAssertFalse(notFound.contains("nbrun-math.woff2"), "the 404 page needs no other file, at any depth")
        let sitemap = try read(output, "sitemap.xml")
        for loc in ["", "a.html", "b.html", "zh/", "zh/a.html"] {
            XCTAssertTrue(sitemap.contains("<loc>https://me.github.io/site-course/\(loc)</loc>"), "sitemap lacks \(loc)")
        }
        XCTAssertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://me.github.io/site-course/zh/a.html\"/>"))
        XCTAssertFalse(sitemap.contains("print.html"))
    }

    func testPrintPageHasEveryChapterInOrderWithUniqueIDsAndInternalLinks() throws {
        let (output, outcome) = try render(Self.files)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let page = try read(output, "print.html")
        let alpha = try XCTUnwrap(page.range(of: "<section class=\"print-chapter\" id=\"a\""))
        let beta = try XCTUnwrap(page.range(of: "<section class=\"print-chapter\" id=\"b\""))
        XCTAssertLessThan(alpha.lowerBound, beta.lowerBound, "chapters in syllabus order")
        let ids = try NSRegularExpression(pattern: " id=\"([^\"]+)\"").matches(in: page, range: NSRange(page.startIndex..., in: page))
            .map { (page as NSString).substring(with: $0.range(at: 1)) }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids.sorted())")
        XCTAssertTrue(ids.contains("a--usage") && ids.contains("b--more"), ids.joined(separator: " "))
        XCTAssertTrue(page.contains("<a href=\"#b--more\">the second chapter</a>") && page.contains("<a href=\"#a--usage\">usage</a>"),
                      "links point into the print page")
        XCTAssertTrue(page.contains("<details open>"), "answers are shown")
        XCTAssertEqual(page.components(separatedBy: "class=\"print-contents\"").count - 1, 1, "one table of contents")
        XCTAssertTrue(page.contains(".print-chapter{break-before:page"), "each chapter starts a new printed page")
        XCTAssertTrue(try read(output, "index.html").contains("<a href=\"print.html\">"), "the landing page links the print page")
    }

    func testLandingPageShowsTheSyllabusOnceTitleFirstAndNeutralStatusWords() throws {
        let (output, outcome) = try render(Self.files)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let index = try read(output, "index.html")
        let main = String(index[try XCTUnwrap(index.range(of: "<main")).lowerBound...])
        XCTAssertEqual(main.components(separatedBy: "href=\"a.html\"").count - 1, 1, "the chapter is listed once")
        XCTAssertFalse(main.contains(">First</a>"), "the syllabus list became the cards")
        let title = try XCTUnwrap(main.range(of: "<h1")), description = try XCTUnwrap(main.range(of: "class=\"description\""))
        let intro = try XCTUnwrap(main.range(of: "Intro text."))
        XCTAssertLessThan(title.lowerBound, description.lowerBound)
        XCTAssertLessThan(description.lowerBound, intro.lowerBound)
        XCTAssertTrue(main.contains("<p>The first chapter fits a line to a small table, e.g. four rows. It runs a fixed number of epochs!</p>"),
                      "the excerpt ends at a sentence: \(main)")
        XCTAssertTrue(main.contains("<span class=\"badge status-max_epochs\">1 run · 1 ran every epoch</span>"), main)
        XCTAssertTrue(main.contains("<span class=\"badge status-warning\">1 run · 1 diverged</span>"), main)
        XCTAssertTrue(try read(output, "a.html").contains("<span class=\"badge status-max_epochs\">ran 30 epochs</span>"))
        XCTAssertTrue(try read(output, "zh/a.html").contains("<span class=\"badge status-max_epochs\">训练了 30 轮</span>"))
        XCTAssertTrue(try read(output, "b.html").contains("<span class=\"badge status-diverged\">diverged</span>"))
    }

    func testSiteKeysAreCheckedWhereTheyAreWritten() throws {
        let cases: [(String, String, String)] = [
            ("index.md", "---\nrepository: github.com/me/x\n---\n", "index.md:2:13: error: 'repository' must be the repository's web address"),
            ("index.md", "---\nsite_ur: https://x.org/\n---\n", "hint: did you mean 'site_url'?"),
            ("index.md", "---\nbranch: my branch\n---\n", "index.md:2:9: error: 'branch' must be a git branch name"),
            ("index.md", "---\npath: ../up\n---\n", "index.md:2:7: error: 'path' must be a folder inside the repository"),
            ("index.md", "---\nsite_url: me.github.io\n---\n", "index.md:2:11: error: 'site_url' must be the address"),
            ("a.md", "---\nrepository: https://github.com/me/x\n---\n", "a.md:2:1: error: 'repository' describes the whole course and belongs in its index.md"),
        ]
        for (name, text, expected) in cases {
            let (_, outcome) = try render([name: text + "# T\n", "c.md": "# C\n"])
            XCTAssertNotEqual(outcome.status, 0, text)
            XCTAssertTrue(outcome.stderr.contains(expected), "\(text)\n\(outcome.stderr)")
        }
    }

    func testWithoutSiteKeysThereIsNoSitemapAndThe404PageIsRelative() throws {
        let (output, outcome) = try render(["a.md": "# A\n\nText.\n"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertTrue(try read(output, "404.html").contains("<a href=\"index.html\">"))
        let a = try read(output, "a.html")
        XCTAssertFalse(a.contains("/edit/") || a.contains("colab") || a.contains("hreflang"), "no source or language links without them")
    }
}
