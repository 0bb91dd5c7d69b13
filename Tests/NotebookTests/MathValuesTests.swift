import Notebook
import XCTest

/// Inline values inside math spans: found with their file locations, replaced in order; other code is left alone.
final class MathValuesTests: XCTestCase {
    func testValuesAreFoundWithTheirLocationsAndOtherCodeIsNot() {
        let tex = "w = `{fit.params.weights[0]:.3f}` + `x` + `{b.epochs}`\n+ `{c.metrics.train_loss}`"
        let found = MathValues.find(in: tex, start: SourceLocation(line: 3, column: 10))
        XCTAssertEqual(found.map(\.literal), ["{fit.params.weights[0]:.3f}", "{b.epochs}", "{c.metrics.train_loss}"], "`x` is not a value")
        XCTAssertEqual(found.map(\.reference.run), ["fit", "b", "c"])
        XCTAssertEqual(found.map(\.location), [SourceLocation(line: 3, column: 14), SourceLocation(line: 3, column: 52),
                                               SourceLocation(line: 4, column: 3)], "columns in UTF-8 bytes; a later line counts from its TeX")
        let numbers = ["0.251", "12", "1.5e-05"]
        var next = numbers.makeIterator()
        XCTAssertEqual(MathValues.substituting(tex, found) { _ in next.next() ?? "" }, "w = 0.251 + `x` + 12\n+ 1.5e-05")
    }

    func testAValueCrossesIntoAMathSpanAndNothingElseDoes() throws {
        let notebook = try NotebookParser.parse(bytes: Array("Slope $w = `{r.params.bias}`$, code $a `b` c$.\n".utf8), path: "nb.md")
        XCTAssertEqual(notebook.mathSpans.map(\.tex), ["w = `{r.params.bias}`"], "an ordinary code span still ends a span")
    }

    func testDiagnosticsInDocumentOrderKeepANoteUnderItsError() {
        let at = SourceLocation(line: 4, column: 2)
        let error = Diagnostic(.error, "root", at: at), note = Diagnostic(.note, "3 values depend", at: at)
        let earlier = Diagnostic(.error, "earlier", at: SourceLocation(line: 1, column: 1)), whole = Diagnostic(.warning, "file", at: nil)
        XCTAssertEqual(Diagnostic.inDocumentOrder([error, note, earlier, whole]).map(\.message), ["file", "earlier", "root", "3 values depend"])
    }
}
