/// Finds the `$…$` and `$$…$$` math spans of one paragraph or heading in the inlines of cmark's first parse.
///
/// Rules (pandoc's `tex_math_dollars`): an opening `$` is followed by a non-space, a closing `$` is preceded by
/// a non-space and not followed by a digit; `$$` opens display math that closes at the next `$$`; `\$` and
/// `&#36;` are literal dollars. Only dollars of text can delimit math, so code spans, link destinations,
/// autolinks, raw HTML and image descriptions never hold math. A span may cross line ends, emphasis delimiters
/// and raw HTML that start inside it (`$a <b> c$` is math), and inline values (`` $w = `{fit.params.bias}`$ ``,
/// whose number the runner puts into the TeX), but never other code, a link or an image; the text of a link is
/// searched on its own. Where cmark's position of a text node is not where its text is, the node's
/// dollars are not used and no span crosses it.
struct MathFinder {
    let source: SourceText
    let quoteDepth: Int
    let entities: EntityDecoder
    /// Where the TeX is read, when `source` has bytes neutralized (the pipes of a row, `MathMask.maskedPipes`).
    var texSource: SourceText?

    /// The dollars of one run of inlines that a span may cross, in source order.
    private struct Run {
        var dollars: [Int] = []
    }

    /// The spans of `inlines`, in source order within each run.
    func spans(in inlines: [Inline]) -> [MathSpan] {
        var run = Run(), found: [MathSpan] = []
        collect(inlines, link: nil, run: &run, found: &found)
        found += spans(in: run.dollars, link: nil)
        return found
    }

    private func collect(_ inlines: [Inline], link: MathSpan.Link?, run: inout Run, found: inout [MathSpan]) {
        for inline in inlines {
            switch inline.kind {
            case let .text(literal):
                guard literal.utf8.contains(UInt8(ascii: "$")) else { continue }
                if let alignment = alignment(of: inline, literal: literal) {
                    run.dollars += alignment.copiedDollars(in: source.bytes)
                } else {
                    found += spans(in: run.dollars, link: link)
                    run = Run()
                }
            case let .emphasis(children), let .strong(children), let .strikethrough(children):
                collect(children, link: link, run: &run, found: &found)
            case .html, .softBreak, .lineBreak, .value:
                continue
            case let .link(destination, title, children) where !isAutolink(inline):
                found += spans(in: run.dollars, link: link)
                run = Run()
                var inner = Run()
                let target = MathSpan.Link(destination: destination, title: title)
                collect(children, link: target, run: &inner, found: &found)
                found += spans(in: inner.dollars, link: target)
            default:
                found += spans(in: run.dollars, link: link)
                run = Run()
            }
        }
    }

    /// How a text node lines up with its source, nil when cmark's position of it does not hold its text.
    func alignment(of inline: Inline, literal: String) -> TextAlignment? {
        guard let start = source.offset(line: inline.range.start.line, column: inline.range.start.column),
              let end = source.clampedOffset(line: inline.range.end.line, column: inline.range.end.column), start <= end else { return nil }
        return TextAlignment.locating(literal: Array(literal.utf8), reported: start..<end, bytes: source.bytes, entities: entities)
    }

    /// An autolink (`<http://…>`) starts with `<` in the source; its text is the destination and holds no math.
    private func isAutolink(_ inline: Inline) -> Bool {
        guard let offset = source.offset(line: inline.range.start.line, column: inline.range.start.column),
              offset < source.bytes.count else { return true }
        return source.bytes[offset] == UInt8(ascii: "<")
    }

    /// The spans delimited by `dollars` (the text dollars of one run, ascending). The next closer after each
    /// dollar is found once, so the search is linear in the number of dollars.
    private func spans(in dollars: [Int], link: MathSpan.Link?) -> [MathSpan] {
        guard dollars.count >= 2 else { return [] }
        let bytes = source.bytes, count = dollars.count
        let isDollar = Set(dollars)
        var nextInline = [Int](repeating: count, count: count + 1), nextDisplay = nextInline
        for index in stride(from: count - 1, through: 0, by: -1) {
            let offset = dollars[index]
            let closesInline = offset > 0 && !isSpace(bytes[offset - 1]) && !(offset + 1 < bytes.count && isDigit(bytes[offset + 1]))
            nextInline[index] = closesInline ? index : nextInline[index + 1]
            nextDisplay[index] = isDollar.contains(offset + 1) ? index : nextDisplay[index + 1]
        }
        var spans: [MathSpan] = [], index = 0
        while index < count {
            let open = dollars[index]
            let display = isDollar.contains(open + 1)
            let start = open + (display ? 2 : 1)
            var closer = count
            if display {
                var first = index + 1
                while first < count, dollars[first] <= start { first += 1 }
                closer = nextDisplay[first]
            } else if start < bytes.count, !isSpace(bytes[start]) {
                closer = nextInline[index + 1]
            }
            guard closer < count else {
                index += 1
                continue
            }
            var span = MathSpan(open: open, close: dollars[closer], display: display, tex: "", link: link)
            span.tex = tex(of: span.content)
            spans.append(span)
            index = closer + (display ? 2 : 1)
        }
        return spans
    }

    /// The TeX of a span's `content`: its source bytes, without the block-quote markers that start its later lines.
    private func tex(of content: Range<Int>) -> String {
        let source = texSource ?? self.source
        let first = source.location(of: content.lowerBound).line
        let last = source.location(of: content.upperBound).line
        guard last > first else { return source.text(content) }
        var bytes: [UInt8] = []
        for line in first...last {
            let range = source.lineRange(line)
            var lower = line == first ? content.lowerBound : range.lowerBound
            if line > first { lower += source.quoteMarkersEnd(line: line, quoteDepth: quoteDepth) - range.lowerBound }
            let upper = line == last ? content.upperBound : range.upperBound
            if line > first { bytes.append(UInt8(ascii: "\n")) }
            if lower < upper { bytes += source.bytes[lower..<upper] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
