/// Scans one run of adjacent text nodes for labels, cross-references and citations (`ReferenceFinder`), keeping
/// every other character as text with its location.
struct ReferenceScanner {
    /// The run's text, joined.
    private let text: String
    /// Each node's first UTF-8 offset in `text` and where it starts in the file.
    private let segments: [(offset: Int, start: SourceLocation)]
    private let source: SourceText
    /// The label kind allowed at the very start of the run (after display math or an image), if any.
    private let labelTarget: ReferenceLabel.Kind?
    /// The end of the run in the file.
    private let end: SourceLocation
    private var output: [Inline] = []

    init(run: [Inline], source: SourceText, labelTarget: ReferenceLabel.Kind?) {
        var joined = "", segments: [(Int, SourceLocation)] = []
        for inline in run {
            guard case let .text(literal) = inline.kind else { continue }
            segments.append((joined.utf8.count, inline.range.start))
            joined += literal
        }
        self.text = joined
        self.segments = segments
        self.source = source
        self.labelTarget = labelTarget
        self.end = run.last?.range.end ?? SourceLocation(line: 0, column: 0)
    }

    /// The run's inlines: text between the references found.
    mutating func scan() -> [Inline] {
        var pending = text.startIndex
        var index = text.startIndex
        if let (label, brace, after) = leadingLabel() {
            emit(.label(label), from: brace, to: after)
            pending = after
            index = after
        }
        while index < text.endIndex {
            if let (kind, after) = reference(at: index) {
                flushText(from: pending, to: index)
                emit(kind, from: index, to: after)
                pending = after
                index = after
            } else {
                index = text.index(after: index)
            }
        }
        flushText(from: pending, to: text.endIndex)
        return output
    }

    /// `{#eq-NAME}` (or `{#fig-NAME}`), after optional spaces (dropped), at the start of a run that follows display
    /// math (or an image): the label, where its brace is and where it ends.
    private func leadingLabel() -> (ReferenceLabel, brace: String.Index, after: String.Index)? {
        guard let labelTarget else { return nil }
        let body = text.drop { $0 == " " || $0 == "\t" }
        guard body.hasPrefix("{#"), let close = body.firstIndex(of: "}"),
              let label = ReferenceLabel(body[body.index(body.startIndex, offsetBy: 2)..<close]), label.kind == labelTarget,
              holds("{", at: body.startIndex) else { return nil }
        return (label, body.startIndex, text.index(after: close))
    }

    /// The reference or citation starting at `index`, and where it ends.
    private func reference(at index: String.Index) -> (Inline.Kind, String.Index)? {
        switch text[index] {
        case "[": return bracketedCitation(at: index)
        case "@": return atReference(at: index)
        default: return nil
        }
    }

    /// `[@a; @b, p. 3]`: every `;`-separated item an `@key` with an optional `, locator`.
    private func bracketedCitation(at open: String.Index) -> (Inline.Kind, String.Index)? {
        let inside = text[text.index(after: open)...]
        // The first bracket after `[@` decides: a `[` first means no citation here (and bounds the search, so a
        // run of `[@` costs linear time).
        guard inside.hasPrefix("@"), holds("[", at: open), let close = inside.firstIndex(where: { $0 == "]" || $0 == "[" }),
              inside[close] == "]" else { return nil }
        let body = inside[..<close]
        var items: [Citation.Item] = []
        for part in body.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = part.drop { $0 == " " }
            guard trimmed.hasPrefix("@"), let key = Citation.key(prefixing: trimmed.dropFirst()), ReferenceLabel.prefix(of: key) == nil
            else { return nil }
            let rest = trimmed[key.endIndex...].trimmingSpaces
            var locator: String?
            if !rest.isEmpty {
                guard rest.hasPrefix(","), !rest.dropFirst().trimmingSpaces.isEmpty else { return nil }
                locator = String(rest.dropFirst().trimmingSpaces)
            }
            items.append(Citation.Item(key: String(key), locator: locator, location: location(of: trimmed.startIndex)))
        }
        let after = text.index(after: close)
        return (.citation(Citation(items: items, inText: false, literal: String(text[open..<after]))), after)
    }

    /// `@eq-NAME`, `@fig-NAME` or an in-text `@key`, when the `@` does not continue a word (an e-mail address).
    private func atReference(at at: String.Index) -> (Inline.Kind, String.Index)? {
        if at > text.startIndex {
            let before = text[text.index(before: at)]
            if before.isASCII, before.isLetter || before.isNumber || "_.@".contains(before) { return nil }
        }
        let rest = text[text.index(after: at)...]
        guard holds("@", at: at) else { return nil }
        if let label = ReferenceLabel.prefix(of: rest) {
            let after = text.index(at, offsetBy: label.name.count + 1)
            return (.crossReference(label, literal: String(text[at..<after])), after)
        }
        guard let key = Citation.key(prefixing: rest) else { return nil }
        let item = Citation.Item(key: String(key), location: location(of: at))
        return (.citation(Citation(items: [item], inText: true, literal: String(text[at..<key.endIndex]))), key.endIndex)
    }

    /// Whether the file holds `character` at the location of `index` (not an escape or entity that cmark turned
    /// into it).
    private func holds(_ character: Character, at index: String.Index) -> Bool {
        let location = location(of: index)
        guard let offset = source.offset(line: location.line, column: location.column), offset < source.bytes.count,
              let ascii = character.asciiValue else { return false }
        return source.bytes[offset] == ascii
    }

    private mutating func flushText(from start: String.Index, to end: String.Index) {
        guard start < end else { return }
        output.append(Inline(.text(String(text[start..<end])), range: range(from: start, to: end)))
    }

    private mutating func emit(_ kind: Inline.Kind, from start: String.Index, to end: String.Index) {
        output.append(Inline(kind, range: range(from: start, to: end)))
    }

    private func range(from start: String.Index, to end: String.Index) -> SourceRange {
        let last = end == text.endIndex ? self.end : location(of: end)
        let first = location(of: start)
        return SourceRange(start: first, end: max(first, last))
    }

    /// Where the character at `index` stands: its node's start plus its byte offset in the node (the node found by
    /// bisection, so a run of many escapes stays linear).
    private func location(of index: String.Index) -> SourceLocation {
        let offset = text.utf8.distance(from: text.startIndex, to: index)
        var low = 0, high = segments.count - 1
        guard high >= 0, segments[0].offset <= offset else { return end }
        while low < high {
            let middle = (low + high + 1) / 2
            if segments[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let segment = segments[low]
        return SourceLocation(line: segment.start.line, column: segment.start.column + offset - segment.offset)
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    var trimmingSpaces: Substring {
        var trimmed = drop { $0 == " " }
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
