import Foundation
import Markup
import TestSupport
import XCTest
@testable import Formula

/// Every formula of the corpus (Fixtures/corpus.tex) renders without error, in both modes.
final class MathMLCorpusTests: XCTestCase {
    /// The corpus formulas: one per line, `% ` comment lines and blank lines skipped.
    static func corpus() throws -> [String] {
        let text = try String(contentsOf: fixtureURL("corpus.tex"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("%") }
    }

    func testCorpusHasAtLeast300Formulas() throws {
        XCTAssertGreaterThanOrEqual(try Self.corpus().count, 300)
    }

    func testEveryCorpusFormulaRendersInBothModes() throws {
        var page = "<!doctype html><html><head><meta charset=utf-8><title>corpus</title>"
            + "<style>body{font-family:serif;font-size:20px;margin:1em} math{font-family:\"Latin Modern Math\",\"STIX Two Math\",math} div{margin:.4em 0;border-bottom:1px solid #eee}"
            + " span{color:#888;font:12px monospace}</style></head><body>\n"
        for (index, tex) in try Self.corpus().enumerated() {
            do {
                let block = try MathML.render(tex, display: true)
                let inline = try MathML.render(tex, display: false)
                XCTAssertTrue(block.hasPrefix("<math display=\"block\"><semantics>"), tex)
                XCTAssertTrue(inline.hasPrefix("<math><semantics>"), tex)
                XCTAssertTrue(block.contains("<annotation encoding=\"application/x-tex\">\(MarkupEscaping.escape(tex))</annotation>"))
                page += "<div><span>\(index + 1)</span>\(block)<p>inline: \(inline)</p></div>\n"
            } catch {
                XCTFail("corpus formula \(index + 1) failed: \(error)\n  \(tex)")
            }
        }
        page += "</body></html>\n"
        if let path = ProcessInfo.processInfo.environment["NBRUN_CORPUS_HTML"] {
            try page.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
