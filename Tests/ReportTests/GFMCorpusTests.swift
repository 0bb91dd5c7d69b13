import Foundation
@testable import Notebook
@testable import Report
import XCTest

/// nbrun's GitHub-flavored Markdown against GitHub's own `cmark-gfm` command (Debian's `cmark-gfm`, installed by
/// scripts/setup.sh), on the corpus in `GFM/*.md`: tables, strikethrough, extended autolinks, task lists,
/// footnotes, and their mixtures with plain CommonMark. The command runs with the extensions nbrun attaches
/// (`-e table -e strikethrough -e autolink -e tasklist -e footnotes`) and `--unsafe`, nbrun with `--unsafe-html`:
/// in safe mode cmark-gfm writes `<!-- raw HTML omitted -->` where nbrun shows the raw HTML as text, an older
/// deliberate difference that ProseRendererTests checks.
///
/// One normalization, nbrun's one deliberate difference in these constructs: nbrun wraps each table in
/// `<div class="table-scroll">…</div>` (so a wide table scrolls instead of widening the page); the wrapper is
/// removed before comparing. The corpus holds no `$` (math is nbrun's own, tested in ProseRendererTests and
/// GFMTests) and no `> [!NOTE]` (cmark-gfm 0.29 has no alerts; callouts are tested in GFMTests).
final class GFMCorpusTests: XCTestCase {
    private static let command = "/usr/bin/cmark-gfm"
    private static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GFM")

    func testCorpusRendersAsCmarkGFMDoes() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.command) else {
            throw XCTSkip("\(Self.command) is not installed (scripts/setup.sh installs it): the GFM corpus was not compared")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 6, "the corpus is missing files")
        for file in files {
            let url = Self.corpus.appendingPathComponent(file)
            let markdown = try String(contentsOf: url, encoding: .utf8)
            XCTAssertFalse(markdown.contains("$"), "\(file): the corpus compares without math")
            let ours = Self.withoutTableWrappers(ProseRenderer.html(convertedBlocks(markdown, unsafe: true)))
            let theirs = try Self.cmarkGFM(url)
            XCTAssertEqual(ours, theirs, "\(file) renders differently from cmark-gfm")
        }
    }

    /// The normalization: nbrun's scrolling wrapper around each table removed.
    static func withoutTableWrappers(_ html: String) -> String {
        html.replacingOccurrences(of: "<div class=\"table-scroll\">\n<table>", with: "<table>")
            .replacingOccurrences(of: "</table>\n</div>\n", with: "</table>\n")
    }

    private static func cmarkGFM(_ file: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = ["--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-e", "footnotes", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "cmark-gfm failed on \(file.lastPathComponent)")
        return String(decoding: data, as: UTF8.self)
    }
}
