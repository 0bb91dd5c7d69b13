@testable import Notebook
@testable import Report
import TestSupport
import XCTest

/// Seeded random Markdown made of dollars, emphasis delimiters, letters, digits, spaces, backslashes, backticks
/// and `<b>`: every letter and digit of the source reaches the page, and emphasis pairs as cmark pairs it when
/// each math span is a plain word.
final class MathEmphasisPropertyTests: XCTestCase {
    private static let pieces = ["$", "$", "$", "$$", "*", "*", "_", "**", "__", "a", "b", "w", "x", "y", "1", "2",
                                 " ", " ", "\\", "`", "<b>", "^"]
    private static let prefixes = ["", "", "> ", "- ", "  ", "# "]
    private static let counted = Set("abwxy12")

    /// One random line of 1 to 16 pieces after a block prefix; never a code fence, whose info string is not
    /// shown past its first word.
    private func line(_ generator: inout SplitMix64) -> String {
        while true {
            var text = Self.prefixes.randomElement(using: &generator) ?? ""
            for _ in 0..<Int.random(in: 1...16, using: &generator) { text += Self.pieces.randomElement(using: &generator) ?? "" }
            if !text.drop(while: { " >-#".contains($0) }).hasPrefix("```") { return text }
        }
    }

    /// A document of 1 to 4 lines; `multiLine` joins some with a single line end (one paragraph over lines).
    private func document(_ generator: inout SplitMix64, multiLine: Bool) -> String {
        var text = ""
        for index in 0..<Int.random(in: 1...4, using: &generator) {
            if index > 0 { text += multiLine && Bool.random(using: &generator) ? "\n" : "\n\n" }
            text += line(&generator)
        }
        return text + "\n"
    }

    private func letterCounts(_ text: String) -> [Character: Int] {
        text.reduce(into: [:]) { counts, character in if Self.counted.contains(character) { counts[character, default: 0] += 1 } }
    }

    func testEveryLetterAndDigitReachesThePage() {
        var generator = SplitMix64(seed: 18)
        for _ in 0..<3000 {
            let markdown = document(&generator, multiLine: true)
            let html = ProseRenderer.html(CommonMarkConverter.convert(markdown))
            let visible = RenderedProse.visibleText(html)
            XCTAssertEqual(letterCounts(visible), letterCounts(markdown), "for \(markdown.debugDescription): \(html.debugDescription)")
        }
    }

    func testEmphasisPairsAsCmarkPairsItAroundMathAsAWord() {
        var generator = SplitMix64(seed: 5)
        for _ in 0..<3000 {
            let markdown = document(&generator, multiLine: false)
            let blocks = CommonMarkConverter.convert(markdown, options: .init(unsafeHTML: true))
            let source = Array(markdown.utf8)
            var spans: [(range: Range<Int>, width: Int)] = []
            for block in blocks {
                block.forEachInline { inline in
                    guard case let .math(_, display) = inline.kind, let range = spanRange(inline, display: display, in: markdown) else { return }
                    spans.append((range, display ? 2 : 1))
                }
            }
            var masked = source
            for (range, width) in spans {
                let content = (range.lowerBound + width)..<(range.upperBound - width)
                for offset in range { masked[offset] = content.contains(offset) ? UInt8(ascii: "x") : UInt8(ascii: "$") }
            }
            let maskedText = String(decoding: masked, as: UTF8.self)
            let ours = RenderedProse.mathReplaced(ProseRenderer.html(blocks)) { String(decoding: masked[spans[$0].range], as: UTF8.self) }
            XCTAssertEqual(ours, CommonMarkConverter.referenceHTML(maskedText, unsafe: true), "for \(markdown.debugDescription)")
        }
    }

    func testEveryRandomSpanIsPlaced() {
        var generator = SplitMix64(seed: 29)
        var placed = 0
        for _ in 0..<3000 {
            let markdown = document(&generator, multiLine: true)
            let placement = CommonMarkConverter.placingMath(SourceText(markdown), options: .init())
            XCTAssertEqual(placement.unplaced, [], "for \(markdown.debugDescription)")
            for block in placement.blocks { block.forEachInline { if case .math = $0.kind { placed += 1 } } }
        }
        XCTAssertGreaterThan(placed, 1000, "the documents hold math")
    }

    /// The source byte range of a math node's span, delimiters included (single-line documents only).
    private func spanRange(_ inline: Inline, display: Bool, in markdown: String) -> Range<Int>? {
        let source = SourceText(markdown)
        guard let start = source.offset(line: inline.range.start.line, column: inline.range.start.column),
              let end = source.offset(line: inline.range.end.line, column: inline.range.end.column) else { return nil }
        let width = display ? 2 : 1
        return (start - width)..<(end + width)
    }
}
