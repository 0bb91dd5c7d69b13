@testable import Notebook
@testable import Report
import Results
import XCTest

/// A line end inside a paragraph between two CJK characters renders as nothing (no stray space in a Chinese
/// sentence); between CJK and Latin, between Latin words, and inside Korean it stays a break that reads as a space.
final class CJKSoftBreakTests: XCTestCase {
    private func html(_ markdown: String) -> String {
        ProseRenderer.html(convertedBlocks(markdown, unsafe: false))
    }

    func testABreakBetweenTwoHanCharactersVanishes() {
        XCTAssertEqual(html("生成页面时\n由它计算。\n"), "<p>生成页面时由它计算。</p>\n")
        XCTAssertEqual(html("损失为 0.275，\n动量法更快。\n"), "<p>损失为 0.275，动量法更快。</p>\n", "CJK punctuation counts")
        XCTAssertEqual(html("かな\nカナ\n"), "<p>かなカナ</p>\n", "kana counts")
    }

    func testABreakNextToLatinTextOrInsideKoreanStays() {
        XCTAssertEqual(html("中文\nEnglish\n"), "<p>中文\nEnglish</p>\n")
        XCTAssertEqual(html("English\n中文\n"), "<p>English\n中文</p>\n")
        XCTAssertEqual(html("two\nlines\n"), "<p>two\nlines</p>\n")
        XCTAssertEqual(html("한국어\n문장\n"), "<p>한국어\n문장</p>\n", "Korean separates words with spaces")
    }

    func testCurlyQuotesDashesAndEllipsisBesideCJKCountAsCJKPunctuation() {
        XCTAssertEqual(html("这就是“早停”\n的含义。\n"), "<p>这就是“早停”的含义。</p>\n")
        XCTAssertEqual(html("它叫\n“动量”。\n"), "<p>它叫“动量”。</p>\n")
        XCTAssertEqual(html("学习率——\n也就是步长。\n"), "<p>学习率——也就是步长。</p>\n")
        XCTAssertEqual(html("等等……\n然后\n"), "<p>等等……然后</p>\n")
        XCTAssertEqual(html("a “quote”\nthen\n"), "<p>a “quote”\nthen</p>\n", "in English the break stays")
        XCTAssertEqual(html("“中文”\n“English”\n"), "<p>“中文”\n“English”</p>\n", "two ambiguous marks alone do not decide")
    }

    func testAComputedValueCountsByTheWordsItShows() {
        let blocks = convertedBlocks("运行\n`{fit.status}`\n之后。\n", unsafe: false)
        var values: [SourceLocation: InlineValue] = [:]
        blocks.first?.forEachInline { inline in
            if case .value = inline.kind { values[inline.range.start] = .text("已收敛") }
        }
        XCTAssertEqual(values.count, 1)
        XCTAssertTrue(ProseRenderer.html(blocks, values: values).contains("<p>运行<span class=\"value\" data-ref=\"fit.status\">已收敛</span>之后。</p>"),
                      ProseRenderer.html(blocks, values: values))
        XCTAssertTrue(ProseRenderer.html(blocks).contains("运行\n"), "an uncomputed value keeps the break")
    }

    func testTheCharactersAroundTheBreakAreThoseOfTheNeighbouringInlines() {
        XCTAssertEqual(html("*强调*\n之后\n"), "<p><em>强调</em>之后</p>\n")
        XCTAssertEqual(html("`代码`\n之后\n"), "<p><code>代码</code>之后</p>\n")
        XCTAssertEqual(html("公式 $x$\n之后\n").contains("</math>\n之后"), true, "math is not CJK: the break stays")
    }
}
