import Markup
import Notebook
import Results

/// A run's charts as a numbered figure, and the bibliography at the end of a chapter.
extension HTMLReport {
    /// The bibliography section of a page and its heading for the table of contents.
    struct BibliographySection {
        var section: MarkupNode
        var heading: Heading
    }

    /// A run section labeled `#| label: fig-NAME`: `<figure id>` around it, captioned "Figure 3.1: fig-cap".
    static func runFigure(_ section: MarkupNode, _ definition: LabelDefinition, words: ReportStrings,
                          references: PageReferences?) -> MarkupNode {
        let number = references?.number(definition.label) ?? "?"
        let caption = definition.caption.map(\.plainText).joined()
        return .el("figure", [("class", "run-figure"), ("id", definition.label.name)], [
            section,
            .el("figcaption", [], [.el("span", class: "figure-number", [.text(words.references.figureCaption(number))]), .text(caption)]),
        ])
    }

    /// Where the page first cites each key it names (known or not).
    static func firstCitations(_ result: NotebookResult) -> [String: SourceLocation] {
        var first: [String: SourceLocation] = [:]
        for case let .prose(blocks, _, _, _) in result.cells {
            for block in blocks {
                block.forEachInline { inline in
                    guard case let .citation(citation) = inline.kind else { return }
                    for item in citation.items where first[item.key] == nil { first[item.key] = item.location }
                }
            }
        }
        return first
    }

    /// The "References" section listing every entry the page cites, sorted by author and year; nil when the page
    /// cites nothing the bibliography has.
    static func bibliography(_ result: NotebookResult, references: PageReferences, words: ReportStrings) -> BibliographySection? {
        guard let bibliography = references.bibliography else { return nil }
        let keys = Set(firstCitations(result).keys).filter { bibliography.entries[$0] != nil }
        guard !keys.isEmpty else { return nil }
        let taken = Set(result.headings.map(\.id))
        var id = "references", number = 1
        while taken.contains(id) {
            number += 1
            id = "references-\(number)"
        }
        return BibliographySection(section: bibliography.section(keys, id: id, words: words.references),
                                   heading: Heading(level: 2, text: words.references.heading, id: id))
    }
}
