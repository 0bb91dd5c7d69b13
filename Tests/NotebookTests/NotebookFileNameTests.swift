import Notebook
import XCTest

/// The one rule for notebook file names.
final class NotebookFileNameTests: XCTestCase {
    func testOnlyAFinalMdIsTheExtension() {
        XCTAssertEqual(NotebookFileName.baseName(of: "notes/gd.md"), "gd")
        XCTAssertEqual(NotebookFileName.baseName(of: "v1.md-draft.md"), "v1.md-draft")
        XCTAssertEqual(NotebookFileName.baseName(of: "README"), "README")
        XCTAssertEqual(NotebookFileName.stem(of: "sub/x.md"), "sub/x")
        XCTAssertEqual(NotebookFileName.replacingExtension(of: "v1.md-draft.md", with: "py"), "v1.md-draft.py")
        XCTAssertEqual(Notebook(path: "course/v1.md-draft.md", frontMatter: nil, cells: []).baseName, "v1.md-draft")
    }
}
