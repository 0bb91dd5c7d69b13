import Markup
import Notebook

/// The GitHub blocks and inlines: tables, callouts and footnotes. Tables and footnotes are written as
/// libcmark-gfm writes them; a table is wrapped in a `div.table-scroll` that scrolls it sideways when it is wider
/// than the page, and a callout (which cmark-gfm does not know) is an `aside`-like `div` with a titled icon.
extension ProseRenderer {
    mutating func table(_ table: Table) {
        newline()
        output += "<div class=\"table-scroll\">\n<table>\n<thead>\n"
        row(table.header, cell: "th", alignments: table.alignments)
        output += "</thead>\n"
        if !table.rows.isEmpty {
            output += "<tbody>\n"
            for cells in table.rows { row(cells, cell: "td", alignments: table.alignments) }
            output += "</tbody>\n"
        }
        output += "</table>\n</div>\n"
    }

    private mutating func row(_ cells: [[Inline]], cell: String, alignments: [Table.Alignment]) {
        output += "<tr>\n"
        for (index, inlines) in cells.enumerated() {
            output += "<" + cell
            switch index < alignments.count ? alignments[index] : .none {
            case .left: output += " align=\"left\""
            case .right: output += " align=\"right\""
            case .center: output += " align=\"center\""
            case .none: break
            }
            output += ">"
            render(inlines)
            output += "</\(cell)>\n"
        }
        output += "</tr>\n"
    }

    /// `<div class="callout callout-note" role="note">`, a title with its icon in the page's language, the body.
    mutating func callout(_ kind: Callout, _ blocks: [Block]) {
        newline()
        output += "<div class=\"callout callout-\(kind.rawValue)\" role=\"note\">\n<p class=\"callout-title\">"
        output += CalloutIcon.svg(kind)
        text(words.callout(kind))
        output += "</p>\n"
        render(blocks, tight: false)
        newline()
        output += "</div>\n"
    }

    mutating func footnoteReference(_ reference: FootnoteReference) {
        let label = URLEscaping.href(reference.label)
        output += "<sup class=\"footnote-ref\"><a href=\"#fn-\(label)\" id=\"fnref-\(label)"
        if reference.occurrence > 1 { output += "-\(reference.occurrence)" }
        output += "\" data-footnote-ref>\(reference.number)</a></sup>"
    }

    /// The page's footnotes: each definition's back-links end its last paragraph, or follow its blocks.
    mutating func footnotes(_ notes: [Footnote]) {
        newline()
        output += "<section class=\"footnotes\" data-footnotes>\n<ol>\n"
        for note in notes {
            output += "<li id=\"fn-" + URLEscaping.href(note.label) + "\">\n"
            if let last = note.blocks.last, case let .paragraph(inlines) = last.kind {
                render(Array(note.blocks.dropLast()), tight: false)
                newline()
                output += "<p>"
                render(inlines)
                output += " " + backLinks(note) + "</p>\n"
            } else {
                render(note.blocks, tight: false)
                newline()
                output += backLinks(note) + "\n"
            }
            output += "</li>\n"
        }
        output += "</ol>\n</section>\n"
    }

    /// One `↩` link per reference to the note; the second and later carry their occurrence.
    private func backLinks(_ note: Footnote) -> String {
        let label = URLEscaping.href(note.label)
        let name = MarkupEscaping.escape(words.footnoteBackLink)
        return (1...max(note.referenceCount, 1)).map { occurrence in
            let target = occurrence == 1 ? label : "\(label)-\(occurrence)"
            let mark = occurrence == 1 ? "↩" : "↩<sup class=\"footnote-ref\">\(occurrence)</sup>"
            return "<a href=\"#fnref-\(target)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"\(name)\">\(mark)</a>"
        }.joined(separator: " ")
    }
}
