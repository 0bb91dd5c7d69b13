import Foundation
import XCTest

/// GitHub Markdown through the command: a course with a table holding math and an inline value, a callout in a
/// Chinese chapter, a misspelt callout marker, and the stylesheet only where a page needs it.
final class GFMEndToEndTests: XCTestCase {
    private let cell = "```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n"

    private func write(_ files: [String: String], to folder: URL) throws {
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func testACourseRendersTablesWithMathAndCalloutsInItsLanguage() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write([
            "a.md": "# A\n\n" + cell + "\n| quantity | value |\n|---|--:|\n| $|w|$ | `{r.epochs}` |\n\n> [!TIP]\n> Small steps.\n",
            "b.md": "# B\n\nPlain prose.\n",
            "zh/index.md": "---\ntitle: 中文\nlang: zh-CN\n---\n\n- [甲](a.md)\n",
            "zh/a.md": "---\nlang: zh-CN\n---\n# 甲\n\n> [!caution]\n> 小心发散。\n\n> [!CAUTON]\n> 拼错了。\n",
        ], to: input)
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let a = try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8)
        XCTAssertTrue(a.contains("<td><math><semantics>") && a.contains("<annotation encoding=\"application/x-tex\">|w|</annotation></semantics></math></td>"), a)
        XCTAssertTrue(a.contains("<td align=\"right\"><span class=\"value\" data-ref=\"r.epochs\">5</span></td>"), a)
        XCTAssertTrue(a.contains("<div class=\"callout callout-tip\" role=\"note\">") && a.contains("</svg>Tip</p>"), a)
        XCTAssertTrue(a.contains(".table-scroll{"), "a page with a table gets the table rules")
        let b = try String(contentsOf: output.appendingPathComponent("b.html"), encoding: .utf8)
        XCTAssertFalse(b.contains(".table-scroll{") || b.contains(".callout"), "a page without GitHub constructs keeps its stylesheet")
        let zh = try String(contentsOf: output.appendingPathComponent("zh/a.html"), encoding: .utf8)
        XCTAssertTrue(zh.contains("<div class=\"callout callout-caution\" role=\"note\">") && zh.contains("</svg>小心</p>\n<p>小心发散。</p>"), zh)
        XCTAssertTrue(zh.contains("<blockquote>\n<p>[!CAUTON]"), "an unknown marker stays a quote")
        XCTAssertTrue(outcome.stderr.contains("zh/a.md:9:3: warning: unknown callout '[!CAUTON]'; the quote is shown as a plain quote\n  hint: did you mean '[!CAUTION]'?"),
                      outcome.stderr)
    }
}
