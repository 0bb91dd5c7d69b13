/// The second pass: puts each math span found by the first pass into the inlines of cmark's parse of the masked
/// source (`MathMask`), where the inside of a span is plain text between sibling inlines. The text nodes that
/// hold a span are split at its delimiters; the text, line breaks and neutralized bytes between them give way
/// to one math node whose TeX is the span's original source.
///
/// A span is placed only where that holds: its delimiters are copied dollars of text nodes of one sibling list,
/// with nothing but text and line breaks between them, in the same link as in the first pass (if it was in one).
/// Any other span is reported in `unplaced`, and the caller parses again without it.
final class MathSplicer: LeafMathPass {
    /// The spans to place, ascending by `open`.
    let spans: [MathSpan]
    /// The masked source cmark parsed.
    let source: SourceText
    let entities: EntityDecoder
    private var placed = Set<Int>()
    private var failed = Set<Int>()

    /// A splicer for `spans` (ascending by `open`, not overlapping) in the masked `source`.
    init(spans: [MathSpan], source: SourceText, entities: EntityDecoder) {
        self.spans = spans
        self.source = source
        self.entities = entities
    }

    /// Indexes (into the spans given) of the spans that could not be placed, ascending.
    var unplaced: [Int] {
        spans.indices.filter { failed.contains($0) || !placed.contains($0) }
    }

    func place(_ inlines: [Inline], quoteDepth: Int) -> [Inline] {
        splice(inlines, link: nil)
    }

    /// Each cell on its own: a span crossing cells cannot be placed.
    func placeRow(_ cells: [[Inline]], line: Int, quoteDepth: Int) -> [[Inline]] {
        cells.map { splice($0, link: nil) }
    }

    /// One sibling list: `inside` is the span opened by an earlier text node of the list and not yet closed.
    private func splice(_ inlines: [Inline], link: MathSpan.Link?) -> [Inline] {
        var result: [Inline] = []
        var inside: Int?
        for inline in inlines {
            switch inline.kind {
            case let .text(literal):
                splitText(inline, literal: literal, link: link, inside: &inside, into: &result)
            case .softBreak where inside != nil, .lineBreak where inside != nil:
                continue
            case _ where inside != nil:
                fail(&inside)
                result.append(inline)
            case let .emphasis(children):
                result.append(Inline(.emphasis(splice(children, link: link)), range: inline.range))
            case let .strong(children):
                result.append(Inline(.strong(splice(children, link: link)), range: inline.range))
            case let .strikethrough(children):
                result.append(Inline(.strikethrough(splice(children, link: link)), range: inline.range))
            case let .link(destination, title, children):
                let target = MathSpan.Link(destination: destination, title: title)
                result.append(Inline(.link(destination: destination, title: title, splice(children, link: target)), range: inline.range))
            default:
                result.append(inline)
            }
        }
        if inside != nil { fail(&inside) }
        return result
    }

    /// Marks the open span, if any, as not placeable and closes it.
    func fail(_ inside: inout Int?) {
        if let index = inside { failed.insert(index) }
        inside = nil
    }

    func markFailed(_ index: Int) { failed.insert(index) }

    func markPlaced(_ index: Int) { placed.insert(index) }

    /// Index of the first span opening at or after `offset`.
    func firstSpan(from offset: Int) -> Int {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].open < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
