import Foundation
@testable import Notebook
@testable import Report
import XCTest

/// CommonMark conformance with libcmark-gfm as the parser: the examples of the CommonMark spec 0.29 (the version
/// libcmark-gfm 0.29.0.gfm.6 implements) rendered by nbrun's converter and prose renderer, with raw HTML kept, as
/// the spec's examples assume. The spec is not part of the repository (CC-BY-SA): the test reads the `spec.txt`
/// named by `NBRUN_COMMONMARK_SPEC` (scripts/commonmark-spec.sh fetches it from the `commonmark` 0.9.1 sdist on
/// PyPI and runs this test) and is skipped, visibly, without it.
///
/// Every example must match except the few that GitHub's extensions change on purpose, listed in `expectedChanges`
/// with the reason: those are the GFM spec's own differences, not nbrun's.
final class CommonMarkSpecTests: XCTestCase {
    /// Spec examples whose GFM rendering differs from plain CommonMark, by example number, with the reason.
    static let expectedChanges: [Int: String] = [
        598: "extended autolink: the bare URL inside `<… bim>` becomes a link",
        602: "extended autolink: the bare email inside `<…>` becomes a link",
        604: "extended autolink: the bare URL inside `< … >` becomes a link",
        607: "extended autolink: a bare URL is a link",
        608: "extended autolink: a bare email is a link",
    ]

    func testSpecExamplesRenderAsTheSpecSays() throws {
        guard let path = ProcessInfo.processInfo.environment["NBRUN_COMMONMARK_SPEC"], FileManager.default.fileExists(atPath: path) else {
            throw XCTSkip("NBRUN_COMMONMARK_SPEC does not name spec.txt: run scripts/commonmark-spec.sh to check CommonMark conformance")
        }
        let examples = Self.examples(in: try String(contentsOfFile: path, encoding: .utf8))
        XCTAssertGreaterThan(examples.count, 600, "spec.txt holds the 0.29 examples")
        var failed: [Int] = []
        for (number, markdown, expected) in examples {
            let ours = GFMCorpusTests.withoutTableWrappers(ProseRenderer.html(convertedBlocks(markdown, unsafe: true)))
            if ours != expected { failed.append(number) }
            if ours != expected, Self.expectedChanges[number] == nil {
                XCTFail("spec example \(number): \(markdown.debugDescription)\nnbrun: \(ours.debugDescription)\nspec:  \(expected.debugDescription)")
            }
        }
        print("CommonMark spec: \(examples.count - failed.count) of \(examples.count) examples as the spec says; differing: \(failed)")
    }

    /// The examples of spec.txt: number, Markdown and expected HTML, with `→` as the tab it stands for.
    static func examples(in spec: String) -> [(Int, String, String)] {
        let fence = String(repeating: "`", count: 32)
        var result: [(Int, String, String)] = []
        var markdown: [Substring] = [], html: [Substring] = [], state = 0
        for line in spec.split(separator: "\n", omittingEmptySubsequences: false) {
            switch state {
            case 0 where line.hasPrefix(fence + " example"): state = 1
            case 1 where line == ".": state = 2
            case 1: markdown.append(line)
            case 2 where line == fence:
                let text = { (lines: [Substring]) in lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t") }
                result.append((result.count + 1, text(markdown), text(html)))
                markdown = []
                html = []
                state = 0
            case 2: html.append(line)
            default: break
            }
        }
        return result
    }
}
