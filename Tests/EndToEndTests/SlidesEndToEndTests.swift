import Foundation
import XCTest

/// `--to slides` decks, `show: [explore]` sweeps and `{SWEEP[*].PATH}` values, end to end through the built
/// binary (the browser side: `SlidesBrowserTests`).
final class SlidesEndToEndTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/slides")

    private func render(_ name: String, to formats: String = "html,slides") throws -> (NBRunProcess.Outcome, URL) {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent(name).path, "-o", output.path, "--to", formats])
        return (outcome, output)
    }

    private func read(_ output: URL, _ file: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
    }

    private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    func testADeckHasASlidePerHeadingAndBreakWithNotesAndNoNetwork() throws {
        let (outcome, output) = try render("deck.md")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let deck = try read(output, "deck.slides.html")
        // `# Learning rates` opens slide 1; `## The data` 2; `---` 3; `## The sweep` 4; `---` 5.
        XCTAssertEqual(count("<section class=\"slide\"", in: deck), 5)
        XCTAssertEqual(count("aria-label=\"5 / 5\"", in: deck), 1)
        for network in ["src=\"http", "href=\"http", "url(http", "@import", "<link "] {
            XCTAssertFalse(deck.contains(network), "a deck loads nothing from the network: \(network)")
        }
        XCTAssertTrue(deck.contains("addEventListener('keydown'"), "keyboard handler")
        for key in ["ArrowRight", "ArrowLeft", "PageDown", "PageUp", "Home", "End"] { XCTAssertTrue(deck.contains("'\(key)'"), key) }
        XCTAssertTrue(deck.contains("@page{size:1280px 720px"), "print: one slide per 1280×720 page")
        // Speaker notes: the `<details>` titled Notes becomes the slide's aside, not a collapsed section.
        XCTAssertTrue(deck.contains("<aside class=\"notes\" aria-label=\"Speaker notes\"><p>Say that the data is linear.</p>"))
        XCTAssertFalse(deck.contains("<summary>Notes</summary>"))
        // Runs: chart and summary, no YAML (except the block that asks), no loss table, no Python.
        XCTAssertEqual(count("class=\"language-yaml\"", in: deck), 1, "only `#| slide-echo: true` shows its YAML")
        XCTAssertTrue(deck.contains("extends: base"))
        XCTAssertFalse(deck.contains("data: {generate: linear"), "the YAML of `base` is not on its slide")
        XCTAssertFalse(deck.contains("<details open><summary>Loss table"))
        XCTAssertFalse(deck.contains("class=\"python\""))
        // Math, callouts, tables and cross-references as on the page.
        XCTAssertTrue(deck.contains("<math display=\"block\""))
        XCTAssertTrue(deck.contains("class=\"callout callout-note\""))
        XCTAssertTrue(deck.contains("<table>"))
        XCTAssertTrue(deck.contains("href=\"#eq-step\""))
        // The page itself keeps its notes as a collapsed section and its YAML.
        let page = try read(output, "deck.html")
        XCTAssertTrue(page.contains("<summary>Notes</summary>"))
        XCTAssertFalse(page.contains("addEventListener('keydown'"), "the page has no deck script")
    }

    func testAnExplorableSweepEmbedsEachMemberOnceAndFallsBackToTheOverlay() throws {
        let (outcome, output) = try render("deck.md")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let page = try read(output, "deck.html")
        XCTAssertEqual(count("<div class=\"explore\" data-sweep=\"lrs\">", in: page), 1)
        // Each member's curve is one tagged group of the one chart: three members, three groups.
        for member in 0..<3 { XCTAssertEqual(count("<g data-member=\"\(member)\">", in: page), 1, "member \(member)") }
        XCTAssertTrue(page.contains("<div class=\"explore-controls\" hidden=\"\">"), "without script: the static overlay")
        XCTAssertTrue(page.contains("type=\"range\" min=\"0\" max=\"2\""))
        XCTAssertTrue(page.contains("data-label=\"optimizer.lr = 0.5\""))
        // `{lrs[*]…}` holds every member's value, separated for a reader without script.
        let value = try XCTUnwrap(page.range(of: "data-ref=\"lrs[*].metrics.train_loss:.3g\" data-sweep=\"lrs\">"))
        let shown = page[value.upperBound...].prefix { $0 != "\n" }
        XCTAssertEqual(count("<span data-member=", in: String(shown.prefix(400))), 3, String(shown.prefix(400)))
        XCTAssertTrue(shown.contains("</span> / <span data-member=\"1\">"))
        // Byte-identical between renders.
        let (again, second) = try render("deck.md")
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(try read(second, "deck.html"), page)
        XCTAssertEqual(try read(second, "deck.slides.html"), try read(output, "deck.slides.html"))
    }

    func testAGridGetsASelectPerKeyInRowMajorOrder() throws {
        let (outcome, output) = try render("grid.md", to: "html")
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let page = try read(output, "grid.html")
        XCTAssertEqual(count("<select data-axis=", in: page), 2)
        XCTAssertTrue(page.contains("<select data-axis=\"0\" data-size=\"2\"><option value=\"0\">0.05</option>"))
        XCTAssertTrue(page.contains("data-member=\"1\" data-label=\"optimizer.lr = 0.05, optimizer.name = momentum\""))
        XCTAssertEqual(count("<g data-member=", in: page), 4)
    }

    func testExploreAndFollowingValuesRefuseWhatTheyCannotDo() throws {
        let (outcome, _) = try render("bad.md", to: "html")
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("bad.md:3:17: error: {nothing[*].metrics.train_loss}: [*] follows the members of a sweep, and no sweep is named 'nothing'"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("follows a slider, so it cannot stand in math"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("bad.md:8:8: error: show: 'explore' cannot be drawn for 'one': a single run has no members to switch between"),
                      outcome.stderr)
    }
}
