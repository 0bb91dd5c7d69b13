/// Finds `$…$` and `$$…$$` math in the text nodes of one leaf block and turns each span into a math node.
///
/// Rules (pandoc's `tex_math_dollars`): an opening `$` is followed by a non-space, a closing `$` is preceded by
/// a non-space and not followed by a digit; `$$` opens display math that closes at the next `$$`; `\$` is a
/// literal dollar. A span lives among sibling inlines: it may cross line ends and emphasis that cmark saw in
/// the TeX (`$a*b*c$`; such emphasis is undone), but never code, links, raw HTML or images, which therefore
/// never contain math. The TeX is the source between the dollars (so cmark's escapes never touch it), with
/// the block-quote markers of later lines removed.
struct MathFinder {
    let source: SourceText
    let quoteDepth: Int

    /// One span found: byte offsets of its opening and closing delimiters and of its TeX.
    struct Span {
        var open: Int
        var close: Int
        var content: Range<Int>
        var display: Bool
        var end: Int { close + (display ? 2 : 1) }
    }

    /// `inlines` with math spans as `.math` nodes, links' text searched on its own; unchanged where the source
    /// positions cmark gave do not line up with the text (never guessed).
    func apply(_ inlines: [Inline]) -> [Inline] {
        var stream = TokenStream(source: source)
        stream.flatten(inlines, finder: self)
        guard let dollars = stream.dollarOffsets() else { return stream.inlinesWithLinksSearched(inlines, finder: self) }
        var spans: [Span] = []
        for segment in stream.segments() { spans += find(in: segment, dollars: dollars) }
        guard !spans.isEmpty else { return stream.inlinesWithLinksSearched(inlines, finder: self) }
        return stream.rebuild(spans: spans, finder: self)
    }

    /// Spans whose delimiters are dollars of text nodes, scanning the source bytes of `segment`.
    private func find(in segment: Range<Int>, dollars: Set<Int>) -> [Span] {
        let bytes = source.bytes
        var spans: [Span] = []
        var index = segment.lowerBound
        while index < segment.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < segment.upperBound, bytes[index + 1] != UInt8(ascii: "\n") {
                index += 2
            } else if byte == UInt8(ascii: "$"), dollars.contains(index), let span = span(at: index, limit: segment.upperBound, dollars: dollars) {
                spans.append(span)
                index = span.end
            } else {
                index += 1
            }
        }
        return spans
    }

    /// The span opening at `open`, if it closes before `limit`.
    private func span(at open: Int, limit: Int, dollars: Set<Int>) -> Span? {
        let bytes = source.bytes
        let dollar = UInt8(ascii: "$")
        let display = open + 1 < limit && bytes[open + 1] == dollar
        let start = open + (display ? 2 : 1)
        guard start < limit else { return nil }
        if !display, isSpace(bytes[start]) { return nil }
        var probe = start
        while probe < limit {
            let byte = bytes[probe]
            if byte == UInt8(ascii: "\\") { probe += 2; continue }
            if byte == dollar, dollars.contains(probe) {
                if display {
                    if probe + 1 < limit, bytes[probe + 1] == dollar, probe > start {
                        return Span(open: open, close: probe, content: start..<probe, display: true)
                    }
                } else if !isSpace(bytes[probe - 1]), !(probe + 1 < bytes.count && isDigit(bytes[probe + 1])) {
                    return Span(open: open, close: probe, content: start..<probe, display: false)
                }
            }
            probe += 1
        }
        return nil
    }

    /// The TeX of `span`: its source bytes, without the block-quote markers that start its later lines.
    func tex(of span: Span) -> String {
        let first = source.location(of: span.content.lowerBound).line
        let last = source.location(of: span.content.upperBound).line
        guard last > first else { return source.text(span.content) }
        var bytes: [UInt8] = []
        for line in first...last {
            let range = source.lineRange(line)
            var lower = line == first ? span.content.lowerBound : range.lowerBound
            if line > first { lower += quotePrefixLength(line) }
            let upper = line == last ? span.content.upperBound : range.upperBound
            if line > first { bytes.append(UInt8(ascii: "\n")) }
            if lower < upper { bytes += source.bytes[lower..<upper] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Bytes of the block-quote markers at the start of `line`.
    private func quotePrefixLength(_ line: Int) -> Int {
        source.quoteMarkersEnd(line: line, quoteDepth: quoteDepth) - source.lineRange(line).lowerBound
    }

    private func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 13 }
    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
}
