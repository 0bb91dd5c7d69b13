@testable import Notebook
import XCTest

/// Labels, cross-references, citations and cell options as the parser finds them.
final class CrossReferenceSyntaxTests: XCTestCase {
    private func inlines(_ markdown: String) throws -> [Inline] {
        let notebook = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        var found: [Inline] = []
        for case let .prose(blocks, _) in notebook.cells.map(\.kind) { for block in blocks { block.forEachInline { found.append($0) } } }
        return found
    }

    private func kinds(_ markdown: String) throws -> [Inline.Kind] { try inlines(markdown).map(\.kind) }

    func testLabelAfterDisplayMathAndImage() throws {
        let found = try inlines("$$ x^2 $$ {#eq-square}\n\n![A chart](chart.png){#fig-chart}\n")
        XCTAssertEqual(found.map(\.kind), [
            .math(tex: " x^2 ", display: true), .label(ReferenceLabel("eq-square")!),
            .image(source: "chart.png", title: "", [Inline(.text("A chart"), range: found[3].range)]), .text("A chart"),
            .label(ReferenceLabel("fig-chart")!),
        ])
        XCTAssertEqual(found[1].range.start, SourceLocation(line: 1, column: 11), "the label starts at its brace")
        let notebook = try NotebookParser.parse(bytes: Array("$$ x^2 $$ {#eq-square}\n\n![A chart](c.png){#fig-chart}\n".utf8), path: "nb.md")
        XCTAssertEqual(notebook.labelDefinitions.map(\.label.name), ["eq-square", "fig-chart"])
        XCTAssertEqual(notebook.labelDefinitions[1].caption.map(\.plainText), ["A chart"])
    }

    func testLabelsElsewhereStayText() throws {
        XCTAssertEqual(try kinds("Inline $x$ {#eq-a} and text {#fig-b}.\n"),
                       [.text("Inline "), .math(tex: "x", display: false), .text(" {#eq-a} and text {#fig-b}.")])
        XCTAssertEqual(try kinds("$$x$$ {#fig-a}\n"), [.math(tex: "x", display: true), .text(" {#fig-a}")], "a figure label needs an image")
    }

    func testReferencesAndCitations() throws {
        let found = try inlines("See @eq-update, [@kingma2015; @ruder2016, p. 12] and @ruder2016.\n")
        XCTAssertEqual(found.map(\.kind), [
            .text("See "), .crossReference(ReferenceLabel("eq-update")!, literal: "@eq-update"), .text(", "),
            .citation(Citation(items: [Citation.Item(key: "kingma2015", location: SourceLocation(line: 1, column: 18)),
                                       Citation.Item(key: "ruder2016", locator: "p. 12", location: SourceLocation(line: 1, column: 31))],
                               inText: false, literal: "[@kingma2015; @ruder2016, p. 12]")),
            .text(" and "),
            .citation(Citation(items: [Citation.Item(key: "ruder2016", location: SourceLocation(line: 1, column: 54))],
                               inText: true, literal: "@ruder2016")),
            .text("."),
        ])
        XCTAssertEqual(found[1].range.start, SourceLocation(line: 1, column: 5))
    }

    func testEmailsCodeEscapesAndLinksAreNotReferences() throws {
        // The e-mail address is GitHub's extended autolink (a mailto link with its text as child), not a citation.
        let mail = try kinds("Write to me@example.com or `@decorator` or \\@eq-x.\n").filter { if case .link = $0 { false } else { true } }
        XCTAssertEqual(mail, [.text("Write to "), .text("me@example.com"), .text(" or "), .code("@decorator"), .text(" or @eq-x.")])
        let link = try kinds("[see @eq-a](https://x.org)\n")
        XCTAssertEqual(link.count, 2, "link text is not scanned: \(link)")
        XCTAssertEqual(try kinds("[not @ a citation]\n"), [.text("[not @ a citation]")])
        let nested = try kinds("[@a [@b]\n")
        XCTAssertEqual(nested.count, 4, "\(nested)")
        XCTAssertEqual(nested.first, .text("["), "a bracket before the closing one: the outer one is text")
        if case let .citation(citation) = nested.last { XCTAssertEqual(citation.literal, "[@b]") } else { XCTFail("\(nested)") }
        XCTAssertEqual(try kinds("见@eq-a。\n"), [.text("见"), .crossReference(ReferenceLabel("eq-a")!, literal: "@eq-a"), .text("。")],
                       "an @ right after a CJK character is a reference")
    }

    func testCitationsInsideEmphasisAndAcrossTextNodes() throws {
        let found = try kinds("*as [@a, ch. 3] shows*\n")
        guard case let .emphasis(children) = found.first else { return XCTFail("\(found)") }
        XCTAssertEqual(children.map(\.kind), [.text("as "), .citation(Citation(items: [
            Citation.Item(key: "a", locator: "ch. 3", location: SourceLocation(line: 1, column: 6))], inText: false, literal: "[@a, ch. 3]")),
            .text(" shows")])
    }

    func testConfigCellOptions() throws {
        let notebook = try NotebookParser.parse(bytes: Array("""
        ```config run
        #| label: fig-loss
        #| fig-cap: "Loss of \\"plain\\" GD."
        epochs: 3
        ```
        """.utf8), path: "nb.md")
        let cell = try XCTUnwrap(notebook.cells.first)
        XCTAssertEqual(cell.options.map(\.key), ["label", "fig-cap"])
        XCTAssertEqual(cell.options[1].value, "Loss of \"plain\" GD.")
        XCTAssertEqual(cell.options[0].valueLocation, SourceLocation(line: 2, column: 11))
        XCTAssertEqual(notebook.labelDefinitions.first?.cellNumber, 1)
        XCTAssertEqual(notebook.labelDefinitions.first?.caption.map(\.plainText), ["Loss of \"plain\" GD."])
        XCTAssertEqual(CellOption.removing(from: "#| label: fig-a\nepochs: 3\n"), "epochs: 3\n")
    }

    func testTeXTagIsFound() {
        XCTAssertTrue(TeXTag.isTagged(#"x \tag{1}"#))
        XCTAssertTrue(TeXTag.isTagged(#"x \tag*{a}"#))
        XCTAssertFalse(TeXTag.isTagged(#"x \tagged"#))
        XCTAssertFalse(TeXTag.isTagged(#"x \\tag"#))
    }
}
