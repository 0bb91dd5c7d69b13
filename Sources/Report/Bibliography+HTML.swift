import Foundation
import Markup
import Notebook

/// Citations and the bibliography as HTML.
extension Bibliography {
    /// The id of an entry in a page's bibliography, `ref-KEY`.
    static func anchor(_ key: String) -> String { "ref-" + key }

    /// A citation: "(Kingma & Ba, 2015; Ruder, 2016, p. 3)" in parentheses or "Kingma and Ba (2015)" in the text,
    /// each work linking to its entry; an in-text `@word` that names no entry stays the text it was.
    func html(_ citation: Citation, words: ReferenceWords) -> String {
        if citation.inText, let item = citation.items.first {
            guard let entry = entries[item.key] else { return MarkupEscaping.escape(citation.literal) }
            let year = year(entry, words: words) + (item.locator.map { words.yearSeparator + $0 } ?? "")
            return link(entry, item, authorLabel(entry, words: words, narrative: true)
                        + (words.open == "(" ? " " : "") + words.open + year + words.close)
        }
        let parts = citation.items.map { item -> String in
            guard let entry = entries[item.key] else {
                return MarkupNode.el("span", [("class", "value-error"), ("title", "no entry '\(item.key)' in \(path)")],
                                     [.text("⚠ @" + item.key)]).render()
            }
            let text = authorLabel(entry, words: words, narrative: false) + words.yearSeparator + year(entry, words: words)
            return link(entry, item, text + (item.locator.map { words.yearSeparator + $0 } ?? ""))
        }
        return MarkupEscaping.escape(words.open) + parts.joined(separator: MarkupEscaping.escape(words.itemSeparator))
            + MarkupEscaping.escape(words.close)
    }

    /// A citation as plain text, as `html` writes it without the links (for Markdown outside the page: the
    /// exported notebook); an unknown key stays `@key`.
    func text(_ citation: Citation, words: ReferenceWords) -> String {
        if citation.inText, let item = citation.items.first {
            guard let entry = entries[item.key] else { return citation.literal }
            let year = year(entry, words: words) + (item.locator.map { words.yearSeparator + $0 } ?? "")
            return authorLabel(entry, words: words, narrative: true) + (words.open == "(" ? " " : "") + words.open + year + words.close
        }
        let parts = citation.items.map { item -> String in
            guard let entry = entries[item.key] else { return "@" + item.key }
            return authorLabel(entry, words: words, narrative: false) + words.yearSeparator + year(entry, words: words)
                + (item.locator.map { words.yearSeparator + $0 } ?? "")
        }
        return words.open + parts.joined(separator: words.itemSeparator) + words.close
    }

    /// The link of a cited work to its entry; the page's first citation of it has the id `cite-KEY`.
    private func link(_ entry: BibEntry, _ item: Citation.Item, _ text: String) -> String {
        var attributes = [("class", "citation"), ("href", URLEscaping.fragment(Self.anchor(entry.key)))]
        if firstCitations[entry.key] == item.location { attributes.append(("id", "cite-" + entry.key)) }
        return MarkupNode.el("a", attributes, [.text(text)]).render()
    }

    /// The bibliography section of a page citing `keys`: a heading with the anchor `id` and one item per entry.
    func section(_ keys: Set<String>, id: String, words: ReferenceWords) -> MarkupNode {
        let items = sorted(keys).map { entry in
            var nodes = item(entry, words: words)
            if firstCitations[entry.key] != nil {
                nodes += [.text(" "), .el("a", [("class", "backref"), ("href", URLEscaping.fragment("cite-" + entry.key)),
                                                 ("aria-label", words.backToCitation)], [.text("↩")])]
            }
            return MarkupNode.el("li", [("id", Self.anchor(entry.key))], nodes)
        }
        let anchor = MarkupNode.el("a", [("class", "anchor"), ("href", URLEscaping.fragment(id)), ("aria-label", words.sectionLink)],
                                   [.text("#")])
        return .el("section", class: "bibliography", [.el("h2", [("id", id)], [.text(words.heading), anchor]),
                                                     .el("ol", class: "references", items)])
    }

    /// One entry: "Kingma, D. P., & Ba, J. (2015). Title. *Venue*, 12(3), 1–10. https://doi.org/…".
    func item(_ entry: BibEntry, words: ReferenceWords) -> [MarkupNode] {
        let title = entry.text("title") ?? entry.key
        let isBook = ["book", "phdthesis", "mastersthesis", "thesis", "manual", "booklet", "proceedings"].contains(entry.type)
        let titleNode: MarkupNode = isBook ? .el("em", [], [.text(title)]) : .text(title)
        let titleEnd = title.last.map { ".?!".contains($0) } == true ? " " : ". "
        let authors = authorList(entry, words: words), year = " (" + year(entry, words: words) + "). "
        var nodes: [MarkupNode] = authors.isEmpty ? [titleNode, .text(year)] : [.text(authors + year), titleNode, .text(titleEnd)]
        if let venue = isBook ? entry.text("publisher") ?? entry.venue : entry.venue {
            nodes.append(isBook ? .text(venue) : .el("em", [], [.text(venue)]))
            let volume = entry.text("volume").map { $0 + (entry.text("number").map { "(" + $0 + ")" } ?? "") }
            let details = [volume, entry.text("pages")].compactMap { $0 }
            nodes.append(.text((details.isEmpty ? "" : ", " + details.joined(separator: ", ")) + ". "))
        }
        if let url = link(of: entry) {
            // `URLEscaping.href` is already safe in a quoted attribute: written raw, not escaped twice.
            nodes.append(.raw("<a href=\"" + URLEscaping.href(url) + "\">" + MarkupEscaping.escape(url) + "</a>"))
        } else if case let .text(last)? = nodes.last {
            nodes[nodes.count - 1] = .text(String(last.reversed().drop { $0 == " " }.reversed()))
        }
        return nodes
    }

    /// "Kingma, D. P., & Ba, J." (with "et al." after a list ending in `and others`).
    private func authorList(_ entry: BibEntry, words: ReferenceWords) -> String {
        let (names, others) = entry.authors
        let written = names.map { $0.initials.isEmpty ? $0.family : $0.family + ", " + $0.initials }
        guard let last = written.last else { return "" }
        if others { return written.joined(separator: ", ") + "," + words.etAl }
        if written.count == 1 { return last }
        return written.dropLast().joined(separator: ", ") + "," + words.parentheticalAnd + last
    }

    /// The entry's DOI as a `https://doi.org/` URL, else its `url`.
    private func link(of entry: BibEntry) -> String? {
        if let doi = entry.fields["doi"].map(TeXText.plain), !doi.isEmpty {
            return doi.hasPrefix("http") ? doi : "https://doi.org/" + doi
        }
        guard let url = entry.fields["url"]?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty else { return nil }
        return url
    }
}
