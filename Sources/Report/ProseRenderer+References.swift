import Formula
import Markup
import Notebook

/// Numbered equations and figures, cross-references and citations.
extension ProseRenderer {
    /// The image and its figure label when a paragraph is only a labeled image (white space around allowed).
    static func figure(_ inlines: [Inline]) -> (Inline, ReferenceLabel)? {
        let content = inlines.filter {
            if case let .text(text) = $0.kind { return !text.allSatisfy(\.isWhitespace) }
            if case .softBreak = $0.kind { return false }
            return true
        }
        guard content.count == 2, case .image = content[0].kind, case let .label(label) = content[1].kind else { return nil }
        return (content[0], label)
    }

    /// A labeled image on its own: `<figure id>` with the image and "Figure 3.1: description" as its caption.
    mutating func figure(_ image: Inline, label: ReferenceLabel) {
        guard case let .image(source, title, children) = image.kind else { return }
        newline()
        output += "<figure class=\"image-figure\" id=\"" + MarkupEscaping.escape(label.name) + "\">\n"
        self.image(source: source, title: title, children)
        output += "\n<figcaption><span class=\"figure-number\">"
        text(words.references.figureCaption(references?.number(label) ?? "?"))
        output += "</span>"
        render(children)
        output += "</figcaption>\n</figure>\n"
    }

    /// Display math numbered at its right, as `\tag` would number it: `<span class="equation" id>` holding the
    /// math and `(3.2)`, a link to the equation itself (to copy, like a heading's anchor).
    mutating func equation(_ tex: String, label: ReferenceLabel, at location: SourceLocation) {
        output += "<span class=\"equation\" id=\"" + MarkupEscaping.escape(label.name) + "\">"
        math(tex, display: true, at: location)
        output += "<a class=\"equation-number\" href=\"" + URLEscaping.fragment(label.name) + "\">"
        text("(" + (references?.number(label) ?? "?") + ")")
        output += "</a></span>"
    }

    /// "Equation 3.2" linking to the equation (on this page or another chapter's), or a marked error when the label
    /// is not defined (reported with a did-you-mean by `ReferenceCheck`).
    mutating func crossReference(_ label: ReferenceLabel, literal: String) {
        guard let references else { return text(literal) }
        guard let number = references.number(label), let href = references.table.href(label, from: references.page) else {
            output += MarkupNode.el("span", [("class", "value-error"), ("title", "unknown label \(label.name)")], [.text("⚠ " + literal)]).render()
            return
        }
        output += MarkupNode.el("a", [("class", "xref"), ("href", href)], [.text(words.references.reference(label.kind, number: number))]).render()
    }

    /// An author–year citation linking to the bibliography; without a bibliography, the text as written (an
    /// in-text `@word`, or anything in an excerpt rendered without references) or a marked error (a bracketed
    /// citation on a page, reported by `ReferenceCheck`).
    mutating func citation(_ citation: Citation) {
        if let bibliography = references?.bibliography {
            output += bibliography.html(citation, words: words.references)
        } else if citation.inText || references == nil {
            text(citation.literal)
        } else {
            output += MarkupNode.el("span", [("class", "value-error"), ("title", "no references.bib")], [.text("⚠ " + citation.literal)]).render()
        }
    }
}
