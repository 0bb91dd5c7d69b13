import Foundation
import Notebook

/// The markdown-cell sources of formula blocks and code fences (prose cells carry the author's own Markdown).
extension IPyNBWriter {
    /// The formula's name in bold, its TeX as display math (or as a TeX code block when nbrun could not read
    /// it, as the HTML report shows it), and its error in a block quote.
    static func formulaMarkdown(name: String?, tex: String, rendered: Bool, error: Diagnostic?) -> String {
        var blocks: [String] = []
        if let name { blocks.append("**\(escapeMarkdown(name))**") }
        let source = withoutBlankLines(trimmingTrailingNewlines(tex))
        blocks.append(rendered ? "$$\n\(source)\n$$" : fencedCode(tex, language: "tex"))
        if let error {
            var quote = "> " + escapeMarkdown(error.headline)
            if let hint = error.hint { quote += "\n>\n> hint: " + escapeMarkdown(hint) }
            blocks.append(quote)
        }
        return blocks.joined(separator: "\n\n")
    }

    /// A fenced code block whose fence is longer than any run of backticks in `source`.
    static func fencedCode(_ source: String, language: String) -> String {
        var longest = 0, run = 0
        for character in source {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + language + "\n" + trimmingTrailingNewlines(source) + "\n" + fence
    }

    /// Backslash-escapes the characters that could start inline Markdown, HTML, an entity or math (Jupyter
    /// reads `\$` as a literal dollar), so that text from messages shows as written. Line-start syntax cannot
    /// occur: callers always put the text after a prefix.
    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>$&~|{}".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// TeX with empty lines removed: MathJax in Jupyter does not let math span a blank line.
    static func withoutBlankLines(_ tex: String) -> String {
        tex.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }
}
