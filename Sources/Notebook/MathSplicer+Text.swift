/// Splitting one text node at the delimiters of the spans it holds.
extension MathSplicer {
    /// Appends the pieces of a text node: its text outside math, and a math node at each span opening in it.
    /// `inside` is the span open when the node starts, and the span left open when it ends.
    func splitText(_ inline: Inline, literal: String, link: MathSpan.Link?, inside: inout Int?, into result: inout [Inline]) {
        guard let reported = offsets(of: inline) else {
            if inside == nil { result.append(inline) } else { fail(&inside) }
            return
        }
        if let current = inside, spans[current].close >= reported.upperBound { return }
        var next = firstSpan(from: reported.lowerBound)
        let opensHere = next < spans.count && spans[next].open < reported.upperBound
        if inside == nil, !opensHere { return result.append(inline) }
        let text = Array(literal.utf8)
        guard let alignment = TextAlignment.locating(literal: text, reported: reported, bytes: source.bytes, entities: entities) else {
            while next < spans.count, spans[next].open < reported.upperBound { markFailed(next); next += 1 }
            return fail(&inside)
        }
        var cursor = (text: 0, offset: alignment.range.lowerBound)
        if let current = inside {
            guard let closing = alignment.textIndex(of: spans[current].close) else { return fail(&inside) }
            cursor = (closing + spans[current].width, spans[current].end)
            markPlaced(current)
            inside = nil
        }
        inside = placeSpans(from: next, in: text, alignment: alignment, cursor: cursor, link: link, into: &result)
    }

    /// Appends the text from `cursor` on and a math node for each span from index `first` that opens in the
    /// node; returns the span left open at the node's end, if any.
    private func placeSpans(from first: Int, in text: [UInt8], alignment: TextAlignment, cursor start: (text: Int, offset: Int),
                            link: MathSpan.Link?, into result: inout [Inline]) -> Int? {
        let range = alignment.range
        var cursor = start, next = first
        while next < spans.count, spans[next].open < range.upperBound {
            let candidate = spans[next]
            guard let opening = alignment.textIndex(of: candidate.open), opening >= cursor.text,
                  candidate.link == nil || candidate.link == link else {
                markFailed(next)
                next += 1
                continue
            }
            appendText(text[cursor.text..<opening], from: cursor.offset, to: candidate.open, into: &result)
            result.append(mathNode(candidate))
            guard candidate.close < range.upperBound else { return next }
            guard let closing = alignment.textIndex(of: candidate.close) else {
                markFailed(next)
                return nil
            }
            cursor = (closing + candidate.width, candidate.end)
            markPlaced(next)
            next += 1
        }
        appendText(text[min(cursor.text, text.count)...], from: cursor.offset, to: range.upperBound, into: &result)
        return nil
    }

    /// The source byte range of a text node, nil when its position is not in the source.
    private func offsets(of inline: Inline) -> Range<Int>? {
        guard let start = source.offset(line: inline.range.start.line, column: inline.range.start.column),
              let end = source.clampedOffset(line: inline.range.end.line, column: inline.range.end.column), start <= end else { return nil }
        return start..<end
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int, into result: inout [Inline]) {
        guard !bytes.isEmpty else { return }
        let range = SourceRange(start: source.location(of: start), end: source.location(of: max(start, end)))
        result.append(Inline(.text(String(decoding: bytes, as: UTF8.self)), range: range))
    }

    /// The math node of a span; its range is the TeX's.
    private func mathNode(_ span: MathSpan) -> Inline {
        let range = SourceRange(start: source.location(of: span.content.lowerBound), end: source.location(of: span.content.upperBound))
        return Inline(.math(tex: span.tex, display: span.display), range: range)
    }
}
