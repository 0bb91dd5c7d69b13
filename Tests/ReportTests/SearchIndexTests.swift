import Foundation
import Notebook
@testable import Report
import Results
import XCTest

/// The course search index: sections cut at anchored headings, prose as plain text, other languages marked, the
/// text kept a string whatever it contains, and the same bytes on every render.
final class SearchIndexTests: XCTestCase {
    private func chapter(_ name: String, _ markdown: String, lang: String = "en") throws -> Course.Chapter {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "course/\(name).md")
        let cells: [CellResult] = notebook.cells.compactMap { cell in
            guard case let .prose(blocks, text) = cell.kind else { return nil }
            return .prose(blocks: blocks, markdown: text)
        }
        let title = notebook.headings.first { $0.level == 1 }?.text ?? name
        return Course.Chapter(name: name, result: NotebookResult(fileName: name + ".md", title: title, lang: lang,
                                                                 headings: notebook.headings, cells: cells, diagnostics: []))
    }

    /// The index as data: the script's object literal decoded as JSON.
    private func decode(_ script: String) throws -> [String: Any] {
        let prefix = "window.nbrunSearchIndex = ", suffix = ";\n"
        XCTAssertTrue(script.hasPrefix(prefix) && script.hasSuffix(suffix))
        let json = script.dropFirst(prefix.count).dropLast(suffix.count)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testSectionsStartAtHeadingsAndHoldTheirProseButNoCode() throws {
        let a = try chapter("a", "# Alpha\n\nIntro text\nover two lines.\n\n## Usage\n\nUse `x` and $\\eta_t^{2} \\le 1$:\n\n- one\n- *two*\n\n```python\nhidden_code()\n```\n")
        let zh = try chapter("b", "# 梯度下降\n\n学习率太大时会发散。\n", lang: "zh-CN")
        let course = Course(title: "C", lang: "en", parts: [Course.Part(title: nil, chapters: [a])],
                            subcourses: [(folder: "zh", course: Course(title: "中文", lang: "zh-CN", parts: [Course.Part(title: nil, chapters: [zh])]))])
        let index = SearchIndex(course: course)
        XCTAssertEqual(index.pages, [SearchIndex.Page(title: "Alpha", lang: "en"), SearchIndex.Page(title: "梯度下降", lang: "zh-CN")])
        XCTAssertEqual(index.sections.map(\.href), ["a.html#alpha", "a.html#usage", "zh/b.html#%E6%A2%AF%E5%BA%A6%E4%B8%8B%E9%99%8D"])
        XCTAssertEqual(index.sections.map(\.heading), ["Alpha", "Usage", "梯度下降"])
        XCTAssertEqual(index.sections.map(\.text), ["Intro text over two lines.", "Use x and η_t^2 ≤ 1: one two", "学习率太大时会发散。"])
        XCTAssertEqual(index.sections.map(\.page), [0, 0, 1])
        let data = try decode(index.script)
        XCTAssertEqual(data["languages"] as? [String: String], ["en": "English", "zh-CN": "中文"])
        XCTAssertFalse(index.script.contains("hidden_code"), "code blocks are not indexed")
    }

    func testHeadingWithScriptEndTagStaysAStringInTheIndex() throws {
        let hostile = try chapter("a", "# Alpha\n\n## A </script><script>alert(1)</script> heading\n\nText <!-- with\u{2028}separator.\n")
        let index = SearchIndex(course: Course(title: "C", lang: "en", parts: [Course.Part(title: nil, chapters: [hostile])]))
        let script = index.script
        XCTAssertFalse(script.lowercased().contains("</script"), script)
        XCTAssertFalse(script.contains("<!--") || script.contains("\u{2028}"), script)
        let sections = try XCTUnwrap(decode(script)["sections"] as? [[Any]])
        XCTAssertEqual(sections.map { $0[2] as? String }, ["Alpha", "A </script><script>alert(1)</script> heading"])
        XCTAssertEqual(sections.last?[3] as? String, "Text <!-- with separator.", "U+2028 is white space, collapsed")
    }

    func testIndexIsTheSameOnEveryBuildAndOnlyCoursePagesCarryTheSearch() throws {
        let make = { try Course(title: "C", lang: "en", parts: [Course.Part(title: nil, chapters: [self.chapter("a", "# A\n\nx\n\n## B\n\ny\n"),
                                                                                                  self.chapter("b", "# B\n\nz\n")])]) }
        XCTAssertEqual(SearchIndex(course: try make()).script, SearchIndex(course: try make()).script)
        let course = try make()
        let chapterPage = HTMLReport.render(course.chapters[0].result, navigation: ChapterNavigation(course: course, current: 0))
        let landing = CoursePage.render(course)
        for page in [chapterPage, landing] {
            XCTAssertTrue(page.contains("<div class=\"search\" role=\"search\" hidden=\"\" data-index=\"search-index.js\""), page)
            XCTAssertTrue(page.contains("<label class=\"visually-hidden\" for=\"search-field\">Search</label>"))
            XCTAssertTrue(page.contains("role=\"status\" aria-live=\"polite\""))
        }
        var sub = course
        sub.assetPrefix = "../"
        let subPage = HTMLReport.render(sub.chapters[0].result, navigation: ChapterNavigation(course: sub, current: 0))
        XCTAssertTrue(subPage.contains("data-index=\"../search-index.js\" data-root=\"../\""))
        XCTAssertTrue(subPage.contains("<script src=\"../nbrun-search.js\" defer=\"\"></script>"))
        let alone = HTMLReport.render(course.chapters[0].result)
        XCTAssertFalse(alone.contains("<script") || alone.contains("role=\"search\""), "a page rendered alone has no search")
    }

    func testSearchWordsFollowThePageLanguage() {
        XCTAssertEqual(ReportStrings.forLanguage("zh-CN").search.skipToContent, "跳到正文")
        XCTAssertEqual(ReportStrings.forLanguage("en").search.label, "Search")
        XCTAssertEqual(SearchWords.languageName("zh-TW"), "中文")
        XCTAssertEqual(SearchWords.languageName("xx"), "xx")
    }
}
