import Foundation
import Notebook
import Results

/// Rewrites one chapter for the whole-course print page, on the tree: every heading anchor gets the chapter's
/// prefix (`gd--objectives`), so anchors of different chapters cannot collide; links within the chapter and to
/// other chapters of the course point into the print page (`#gd--objectives`, `#losses`); collapsed sections
/// (exercise answers) are opened.
struct PrintAnchors {
    /// The id of each chapter's section on the print page, by page name; heading anchors are `ID--anchor`.
    let chapterIDs: [String: String]
    /// The chapter being rewritten.
    let chapter: String

    /// `id` of a heading of this chapter on the print page.
    func anchor(_ id: String) -> String { Self.anchor(id, prefix: chapterIDs[chapter] ?? chapter) }

    /// `prefix--id`.
    static func anchor(_ id: String, prefix: String) -> String { prefix + "--" + id }

    /// The chapter's result with its headings, anchors, links and `<details>` rewritten.
    func rewrite(_ result: NotebookResult) -> NotebookResult {
        var copy = result
        copy.headings = result.headings.map { Heading(level: $0.level, text: $0.text, id: anchor($0.id)) }
        copy.cells = result.cells.map { cell in
            guard case let .prose(blocks, markdown, mathErrors, values) = cell else { return cell }
            return .prose(blocks: blocks.map(rewrite), markdown: markdown, mathErrors: mathErrors, values: values)
        }
        return copy
    }

    private func rewrite(_ block: Block) -> Block {
        var copy = block
        switch block.kind {
        case let .paragraph(inlines): copy.kind = .paragraph(inlines.map(rewrite))
        case let .heading(level, id, inlines): copy.kind = .heading(level: level, anchor: id.map(anchor), inlines.map(rewrite))
        case let .blockQuote(blocks): copy.kind = .blockQuote(blocks.map(rewrite))
        case let .list(style, items): copy.kind = .list(style, items: items.map { $0.map(rewrite) })
        case let .details(summary, _, blocks): copy.kind = .details(summary: summary, open: true, blocks.map(rewrite))
        default: break
        }
        return copy
    }

    private func rewrite(_ inline: Inline) -> Inline {
        var copy = inline
        switch inline.kind {
        case let .emphasis(children): copy.kind = .emphasis(children.map(rewrite))
        case let .strong(children): copy.kind = .strong(children.map(rewrite))
        case let .link(destination, title, children): copy.kind = .link(destination: target(destination), title: title, children.map(rewrite))
        default: break
        }
        return copy
    }

    /// Where a link leads on the print page: `#x` and `other.md#x` into the chapters' sections; any other link
    /// (a web address, a data file, a notebook outside this course) as written.
    func target(_ destination: String) -> String {
        if destination.hasPrefix("#") { return "#" + anchor(String(destination.dropFirst())) }
        guard let (file, fragment) = NotebookLink.target(of: destination), !file.contains("/") else { return destination }
        let name = NotebookFileName.stem(of: file.removingPercentEncoding ?? file)
        guard let prefix = chapterIDs[name] else { return destination }
        guard let fragment, !fragment.isEmpty else { return "#" + prefix }
        return "#" + Self.anchor(fragment, prefix: prefix)
    }
}
