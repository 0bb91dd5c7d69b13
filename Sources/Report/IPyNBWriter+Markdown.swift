import Foundation
import Notebook
import PythonSyntax

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
        return fence + escapeMarkdown(language) + "\n" + trimmingTrailingNewlines(source) + "\n" + fence
    }

    /// Text from names and messages as inline Markdown that shows as written: a backslash before each character
    /// that could start inline Markdown, HTML, an entity or math (Jupyter reads `\$` as a literal dollar), every
    /// line break (`\r\n` once, and each one `PythonSource.isLineBreak` names) a space, as a soft break renders, so
    /// that no line-start syntax (a heading, a fence, a list) can begin inside it, and NUL the replacement character
    /// (as CommonMark reads it). Callers put the text after a prefix; it is also safe in a fence's info string.
    static func escapeMarkdown(_ text: String) -> String {
        var result = ""
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            if PythonSource.isLineBreak(scalar) {
                if !(afterReturn && scalar == "\n") { result += " " }
                continue
            }
            if "\\`*_[]<>$&~|{}".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar)
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
