import Notebook
@testable import Report
import XCTest

/// The local files a notebook's prose uses are found on the document tree; URLs, fragments and notebook links are
/// not files; an embedded file replaces the destination and a linked one gets a download name.
final class FileReferenceTests: XCTestCase {
    private func notebook(_ text: String) throws -> Notebook {
        try NotebookParser.parse(bytes: Array(text.utf8), path: "c/a.md")
    }

    func testImagesAndLinksToLocalFilesAreFoundAndOtherDestinationsAreNot() throws {
        let text = """
        # A

        ![a plot](img/plot%20one.svg "t") and ![](../img/x.png?v=2#frag), [data](data/x.csv#row),
        *[nested](notes/n.txt)*, [![logo](img/logo.svg)](https://example.com).

        Not files: [web](https://example.com/x.png), [mail](mailto:a@b.c), [top](#a), [site](/about/),
        [proto](//cdn.example.com/x.js), [chapter](b.md#x), ![remote](http://x.org/a.png), [query](?q=1).
        """
        let found = FileReference.all(in: try notebook(text))
        XCTAssertEqual(found.map(\.path), ["img/plot one.svg", "../img/x.png", "data/x.csv", "notes/n.txt", "img/logo.svg"])
        XCTAssertEqual(found.map(\.kind), [.image, .image, .link, .link, .image])
        XCTAssertEqual(found.map(\.destination)[1], "../img/x.png?v=2#frag")
        XCTAssertEqual(found.map(\.altText), ["a plot", "", "", "", "logo"])
        XCTAssertEqual(found[0].location, SourceLocation(line: 3, column: 1))
        XCTAssertEqual(found[2].location, SourceLocation(line: 3, column: 67))
    }

    func testSchemesAreRecognisedOnlyWhenWellFormed() {
        for url in ["https://x", "mailto:a", "data:image/png;base64,AA", "a+b.c-d:x"] { XCTAssertTrue(FileReference.hasScheme(url), url) }
        for path in ["img/a:b.png", "1http:x", "ö:x", "a b:c", "x.png"] { XCTAssertFalse(FileReference.hasScheme(path), path) }
    }

    func testEmbeddedFilesReplaceTheDestinationAndLinksGetADownloadName() throws {
        let text = "![a \"dot\"](img/d.svg) [the data](data/x%20y.csv) [kept](data/z.csv)\n"
        guard case let .prose(blocks, _) = try notebook(text).cells[0].kind else { return XCTFail("expected prose") }
        let files = ["img/d.svg": "data:image/svg+xml;base64,PHN2Zy8+", "data/x%20y.csv": "data:text/csv;base64,eCx5Cg=="]
        XCTAssertEqual(ProseRenderer.html(blocks, files: files),
                       "<p><img src=\"data:image/svg+xml;base64,PHN2Zy8+\" alt=\"a &quot;dot&quot;\" /> "
                           + "<a href=\"data:text/csv;base64,eCx5Cg==\" download=\"x y.csv\">the data</a> <a href=\"data/z.csv\">kept</a></p>\n")
    }

    func testRawImageTagsKeptWithUnsafeHTMLAreFoundAndEmbedded() throws {
        let text = "# A\n\n<div>\n<IMG alt=\"a dot\" SRC='img/d.svg'>\n</div>\n\nInline <img src=img/e.png /> and <img src=\"https://x.org/a.png\">.\n"
        let parsed = try NotebookParser.parse(bytes: Array(text.utf8), path: "c/a.md", unsafeHTML: true)
        let found = FileReference.all(in: parsed)
        XCTAssertEqual(found.map(\.path), ["img/d.svg", "img/e.png"])
        XCTAssertEqual(found.map(\.altText), ["a dot", ""])
        XCTAssertEqual(found.map(\.location), [SourceLocation(line: 4, column: 1), SourceLocation(line: 7, column: 8)])
        let html = "<p>x <img alt=\"y\" src=img/e.png /> <img src='img/d.svg' alt=\">\"> <img src=\"other.png\"></p>"
        XCTAssertEqual(RawImageTag.replacingSources(in: html, with: ["img/e.png": "data:image/png;base64,AA==", "img/d.svg": "data:x"]),
                       "<p>x <img alt=\"y\" src=\"data:image/png;base64,AA==\" /> <img src='data:x' alt=\">\"> <img src=\"other.png\"></p>")
    }

    func testPrintShowsAnEmbeddedFilesNameNotItsDataURL() {
        XCTAssertTrue(PageStyle.css.contains("main a[href]:not([href^=\"#\"]):not([href^=\"data:\"]):not(.anchor)::after"))
        XCTAssertTrue(PageStyle.css.contains("main a[href^=\"data:\"][download]::after{content:\" (\" attr(download) \")\""))
    }
}
