import Notebook
import Results

/// A chapter's excerpt on a landing page: whole sentences from its first paragraph that has one, about 220
/// characters or the first sentence if it is longer, so an excerpt never stops mid-sentence. A sentence ends at
/// `.`, `!` or `?` at the paragraph's end or before a space (not after `e.g.`-style abbreviations or an initial),
/// or at `。！？`.
enum Excerpt {
    /// About how many characters an excerpt keeps; whole sentences are added while it stays under this.
    static let length = 220

    /// The excerpt's inlines (its values and math kept), or nil when no paragraph has a sentence end.
    static func inlines(_ result: NotebookResult) -> [Inline]? {
        for case let .prose(blocks, _, _, _) in result.cells {
            for block in blocks {
                guard case let .paragraph(inlines) = block.kind, let cut = sentences(inlines) else { continue }
                return cut
            }
        }
        return nil
    }

    /// `inlines` up to the end of the last whole sentence within `length` characters (at least one sentence).
    static func sentences(_ inlines: [Inline]) -> [Inline]? {
        var kept: [Inline] = [], count = 0, best: [Inline]?
        for (index, inline) in inlines.enumerated() {
            guard case let .text(text) = inline.kind else {
                kept.append(inline)
                count += inline.plainText.count
                continue
            }
            let atEnd = index == inlines.count - 1
            for end in sentenceEnds(text, paragraphEnds: atEnd) {
                let piece = String(text[..<end])
                if best != nil, count + piece.count > length { return best }
                best = kept + [Inline(.text(piece), range: inline.range)]
            }
            kept.append(inline)
            count += text.count
        }
        return best
    }

    /// Where sentences end in `text` (just after the mark), in order.
    static func sentenceEnds(_ text: String, paragraphEnds: Bool) -> [String.Index] {
        var ends: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if "。！？".contains(character) {
                ends.append(next)
            } else if ".!?".contains(character) {
                if next == text.endIndex {
                    if paragraphEnds { ends.append(next) }
                } else if text[next].isWhitespace, !isAbbreviation(text[..<index]) {
                    ends.append(next)
                }
            }
            index = next
        }
        return ends
    }

    /// Whether the word before a `.` is an abbreviation (`e.g`, `i.e`, `vs`, `Fig`, `Eq`, `cf`) or an initial (`J`).
    private static func isAbbreviation(_ before: Substring) -> Bool {
        let word = before.split(whereSeparator: { $0.isWhitespace || $0 == "(" }).last.map(String.init) ?? ""
        return ["e.g", "i.e", "vs", "fig", "eq", "cf", "resp", "approx"].contains(word.lowercased())
            || (word.count == 1 && word.first?.isUppercase == true)
    }
}
