import Foundation
import XCTest

/// Links and ids on course pages: every link nbrun writes to a chapter, folder or heading is percent-encoded and
/// leads to a file that exists, and every id on a page is unique even when headings are named after nbrun's own
/// ids (`nav-toggle`, `run-NAME`, chart clip paths).
final class PageLinkTests: XCTestCase {
    private let run = "data: {generate: linear, n: 20}\nepochs: 5\n"

    private func render(_ files: [String: String]) throws -> URL {
        let workspace = try GuardedProcess.temporaryFolder(for: self)
        try GuardedProcess.write(files, to: workspace.appendingPathComponent("course"))
        let outcome = try XCTUnwrap(try GuardedProcess.run(["course", "-o", "out"], in: workspace))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return workspace.appendingPathComponent("out")
    }

    private func pages(in output: URL) -> [String] {
        NBRunProcess.files(in: output).filter { $0.hasSuffix(".html") }
    }

    /// The values of `attribute="…"` in `html`, in order.
    private func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func testLinksToChaptersWithSpecialCharactersAreEncodedAndLeadToTheirPages() throws {
        let names = ["a#b", "q?x", "50%", "with space", "ü", "x:y"]
        var files = ["sub dir/inner#1.md": "# Inner\n", "plain.md": "# Plain\n"]
        for name in names { files[name + ".md"] = "# Chapter \(name)\n\n## Part\n" }
        let output = try render(files)
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        for expected in ["a%23b.html", "q%3Fx.html", "50%25.html", "with%20space.html", "%C3%BC.html", "x%3Ay.html",
                         "sub%20dir/index.html", "sub%20dir/inner%231.html"] {
            XCTAssertTrue(index.contains("href=\"\(expected)\""), "index.html lacks \(expected)")
        }
        let chapter = try String(contentsOf: output.appendingPathComponent("a#b.html"), encoding: .utf8)
        XCTAssertTrue(chapter.contains("rel=\"next\" href=\"plain.html\"") || chapter.contains("rel=\"next\" href=\"q%3Fx.html\""), chapter)
        XCTAssertTrue(chapter.contains("href=\"#part\""), "heading fragments stay readable when ASCII")

        var checked = 0
        for page in pages(in: output) {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let folder = output.appendingPathComponent(page).deletingLastPathComponent()
            let ids = Set(values(of: "id", in: html))
            for href in values(of: "href", in: html) {
                XCTAssertTrue(href.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 }, "\(page): \(href) is not plain ASCII")
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = try XCTUnwrap(parts[0].removingPercentEncoding, href)
                XCTAssertFalse(parts[0].contains("?"), "\(page): \(href) has a query")
                if !file.isEmpty {
                    XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(page): \(href) leads nowhere")
                } else if parts.count > 1 {
                    XCTAssertTrue(ids.contains(try XCTUnwrap(parts[1].removingPercentEncoding)), "\(page): \(href) names no id")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 60)
    }

    func testEveryIDOnAPageIsUniqueWhenHeadingsAreNamedAfterNBRunsOwnIDs() throws {
        let reserved = "# Nav toggle\n\n## Run sgd\n\n## Run ab\n\n## C1 plot\n\n## C2\n\n## c3 plot\n\n## Nav toggle 2\n\n"
        let cells = ["sgd", "a.b", "ab", "nav-toggle"].map { "```config \($0)\n\(run)```\n\n" }.joined()
        let output = try render(["index.md": reserved + cells, "chapter.md": reserved + cells, "other.md": "# Other\n"])
        for page in ["index.html", "chapter.html"] {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            let ids = values(of: "id", in: html)
            XCTAssertEqual(ids.count, Set(ids).count, "\(page) repeats ids: \(ids.sorted())")
            for heading in ["nav-toggle", "run-sgd", "run-ab", "c1-plot", "c2", "c3-plot", "nav-toggle-2"] {
                XCTAssertTrue(html.contains("<h2 id=\"\(heading)\">") || html.contains("<h1 id=\"\(heading)\">"), "\(page): heading \(heading) keeps its anchor")
            }
            XCTAssertTrue(html.contains("<input type=\"checkbox\" id=\"nav-toggle-3\" class=\"nav-toggle\""), page)
            XCTAssertTrue(html.contains("<label for=\"nav-toggle-3\""), page)
            XCTAssertTrue(html.contains("<section class=\"run\" id=\"run-sgd-2\">"), page)
            XCTAssertTrue(html.contains("<section class=\"run\" id=\"run-ab-2\">") && html.contains("<section class=\"run\" id=\"run-ab-3\">"),
                          "a.b and ab have the same slug: \(page)")
            XCTAssertTrue(html.contains("<section class=\"run\" id=\"run-nav-toggle\">"), page)
            let clipIDs = values(of: "clip-path", in: html).map { String($0.dropFirst("url(#".count).dropLast()) }
            XCTAssertFalse(clipIDs.isEmpty)
            XCTAssertTrue(Set(clipIDs).isSubset(of: Set(ids)), "every clip path names a clipPath on the page")
            XCTAssertFalse(clipIDs.contains("c1-plot") || clipIDs.contains("c2-plot") || clipIDs.contains("c3-plot"), "\(clipIDs)")
        }
    }
}

/// The committed course (kept equal to a fresh render by `CommittedReportsTests`): every link on every page and
/// slide deck leads to a file that exists and, inside the course, to an id that the target page has, so a
/// cross-reference or citation on a slide (`#fig-…`, `#ref-…`) and a link between translations land somewhere.
final class CommittedCourseLinkTests: XCTestCase {
    private func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    private func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    func testEveryLinkOnEveryPageAndDeckOfTheCourseResolves() throws {
        let output = NBRunProcess.packageRoot.appendingPathComponent("output")
        let pages = NBRunProcess.files(in: output).filter { $0.hasSuffix(".html") }
        XCTAssertTrue(pages.contains("gd.slides.html") && pages.contains("zh/gd.html"), "\(pages.count) pages")
        var ids: [String: Set<String>] = [:]
        for page in pages {
            let html = try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8)
            ids[output.appendingPathComponent(page).standardizedFileURL.path] = Set(values(of: "id", in: html).map(unescaped))
        }
        var checked = 0, broken: [String] = []
        for page in pages {
            let url = output.appendingPathComponent(page)
            let html = try String(contentsOf: url, encoding: .utf8)
            for href in values(of: "href", in: html).map(unescaped) where !href.contains(":") {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = try XCTUnwrap(parts[0].removingPercentEncoding, href)
                let target = file.isEmpty ? url : url.deletingLastPathComponent().appendingPathComponent(file)
                let path = target.standardizedFileURL.path
                checked += 1
                guard FileManager.default.fileExists(atPath: path) else { broken.append("\(page): \(href) leads nowhere"); continue }
                if parts.count > 1, !parts[1].isEmpty, let known = ids[path],
                   !known.contains(try XCTUnwrap(parts[1].removingPercentEncoding, href)) {
                    broken.append("\(page): \(href) names no id there")
                }
            }
        }
        XCTAssertGreaterThan(checked, 2000)
        XCTAssertEqual(broken, [], "\(broken.count) broken links")
    }
}
