import Notebook
import Results

/// A prose cell as Markdown that Jupyter shows like the page: the author's Markdown with nbrun's own syntax
/// replaced by what the page shows.
extension IPyNBWriter {
    /// One replacement in a prose cell's Markdown: the bytes from `start` up to `end` (document locations) become
    /// `text`.
    struct ProseEdit {
        var start: SourceLocation
        var end: SourceLocation
        var text: String
    }

    /// `markdown` (the cell's source lines, from the line of its first block) with every edit of `proseEdits`
    /// applied: each inline value `{RUN.PATH}` becomes its computed text as the page shows it (escaped, so it reads
    /// as written). Math stays `$…$` TeX, which Jupyter renders; tables and links stay as written.
    static func proseMarkdown(blocks: [Block], markdown: String, values: [SourceLocation: InlineValue], words: ReportStrings) -> String {
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
        let edits = proseEdits(blocks, values: values, words: words).sorted { $0.start > $1.start }
        var lastStart = Int.max
        for edit in edits {
            guard let start = offset(edit.start), let end = offset(edit.end), start <= end else { continue }
            let span = codeSpan(around: start..<end, in: bytes)
            guard span.upperBound <= lastStart else { continue }
            bytes.replaceSubrange(span, with: Array(edit.text.utf8))
            lastStart = span.lowerBound
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

    /// The edits of a prose cell's blocks, in document order. Extension point: a block kind that Jupyter's Markdown
    /// does not render as nbrun does gets its edit here (its marker replaced by Markdown Jupyter renders).
    static func proseEdits(_ blocks: [Block], values: [SourceLocation: InlineValue], words: ReportStrings) -> [ProseEdit] {
        var edits: [ProseEdit] = []
        for block in blocks {
            block.forEachInline { inline in
                guard case let .value(_, literal) = inline.kind else { return }
                let shown = shownValue(values[inline.range.start], literal: literal, words: words)
                edits.append(ProseEdit(start: inline.range.start, end: inline.range.end, text: escapeMarkdown(shown)))
            }
        }
        return edits
    }

    /// An inline value as the page shows it: the formatted number or text, a status as a word and a status
    /// sentence in the page's language, a value that could not be computed as `⚠` and the reference.
    static func shownValue(_ value: InlineValue?, literal: String, words: ReportStrings) -> String {
        switch value {
        case let .text(shown)?: return shown
        case let .status(status)?: return words.statusWords(status.rawValue)
        case let .statusSentence(detail)?: return words.statusSentence(detail)
        case .failed?, nil: return "⚠ " + literal
        }
    }
}
