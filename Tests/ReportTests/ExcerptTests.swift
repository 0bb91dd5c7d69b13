import Notebook
@testable import Report
import XCTest

/// Landing-page excerpts end at a sentence end, never mid-sentence, in English and Chinese.
final class ExcerptTests: XCTestCase {
    private func text(_ inlines: [Inline]?) -> String? { inlines?.map(\.plainText).joined() }
    private func inline(_ text: String) -> Inline { Inline(.text(text), range: SourceRange(at: SourceLocation(line: 1, column: 1))) }

    func testWholeSentencesUpToTheLengthAndAbbreviationsDoNotEndOne() {
        let long = String(repeating: "word ", count: 40)
        let paragraph = [inline("Fit a line, e.g. by least squares. Then train it! " + long + "end. More text follows: a list.")]
        XCTAssertEqual(text(Excerpt.sentences(paragraph)), "Fit a line, e.g. by least squares. Then train it!")
        XCTAssertEqual(text(Excerpt.sentences([inline("Only one sentence, and it is long: " + long + "done.")])),
                       "Only one sentence, and it is long: " + long + "done.", "a first sentence is kept whole even when long")
        XCTAssertNil(Excerpt.sentences([inline("An introduction that leads into a list:")]), "no sentence end, no excerpt")
        XCTAssertEqual(text(Excerpt.sentences([inline("About a.")])), "About a.", "a paragraph's end ends a sentence")
    }

    func testChineseSentencesEndAtTheirOwnMarks() {
        XCTAssertEqual(text(Excerpt.sentences([inline("直线是最小的模型。它足以讲清训练的要点！" + String(repeating: "字", count: 300) + "。")])),
                       "直线是最小的模型。它足以讲清训练的要点！")
    }

    func testAnInlineValueInTheSentenceIsKept() {
        let value = Inline(.code("x"), range: SourceRange(at: SourceLocation(line: 1, column: 5)))
        let cut = Excerpt.sentences([inline("See "), value, inline(" here. Next sentence is not needed: " + String(repeating: "w ", count: 120))])
        XCTAssertEqual(cut?.count, 3)
        XCTAssertEqual(text(cut), "See x here.")
    }
}
