import Formula
import Notebook
import Results

/// A page's prose as plain text for the search index, cut at every heading that has an anchor: headings, paragraphs,
/// lists, quotes, collapsed sections, callouts, tables and footnotes; inline math as readable text (`TeXPlainText`), inline values as shown on the page. Code, raw HTML,
/// display math, cross-references, citations, formula cells and runs are left out.
enum SearchText {
    /// One section: its heading's anchor and text (nil before the first heading) and its prose.
    struct Part: Equatable {
        var anchor: String?
        var heading: String?
        var text: String
    }

    /// The sections of `result`, in page order.
    static func sections(of result: NotebookResult) -> [Part] {
        let words = ReportStrings.forLanguage(result.lang)
        var parts = [Part(anchor: nil, heading: nil, text: "")]
        var pieces: [String] = []
        func close() {
            parts[parts.count - 1].text = collapse(pieces.joined(separator: " "))
            pieces = []
        }
        for case let .prose(blocks, _, _, values) in result.cells {
            for block in blocks {
                if case let .heading(_, anchor?, inlines) = block.kind {
                    close()
                    parts.append(Part(anchor: anchor, heading: collapse(text(inlines, values: values, words: words)), text: ""))
                } else {
                    pieces.append(text(block, values: values, words: words))
                }
            }
        }
        close()
        return parts
    }

    /// The plain text of a block and the blocks inside it.
    static func text(_ block: Block, values: [SourceLocation: InlineValue], words: ReportStrings) -> String {
        switch block.kind {
        case let .paragraph(inlines), let .heading(_, _, inlines):
            return text(inlines, values: values, words: words)
        case let .blockQuote(blocks):
            return blocks.map { text($0, values: values, words: words) }.joined(separator: " ")
        case let .details(summary, _, blocks):
            return ([summary ?? ""] + blocks.map { text($0, values: values, words: words) }).joined(separator: " ")
        case let .list(_, items):
            return items.joined().map { text($0, values: values, words: words) }.joined(separator: " ")
        case let .callout(kind, blocks):
            return ([words.callout(kind)] + blocks.map { text($0, values: values, words: words) }).joined(separator: " ")
        case let .table(table):
            return table.allCells.map { text($0, values: values, words: words) }.joined(separator: " ")
        case let .footnotes(notes):
            return notes.flatMap(\.blocks).map { text($0, values: values, words: words) }.joined(separator: " ")
        case .codeBlock, .html, .thematicBreak:
            return ""
        }
    }

    /// The plain text of inlines: text and code as written, inline math as plain text, values as the page shows them.
    static func text(_ inlines: [Inline], values: [SourceLocation: InlineValue], words: ReportStrings) -> String {
        inlines.map { inline in
            switch inline.kind {
            case let .text(text), let .code(text): return text
            case let .math(tex, display): return display ? " " : TeXPlainText.text(tex)
            case let .value(_, literal), let .malformedValue(_, literal):
                return shown(values[inline.range.start], words: words) ?? literal
            case .html, .label, .crossReference, .citation, .footnoteReference: return ""
            case .softBreak, .lineBreak: return " "
            default: return text(inline.children, values: values, words: words)
            }
        }.joined()
    }

    /// What the page shows for a computed inline value; nil when it failed (the page shows the reference).
    private static func shown(_ value: InlineValue?, words: ReportStrings) -> String? {
        switch value {
        case let .text(shown)?: return shown
        case let .status(status)?: return words.statusWords(status.rawValue)
        case let .statusSentence(detail)?: return words.statusSentence(detail)
        case let .members(_, texts)?: return texts.joined(separator: " / ")
        case .failed?, nil: return nil
        }
    }

    /// `text` with every run of white space made one space, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
