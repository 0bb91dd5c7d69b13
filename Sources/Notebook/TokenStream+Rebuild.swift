/// Rebuilding the inline tree once the math spans are known.
extension TokenStream {
    /// An open emphasis while rebuilding, with the inlines gathered inside it so far.
    private struct Frame {
        var opening: Inline?
        var children: [Inline] = []
    }

    /// The inlines with every span as a math node. Text is split at the span delimiters (the n-th `$` of a
    /// text node's source is its n-th `$` of text); emphasis wholly outside math is kept, emphasis wholly
    /// inside is absorbed into the TeX, and emphasis cut by a span is undone: its delimiters outside the span
    /// become text again.
    func rebuild(spans: [MathFinder.Span], finder: MathFinder) -> [Inline] {
        var openers: [Int: Int] = [:], closers: [Int: Int] = [:]
        for (index, span) in spans.enumerated() {
            openers[span.open] = index
            closers[span.close] = index
        }
        var frames = [Frame()]
        var current: Int?
        for token in tokens {
            switch token {
            case let .text(inline):
                splitText(inline, spans: spans, openers: openers, closers: closers, current: &current, frames: &frames, finder: finder)
            case let .open(inline, partner):
                guard current == nil else { continue }
                if isCut(partner, spans: spans) {
                    frames[frames.count - 1].children.append(delimiterText(inline, closing: false))
                } else {
                    frames.append(Frame(opening: inline))
                }
            case let .close(partner):
                guard current == nil, case let .open(opening, _) = tokens[partner] else { continue }
                if isCut(partner, spans: spans) {
                    frames[frames.count - 1].children.append(delimiterText(opening, closing: true))
                } else {
                    let frame = frames.removeLast()
                    frames[frames.count - 1].children.append(wrap(frame))
                }
            case let .lineEnd(inline), let .barrier(inline):
                if current == nil { frames[frames.count - 1].children.append(inline) }
            }
        }
        return frames.first?.children ?? []
    }

    /// Whether the emphasis whose tokens are `index` and its partner has a delimiter inside a span.
    private func isCut(_ index: Int, spans: [MathFinder.Span]) -> Bool {
        guard case let .open(inline, _) = tokens[index] else { return false }
        let width = delimiterWidth(inline)
        guard let start = offset(inline.range.start), let end = offset(inline.range.end) else { return false }
        return spans.contains { $0.open < start + width && start < $0.end } || spans.contains { $0.open < end && end - width < $0.end }
    }

    private func delimiterWidth(_ inline: Inline) -> Int {
        if case .strong = inline.kind { return 2 }
        return 1
    }

    /// The delimiter characters of an undone emphasis, as written in the source.
    private func delimiterText(_ inline: Inline, closing: Bool) -> Inline {
        let width = delimiterWidth(inline)
        let fallback = String(repeating: "*", count: width)
        guard let start = offset(inline.range.start), let end = offset(inline.range.end), end - start >= 2 * width else {
            return Inline(.text(fallback), range: inline.range)
        }
        let range = closing ? (end - width)..<end : start..<(start + width)
        let location = SourceRange(start: source.location(of: range.lowerBound), end: source.location(of: range.upperBound))
        return Inline(.text(source.text(range)), range: location)
    }

    private func wrap(_ frame: Frame) -> Inline {
        guard let opening = frame.opening else { return Inline(.text(""), range: SourceRange(at: SourceLocation(line: 0, column: 0))) }
        if case .strong = opening.kind { return Inline(.strong(frame.children), range: opening.range) }
        return Inline(.emphasis(frame.children), range: opening.range)
    }

    /// Splits one text node at the delimiters of the spans it holds, appending its text outside math and a math
    /// node at each opening delimiter; `current` is the span being inside of, across tokens.
    private func splitText(_ inline: Inline, spans: [MathFinder.Span], openers: [Int: Int], closers: [Int: Int],
                           current: inout Int?, frames: inout [Frame], finder: MathFinder) {
        guard case let .text(literal) = inline.kind, let range = textRange(inline) else { return }
        let characters = Array(literal.utf8)
        var dollarIndex = characters.startIndex
        var pieceStart = current == nil ? 0 : characters.count
        var pieceOffset = range.lowerBound
        func nextDollar() -> Int {
            while characters[dollarIndex] != UInt8(ascii: "$") { dollarIndex += 1 }
            defer { dollarIndex += 1 }
            return dollarIndex
        }
        for offset in range where source.bytes[offset] == UInt8(ascii: "$") {
            let position = nextDollar()
            if current == nil, let index = openers[offset] {
                appendText(characters[pieceStart..<position], from: pieceOffset, to: offset, frames: &frames)
                let span = spans[index]
                let location = SourceRange(start: source.location(of: span.content.lowerBound), end: source.location(of: span.content.upperBound))
                frames[frames.count - 1].children.append(Inline(.math(tex: finder.tex(of: span), display: span.display), range: location))
                current = index
            } else if let index = current, closers[offset] == index {
                let width = spans[index].display ? 2 : 1
                pieceStart = position + width
                pieceOffset = offset + width
                current = nil
            }
        }
        if current == nil { appendText(characters[min(pieceStart, characters.count)...], from: pieceOffset, to: range.upperBound, frames: &frames) }
    }

    private func appendText(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int, frames: inout [Frame]) {
        guard !bytes.isEmpty else { return }
        let range = SourceRange(start: source.location(of: start), end: source.location(of: max(start, end)))
        frames[frames.count - 1].children.append(Inline(.text(String(decoding: bytes, as: UTF8.self)), range: range))
    }
}
