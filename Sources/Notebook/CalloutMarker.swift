/// The `[!MARKER]` line that makes a block quote a callout, read from the source: the first line of the quote's
/// first paragraph, from the paragraph's start to the line's end, is `[!` letters `]` and nothing else but
/// trailing blanks (GitHub's rule; `> [!NOTE] text` on one line stays a quote, with a warning).
struct CalloutMarker {
    /// The letters between `[!` and `]`, as written.
    var word: String
    /// Where the `[` stands.
    var location: SourceLocation

    /// Whether text follows the marker on its line (then the quote is no callout, as on GitHub).
    var followedByText: Bool

    /// The marker of the paragraph starting at `start`, nil when its first line does not start with one.
    init?(source: SourceText, at start: SourceLocation) {
        guard let offset = source.offset(line: start.line, column: start.column) else { return nil }
        var bytes = source.bytes[offset..<source.lineRange(start.line).upperBound]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { bytes.removeLast() }
        guard bytes.starts(with: "[!".utf8), let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > bytes.startIndex + 2 else { return nil }
        let letters = bytes[(bytes.startIndex + 2)..<close]
        guard letters.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) }) else { return nil }
        let rest = bytes[(close + 1)...]
        guard rest.isEmpty || rest.first == UInt8(ascii: " ") || rest.first == UInt8(ascii: "\t") else { return nil }
        word = String(decoding: letters, as: UTF8.self)
        location = start
        followedByText = !rest.isEmpty
    }

    /// The callout the marker names, nil when it is unknown or text follows it on its line.
    var callout: Callout? { followedByText ? nil : Callout(marker: word) }

    /// The warning for a marker that makes no callout, nil for one that does.
    func warning(path: String) -> Diagnostic? {
        if followedByText, let kind = Callout(marker: word) {
            return Diagnostic(.warning, "callout marker '[!\(kind.marker)]' must stand alone on the quote's first line; the quote is shown as a plain quote",
                              at: location, file: path, hint: "move the text after '[!\(word)]' to the next line")
        }
        return callout == nil ? unknownWarning(path: path) : nil
    }

    /// The warning for a marker that names no callout (the quote stays a quote), with the closest one.
    func unknownWarning(path: String) -> Diagnostic {
        let known = Callout.allCases.map(\.marker)
        let hint = Suggestion.closest(to: word, in: known).map { "did you mean '[!\($0)]'?" }
            ?? "a callout is one of " + known.map { "[!\($0)]" }.joined(separator: ", ")
        return Diagnostic(.warning, "unknown callout '[!\(word)]'; the quote is shown as a plain quote", at: location, file: path, hint: hint)
    }

    /// The warnings for the unknown markers among `blocks` and the blocks they hold.
    static func warnings(in blocks: [Block], source: SourceText, path: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for block in blocks {
            switch block.kind {
            case let .blockQuote(inner):
                if let first = inner.first, case .paragraph = first.kind,
                   let warning = CalloutMarker(source: source, at: first.range.start)?.warning(path: path) {
                    found.append(warning)
                }
                found += warnings(in: inner, source: source, path: path)
            case let .details(_, _, inner), let .callout(_, inner): found += warnings(in: inner, source: source, path: path)
            case let .list(_, items): found += warnings(in: Array(items.joined()), source: source, path: path)
            case let .footnotes(notes): found += warnings(in: notes.flatMap(\.blocks), source: source, path: path)
            default: break
            }
        }
        return found
    }
}
