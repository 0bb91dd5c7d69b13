/// The inlines of one leaf block flattened for `MathFinder`: text, the two delimiters of each emphasis, line
/// breaks, and barriers (code, links, images, raw HTML) that no math span crosses.
struct TokenStream {
    enum Token {
        case text(Inline)
        /// An emphasis or strong node's opening delimiter; `partner` is the index of its closing token.
        case open(Inline, partner: Int)
        /// A closing delimiter; `partner` is the index of its opening token.
        case close(partner: Int)
        case lineEnd(Inline)
        case barrier(Inline)
    }

    let source: SourceText
    private(set) var tokens: [Token] = []

    init(source: SourceText) {
        self.source = source
    }

    /// Appends the tokens of `inlines`; links (not autolinks) become barriers whose own text is searched.
    mutating func flatten(_ inlines: [Inline], finder: MathFinder) {
        for inline in inlines {
            switch inline.kind {
            case .text: tokens.append(.text(inline))
            case let .emphasis(children), let .strong(children):
                let opening = tokens.count
                tokens.append(.open(inline, partner: -1))
                flatten(children, finder: finder)
                tokens[opening] = .open(inline, partner: tokens.count)
                tokens.append(.close(partner: opening))
            case .softBreak, .lineBreak: tokens.append(.lineEnd(inline))
            default: tokens.append(.barrier(searchingLink(inline, finder: finder)))
            }
        }
    }

    /// A link whose text is searched for math on its own; autolinks (`<http://…>`) and everything else as is.
    func searchingLink(_ inline: Inline, finder: MathFinder) -> Inline {
        guard case let .link(destination, title, children) = inline.kind, !isAutolink(inline) else { return inline }
        return Inline(.link(destination: destination, title: title, finder.apply(children)), range: inline.range)
    }

    private func isAutolink(_ inline: Inline) -> Bool {
        if let offset = offset(inline.range.start), offset < source.bytes.count { return source.bytes[offset] == UInt8(ascii: "<") }
        return true
    }

    /// The inlines unchanged but for the text of links searched on its own.
    func inlinesWithLinksSearched(_ inlines: [Inline], finder: MathFinder) -> [Inline] {
        inlines.map { inline in
            var copy = inline
            switch inline.kind {
            case let .emphasis(children): copy.kind = .emphasis(inlinesWithLinksSearched(children, finder: finder))
            case let .strong(children): copy.kind = .strong(inlinesWithLinksSearched(children, finder: finder))
            case .link: copy = searchingLink(inline, finder: finder)
            default: break
            }
            return copy
        }
    }

    func offset(_ location: SourceLocation) -> Int? {
        source.offset(line: location.line, column: location.column)
    }

    /// The source byte range of a text token, when it lines up with the text cmark gave it.
    /// cmark's range of a text node before a line break includes the spaces it dropped from the end of the text;
    /// they are trimmed here unless the text itself ends in them.
    func textRange(_ inline: Inline) -> Range<Int>? {
        guard case let .text(literal) = inline.kind, let start = offset(inline.range.start), var end = offset(inline.range.end),
              start <= end else { return nil }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        if literal.utf8.last.map(isBlank) != true {
            while end > start, isBlank(source.bytes[end - 1]) { end -= 1 }
        }
        let slice = source.bytes[start..<end]
        let sourceDollars = slice.lazy.filter { $0 == UInt8(ascii: "$") }.count
        let textDollars = literal.utf8.lazy.filter { $0 == UInt8(ascii: "$") }.count
        guard sourceDollars == textDollars else { return nil }
        if !slice.contains(UInt8(ascii: "&")), !Self.unescaped(slice).elementsEqual(literal.utf8) { return nil }
        return start..<end
    }

    /// `bytes` with CommonMark backslash escapes (a backslash before ASCII punctuation) resolved.
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.endIndex, isASCIIPunctuation(bytes[index + 1]) {
                result.append(bytes[index + 1])
                index += 2
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }

    /// Offsets of every `$` inside text tokens, or nil when some text token does not line up with the source.
    func dollarOffsets() -> Set<Int>? {
        var offsets = Set<Int>()
        for case let .text(inline) in tokens {
            guard let range = textRange(inline) else { return nil }
            for offset in range where source.bytes[offset] == UInt8(ascii: "$") { offsets.insert(offset) }
        }
        return offsets
    }

    /// Source byte ranges of the runs of tokens between barriers.
    func segments() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var lower: Int?, upper = 0
        func close() {
            if let start = lower, start < upper { result.append(start..<upper) }
            lower = nil
        }
        for token in tokens {
            switch token {
            case let .text(inline):
                guard let start = offset(inline.range.start), let end = offset(inline.range.end) else { continue }
                if lower == nil { lower = start }
                upper = max(upper, end)
            case let .open(inline, _):
                guard let start = offset(inline.range.start) else { continue }
                if lower == nil { lower = start }
                upper = max(upper, start + 1)
            case .barrier: close()
            case .close, .lineEnd: break
            }
        }
        close()
        return result
    }
}
