import Notebook
@testable import Report
import Results
import XCTest

/// Syllabus order, generated order, chapter navigation and the landing page.
final class CourseTests: XCTestCase {
    private func notebook(_ text: String, path: String = "course/index.md") throws -> Notebook {
        try NotebookParser.parse(bytes: Array(text.utf8), path: path)
    }

    private func chapter(_ name: String, order: Int? = nil, lang: String = "en", cells: [CellResult] = []) -> Course.Chapter {
        var result = NotebookResult(fileName: name + ".md", title: "Title of " + name, lang: lang, headings: [], cells: cells, diagnostics: [])
        result.order = order
        return Course.Chapter(name: name, result: result)
    }

    func testSyllabusGivesOrderAndPartsAndUnlistedNotebooksGoToTheAppendix() throws {
        let index = try notebook("""
        # Course

        - [Intro](intro.md)
        - Part one
          - [B](b.md#start)
          - [A](a.md)
        - Part two
          - [C](c.md)
        - [Intro again](intro.md)
        """)
        let syllabus = Syllabus(index)
        XCTAssertEqual(syllabus.entries.map(\.file), ["intro.md", "b.md", "a.md", "c.md"])
        XCTAssertEqual(syllabus.entries.map(\.part), [nil, "Part one", "Part one", "Part two"])
        let chapters = ["a", "b", "c", "intro", "z-extra", "m-extra"].map { chapter($0) }
        let parts = CourseOrder.parts(chapters, syllabus: syllabus)
        XCTAssertEqual(parts.map(\.title), [nil, "Part one", "Part two", nil])
        XCTAssertEqual(parts.map(\.isAppendix), [false, false, false, true])
        XCTAssertEqual(parts.map { $0.chapters.map(\.name) }, [["intro"], ["b", "a"], ["c"], ["m-extra", "z-extra"]])
    }

    func testWithoutSyllabusFrontMatterOrderComesFirstThenFileName() {
        let chapters = [chapter("b"), chapter("a"), chapter("z", order: 1), chapter("y", order: 2), chapter("c", order: 1)]
        let parts = CourseOrder.parts(chapters, syllabus: nil)
        XCTAssertEqual(parts.count, 1)
        XCTAssertEqual(parts[0].chapters.map(\.name), ["c", "z", "y", "a", "b"])
        XCTAssertFalse(parts[0].isAppendix)
    }

    func testChapterPageHasCourseTitleChapterListCurrentMarkAndPreviousNext() {
        let course = Course(title: "My course", lang: "en", parts: [Course.Part(title: "P", chapters: [chapter("a"), chapter("b"), chapter("c")])])
        let result = course.chapters[1].result
        let page = HTMLReport.render(result, navigation: ChapterNavigation(course: course, current: 1))
        XCTAssertTrue(page.contains("<a class=\"course-title\" href=\"index.html\">My course</a>"), page)
        XCTAssertTrue(page.contains("<li class=\"current\"><a href=\"b.html\" aria-current=\"page\">Title of b</a>"))
        XCTAssertEqual(page.components(separatedBy: "aria-current").count - 1, 1)
        XCTAssertTrue(page.contains("<a class=\"prev\" rel=\"prev\" href=\"a.html\">"))
        XCTAssertTrue(page.contains("<a class=\"next\" rel=\"next\" href=\"c.html\">"))
        XCTAssertTrue(page.contains("<input type=\"checkbox\" id=\"nav-toggle\" class=\"nav-toggle\">"), "collapsible without script")
        XCTAssertEqual(page.components(separatedBy: "<script").count - 1, 1, "the search script is the page's only script")
        XCTAssertTrue(page.contains("<script src=\"nbrun-search.js\" defer=\"\"></script>"), page)
        let first = HTMLReport.render(course.chapters[0].result, navigation: ChapterNavigation(course: course, current: 0))
        XCTAssertFalse(first.contains("rel=\"prev\""))
        XCTAssertTrue(first.contains("rel=\"next\" href=\"b.html\""))
    }

    func testAPageRenderedAloneHasNoCourseNavigation() {
        let page = HTMLReport.render(chapter("a").result)
        XCTAssertFalse(page.contains("course-nav"))
        XCTAssertFalse(page.contains("nav.pager{display:flex"), "the course rules are not in a lone page's stylesheet")
        XCTAssertFalse(page.contains("rel=\"next\""))
    }

    func testLandingPageListsChaptersWithFirstParagraphAndStatus() throws {
        let prose = try notebook("# A\n\nFirst paragraph of a.\n\nSecond.\n", path: "course/a.md")
        guard case let .prose(blocks, markdown) = prose.cells[0].kind else { return XCTFail("expected prose") }
        let failed = RunResult.failure("r", Diagnostic(.error, "failed", at: nil))
        var a = chapter("a", cells: [.prose(blocks: blocks, markdown: markdown), .run(RunCell(name: "r", kind: .single, source: "", echo: false, runs: [failed], show: []))])
        a.result.diagnostics = [Diagnostic(.error, "boom", at: SourceLocation(line: 3, column: 1), file: "course/a.md")]
        let course = Course(title: "C", lang: "en", parts: [Course.Part(title: nil, chapters: [a]), Course.Part(title: nil, isAppendix: true, chapters: [chapter("b")])])
        let page = CoursePage.render(course)
        XCTAssertTrue(page.contains("<p>First paragraph of a.</p>"), page)
        XCTAssertFalse(page.contains("Second."))
        XCTAssertTrue(page.contains("1 of 1 run failed"))
        XCTAssertTrue(page.contains("<h3>Appendix</h3>"))
        XCTAssertTrue(page.contains("no runs"))
    }
}
