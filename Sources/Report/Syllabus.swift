import Foundation
import Notebook

/// The chapter order an `index.md` gives (mdBook's SUMMARY.md idea): its links to notebooks, in document order;
/// a list item without a notebook link whose nested list holds links names a part.
public struct Syllabus: Equatable, Sendable {
    /// One listed chapter: the linked file as written (relative to index.md) and the part it belongs to.
    public struct Entry: Equatable, Sendable {
        /// The link's file, e.g. `gd.md` or `zh/gd.md`.
        public var file: String
        /// The title of the part, nil for chapters outside any named part.
        public var part: String?
    }

    /// Listed chapters in syllabus order; a file listed twice counts once, at its first place.
    public private(set) var entries: [Entry] = []

    /// The syllabus of an `index.md` notebook.
    public init(_ index: Notebook) {
        self.init(blocks: index.cells.flatMap(\.proseBlocks))
    }

    /// The syllabus that `blocks` alone give (one list of a landing page, say).
    public init(blocks: [Block]) {
        for block in blocks { collect(block, part: nil) }
    }

    private mutating func collect(_ block: Block, part: String?) {
        switch block.kind {
        case let .list(_, items):
            for item in items { collectItem(item, part: part) }
        case let .paragraph(inlines):
            for inline in inlines { collectLinks(inline, part: part) }
        case let .blockQuote(blocks), let .details(_, _, blocks):
            blocks.forEach { collect($0, part: part) }
        default:
            break
        }
    }

    private mutating func collectItem(_ item: [Block], part: String?) {
        guard case let .paragraph(inlines)? = item.first?.kind else { return item.forEach { collect($0, part: part) } }
        var hasLink = false
        for inline in inlines { hasLink = collectLinks(inline, part: part) || hasLink }
        let nestedPart = hasLink ? part : inlines.map(\.plainText).joined().trimmingCharacters(in: .whitespaces)
        for block in item.dropFirst() { collect(block, part: nestedPart) }
    }

    /// Adds the notebook links in `inline`; `true` when it held one.
    @discardableResult
    private mutating func collectLinks(_ inline: Inline, part: String?) -> Bool {
        if case let .link(destination, _, _) = inline.kind, let target = NotebookLink.target(of: destination) {
            let file = target.file.removingPercentEncoding ?? target.file
            if !entries.contains(where: { $0.file == file }) { entries.append(Entry(file: file, part: part)) }
            return true
        }
        var found = false
        for child in inline.children { found = collectLinks(child, part: part) || found }
        return found
    }
}
