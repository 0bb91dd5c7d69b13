import Notebook
@testable import Report
import Results
import XCTest

/// What a keyboard or screen-reader user meets first: a skip link, headings in order, text with enough contrast,
/// and display math that scrolls in its own box.
final class AccessibilityTests: XCTestCase {
    private func result(_ markdown: String, lang: String = "en") throws -> NotebookResult {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "course/a.md")
        let cells: [CellResult] = notebook.cells.compactMap { cell in
            guard case let .prose(blocks, text) = cell.kind else { return nil }
            return .prose(blocks: blocks, markdown: text)
        }
        return NotebookResult(fileName: "a.md", title: "A", lang: lang, headings: notebook.headings, cells: cells, diagnostics: [])
    }

    private func course(_ result: NotebookResult) -> Course {
        Course(title: "C", lang: result.lang, parts: [Course.Part(title: "Part one", chapters: [Course.Chapter(name: "a", result: result)])])
    }

    /// The first element of `page` after `<body>` that a keyboard can reach.
    private func firstFocusable(_ page: String) throws -> String {
        let body = try XCTUnwrap(page.range(of: "<body>")).upperBound
        let tail = page[body...]
        let start = try XCTUnwrap(tail.range(of: "<(a|input|button|select|textarea)[ >]", options: .regularExpression))
        return String(tail[start.lowerBound..<(tail[start.lowerBound...].firstIndex(of: ">") ?? tail.endIndex)])
    }

    func testSkipLinkIsTheFirstFocusableElementAndLeadsToTheMainColumn() throws {
        let english = try result("# A\n\nText.\n")
        for page in [HTMLReport.render(english), HTMLReport.render(english, navigation: ChapterNavigation(course: course(english), current: 0)),
                     CoursePage.render(course(english))] {
            XCTAssertEqual(try firstFocusable(page), "<a class=\"skip-link\" href=\"#content\"")
            XCTAssertTrue(page.contains("<main id=\"content\">"), page)
        }
        let chinese = try result("# 甲\n\n## Content\n\n正文。\n", lang: "zh-CN")
        let page = HTMLReport.render(chinese, navigation: ChapterNavigation(course: course(chinese), current: 0))
        XCTAssertTrue(page.contains("<a class=\"skip-link\" href=\"#content-2\">跳到正文</a>"), "a heading already took #content")
        XCTAssertTrue(page.contains("<main id=\"content-2\">"))
    }

    func testThePagesFirstHeadingIsItsH1() throws {
        let chapter = try result("# A\n\n## Usage\n\nText.\n")
        let course = course(chapter)
        for page in [HTMLReport.render(chapter), HTMLReport.render(chapter, navigation: ChapterNavigation(course: course, current: 0)),
                     CoursePage.render(course)] {
            let first = try XCTUnwrap(page.range(of: "<h[1-6][ >]", options: .regularExpression))
            XCTAssertEqual(page[first].prefix(3), "<h1", "part titles and the contents label are not headings")
            XCTAssertTrue(page.contains("<p class=\"nav-heading\">"))
        }
    }

    func testDisplayMathScrollsInsideItsOwnBox() throws {
        let page = HTMLReport.render(try result("# A\n\n$$\na + b + c\n$$\n\nand $x$ inline.\n"))
        XCTAssertTrue(page.contains("<span class=\"math-display\"><math display=\"block\">"), page)
        XCTAssertEqual(page.components(separatedBy: "class=\"math-display\"").count - 1, 1, "inline math is not wrapped")
        XCTAssertTrue(PageStyle.css.contains(".math-display{display:block;overflow-x:auto"))
    }

    func testEveryTextColourHasContrastOfAtLeast4Point5OnEveryBackgroundInBothThemes() {
        for (scheme, palette) in [("light", PagePalette.light), ("dark", PagePalette.dark)] {
            for text in PagePalette.textColors {
                for background in PagePalette.backgrounds {
                    guard let foreground = palette[text], let behind = palette[background] else { return XCTFail("\(scheme) lacks \(text) or \(background)") }
                    let ratio = foreground.contrast(with: behind)
                    XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(scheme): --\(text) \(foreground.css) on --\(background) \(behind.css) is \(ratio):1")
                }
            }
        }
        XCTAssertTrue(PageStyle.css.contains(PagePalette.light.declarations) && PageStyle.css.contains(PagePalette.dark.declarations))
    }

    func testContrastRatioMatchesWCAGReferenceValues() {
        let black = PagePalette.Color(0x000000), white = PagePalette.Color(0xFFFFFF)
        XCTAssertEqual(black.contrast(with: white), 21, accuracy: 1e-9)
        XCTAssertEqual(white.contrast(with: white), 1, accuracy: 1e-9)
        XCTAssertEqual(PagePalette.Color(0x767676).contrast(with: white), 4.54, accuracy: 0.01, "the lightest grey that passes on white")
        XCTAssertEqual(PagePalette.Color(0x9A6700).contrast(with: PagePalette.Color(0xF3F4F2)), 4.41, accuracy: 0.01, "the old amber on a panel")
        XCTAssertEqual(PagePalette.Color(0x0B6BCB).css, "#0b6bcb")
    }
}
