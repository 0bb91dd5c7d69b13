import Notebook
@testable import Report
import XCTest

/// The one URL escaper: author destinations keep their URL syntax, paths and fragments nbrun builds are literal.
final class URLEscapingTests: XCTestCase {
    func testPathsNBRunBuildsPercentEncodeEveryReservedOrNonASCIICharacter() {
        XCTAssertEqual(URLEscaping.path("a#b.html"), "a%23b.html", "a # would start a fragment")
        XCTAssertEqual(URLEscaping.path("q?.html"), "q%3F.html", "a ? would start a query")
        XCTAssertEqual(URLEscaping.path("50%.html"), "50%25.html")
        XCTAssertEqual(URLEscaping.path("with space.html"), "with%20space.html")
        XCTAssertEqual(URLEscaping.path("ü.html"), "%C3%BC.html")
        XCTAssertEqual(URLEscaping.path("x:y.html"), "x%3Ay.html", "a : in the first segment would be a scheme")
        XCTAssertEqual(URLEscaping.path("sub dir/index.html"), "sub%20dir/index.html", "/ separates folders")
        XCTAssertEqual(URLEscaping.path("a\"b'<c>&d\n.html"), "a%22b%27%3Cc%3E%26d%0A.html", "safe in any attribute")
        XCTAssertEqual(URLEscaping.path("plain-name_1.2~.html"), "plain-name_1.2~.html", "unreserved characters stay")
    }

    func testFragmentsNameTheIDLiterally() {
        XCTAssertEqual(URLEscaping.fragment("gradient-descent"), "#gradient-descent")
        XCTAssertEqual(URLEscaping.fragment("练习"), "#%E7%BB%83%E4%B9%A0")
        XCTAssertEqual(URLEscaping.fragment("a#b c"), "#a%23b%20c")
        XCTAssertEqual(URLEscaping.fragment("练习").dropFirst().removingPercentEncoding, "练习")
    }

    func testAuthorDestinationsKeepTheirURLSyntax() {
        XCTAssertEqual(URLEscaping.href("https://example.com/a b?x=1&y='2'#top"), "https://example.com/a%20b?x=1&amp;y=&#x27;2&#x27;#top")
        XCTAssertEqual(URLEscaping.href("a%23b.html"), "a%23b.html", "an author's escape is kept, not doubled")
    }

    func testGeneratedIDsGiveWayToHeadingsAndToEachOther() {
        let headings = ["nav-toggle", "run-sgd", "c1-plot", "c2", "c4-legend"].map { Heading(level: 2, text: $0, id: $0) }
        var ids = PageIDs(headings: headings)
        XCTAssertEqual(ids.navigationToggle(), "nav-toggle-2")
        XCTAssertEqual(ids.run("sgd"), "run-sgd-2")
        XCTAssertEqual(ids.run("a.b"), "run-ab")
        XCTAssertEqual(ids.run("ab"), "run-ab-2")
        XCTAssertEqual(ids.run("momentum"), "run-momentum")
        XCTAssertEqual([ids.chartPrefix(), ids.chartPrefix(), ids.chartPrefix()], ["c3", "c5", "c6"],
                       "c1 and c2 and c4 are prefixes of heading ids")
        var plain = PageIDs(headings: [Heading(level: 2, text: "Intro", id: "intro")])
        XCTAssertEqual([plain.navigationToggle(), plain.run("sgd"), plain.chartPrefix(), plain.chartPrefix()],
                       ["nav-toggle", "run-sgd", "c1", "c2"], "pages without clashes keep the ids they always had")
    }
}
