import Notebook
import Results

/// A prose cell as Markdown that Jupyter shows like the page: the author's Markdown with nbrun's own syntax
/// replaced by what the page shows.
extension IPyNBWriter {
    /// One replacement in a prose cell's Markdown: the bytes from `start` up to `end` (document locations) become
    /// `text`; with `find`, only the last occurrence of `find` between them does, and when there is none (a
    /// reference link, whose definition is not in the cell) the link is written inline with `fallback` as its
    /// destination.
    struct ProseEdit {
        var start: SourceLocation
        var end: SourceLocation
        var text: String
        var find: String? = nil
        var fallback: String? = nil
    }

    /// `markdown` (the cell's source lines, from the line of its first block) with every edit of `proseEdits`
    /// applied: each inline value `{RUN.PATH}` becomes its computed text as the page shows it (escaped, so it reads
    /// as written), a cross-reference and a citation the words the page shows, a labelled equation gets its number
    /// as `\tag`, a callout's marker its title. Math stays `$…$` TeX, which Jupyter renders; tables and links stay as
    /// written.
    static func proseMarkdown(blocks: [Block], markdown: String, values: [SourceLocation: InlineValue], words: ReportStrings,
                              references: PageReferences? = nil) -> String {
        guard let firstLine = blocks.first?.range.start.line else { return markdown }
        var bytes = Array(markdown.utf8)
        var lineStarts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(offset + 1) }
        func offset(_ location: SourceLocation) -> Int? {
            let line = location.line - firstLine
            guard line >= 0, line < lineStarts.count else { return nil }
            let offset = lineStarts[line] + location.column - 1
            return offset <= bytes.count ? offset : nil
        }
        // Every edit as a byte range of the original text first, then applied from the last one back, so the
        // offsets of the ones before stay right; an edit overlapping one already applied is left out.
        let ranges = proseEdits(blocks, values: values, words: words, references: references).compactMap { edit -> (Range<Int>, String)? in
            guard let start = offset(edit.start), let end = offset(edit.end), start <= end else { return nil }
            guard let find = edit.find else { return (codeSpan(around: start..<end, in: bytes), edit.text) }
            if let found = lastRange(of: Array(find.utf8), in: bytes, within: start..<end) { return (found, edit.text) }
            return edit.fallback.flatMap { inlineLink(start..<end, in: bytes, destination: $0) }
        }.sorted { $0.0.lowerBound > $1.0.lowerBound }
        var lastStart = Int.max
        for (range, text) in ranges where range.upperBound <= lastStart {
            bytes.replaceSubrange(range, with: Array(text.utf8))
            lastStart = range.lowerBound
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The code span whose content is `content` (cmark's range of a code node): widened over a padding space and
    /// the backtick run on each side when both runs are equally long, else `content` itself.
    static func codeSpan(around content: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        let tick = UInt8(ascii: "`"), space = UInt8(ascii: " ")
        var lower = content.lowerBound, upper = content.upperBound
        if lower > 0, bytes[lower - 1] == space, upper < bytes.count, bytes[upper] == space { lower -= 1; upper += 1 }
        var left = 0, right = 0
        while lower - left > 0, bytes[lower - left - 1] == tick { left += 1 }
        while upper + right < bytes.count, bytes[upper + right] == tick { right += 1 }
        guard left > 0, left == right else { return content }
        return (lower - left)..<(upper + right)
    }

    /// The edits of a prose cell's blocks: each inline value becomes its text, each link to another notebook
    /// (`losses.md#steps`) leads to its exported notebook (`losses.ipynb#steps`), and a reference link is written
    /// inline (its definition is not part of the cell). With `references` (the page's numbers and bibliography), a
    /// cross-reference becomes "Equation 2.1" as on the page, a citation its author–year text, an equation's label
    /// a `\tag{2.1}` in its TeX (a figure's label is dropped). A callout's `[!NOTE]` marker becomes its title in
    /// bold, since Jupyter shows GitHub's alerts as plain quotes. Extension point: a block kind that Jupyter's
    /// Markdown does not render as nbrun does gets its edit here.
    static func proseEdits(_ blocks: [Block], values: [SourceLocation: InlineValue], words: ReportStrings,
                           references: PageReferences? = nil) -> [ProseEdit] {
        var edits: [ProseEdit] = []
        for block in blocks {
            calloutEdits(block, words: words, into: &edits)
            var displayMath: Inline?
            block.forEachInline { inline in
                defer {
                    if case .math(_, display: true) = inline.kind { displayMath = inline } else if case .softBreak = inline.kind {} else { displayMath = nil }
                }
                switch inline.kind {
                case let .value(_, literal):
                    let shown = shownValue(values[inline.range.start], literal: literal, words: words)
                    edits.append(ProseEdit(start: inline.range.start, end: inline.range.end, text: escapeMarkdown(shown)))
                case let .link(destination, _, _) where !destination.isEmpty:
                    var exported = destination.contains { " ()<>".contains($0) } ? "<" + destination + ">" : destination
                    if let (file, fragment) = NotebookLink.target(of: destination) {
                        exported = URLEscaping.path(NotebookFileName.replacingExtension(of: file, with: "ipynb"))
                            + (fragment.map { "#" + URLEscaping.path($0) } ?? "")
                    }
                    edits.append(ProseEdit(start: inline.range.start, end: inline.range.end, text: "](" + exported,
                                           find: "](" + destination, fallback: exported))
                case let .crossReference(label, literal):
                    guard let references else { break }
                    let text = references.number(label).map { words.references.reference(label.kind, number: $0) } ?? "⚠ " + literal
                    edits.append(ProseEdit(start: inline.range.start, end: inline.range.end, text: escapeMarkdown(text), find: literal))
                case let .citation(citation):
                    guard let bibliography = references?.bibliography else { break }
                    edits.append(ProseEdit(start: inline.range.start, end: inline.range.end,
                                           text: escapeMarkdown(bibliography.text(citation, words: words.references)), find: citation.literal))
                case let .label(label):
                    let literal = "{#" + label.name + "}"
                    if label.kind == .equation, let math = displayMath, case let .math(tex, _) = math.kind,
                       let number = references?.number(label) {
                        edits.append(ProseEdit(start: math.range.start, end: inline.range.end,
                                               text: tex + " \\tag{" + number + "}$$"))
                    } else {
                        edits.append(ProseEdit(start: inline.range.start, end: inline.range.end, text: "", find: literal))
                    }
                default:
                    break
                }
            }
        }
        return edits
    }

    /// The edit of a callout's marker line (`> [!NOTE]`, the marker in any case): its title in bold, in the page's
    /// language; also for callouts nested in lists and quotes.
    private static func calloutEdits(_ block: Block, words: ReportStrings, into edits: inout [ProseEdit]) {
        switch block.kind {
        case let .callout(kind, blocks):
            let title = "**" + escapeMarkdown(words.callout(kind)) + "**"
            let end = blocks.first?.range.start ?? block.range.end
            for marker in ["[!" + kind.rawValue.uppercased() + "]", "[!" + kind.rawValue.lowercased() + "]"] {
                edits.append(ProseEdit(start: block.range.start, end: end, text: title, find: marker))
            }
            blocks.forEach { calloutEdits($0, words: words, into: &edits) }
        case let .blockQuote(blocks), let .details(_, _, blocks):
            blocks.forEach { calloutEdits($0, words: words, into: &edits) }
        case let .list(_, items):
            items.joined().forEach { calloutEdits($0, words: words, into: &edits) }
        default:
            break
        }
    }

    /// A reference link (`[text][label]`, `[text][]`, `[text]`) at `range` as the inline link `[text](destination)`.
    static func inlineLink(_ range: Range<Int>, in bytes: [UInt8], destination: String) -> (Range<Int>, String)? {
        guard range.count > 2, bytes[range.lowerBound] == UInt8(ascii: "[") else { return nil }
        var depth = 0, escaped = false
        for index in range {
            defer { escaped = !escaped && bytes[index] == UInt8(ascii: "\\") }
            if escaped { continue }
            if bytes[index] == UInt8(ascii: "[") { depth += 1 }
            if bytes[index] == UInt8(ascii: "]") { depth -= 1 }
            if depth == 0 {
                let text = String(decoding: bytes[range.lowerBound...index], as: UTF8.self)
                return (range, text + "(" + destination + ")")
            }
        }
        return nil
    }

    /// The last occurrence of `needle` inside `range` of `bytes`.
    static func lastRange(of needle: [UInt8], in bytes: [UInt8], within range: Range<Int>) -> Range<Int>? {
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
        for start in stride(from: range.upperBound - needle.count, through: range.lowerBound, by: -1)
        where bytes[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }

    /// An inline value as the page shows it: the formatted number or text, a status as a word and a status
    /// sentence in the page's language, a value that could not be computed as `⚠` and the reference.
    static func shownValue(_ value: InlineValue?, literal: String, words: ReportStrings) -> String {
        switch value {
        case let .text(shown)?: return shown
        case let .status(status)?: return words.statusWords(status.rawValue)
        case let .statusSentence(detail)?: return words.statusSentence(detail)
        case let .members(_, texts)?: return texts.joined(separator: " / ")
        case .failed?, nil: return "⚠ " + literal
        }
    }
}
