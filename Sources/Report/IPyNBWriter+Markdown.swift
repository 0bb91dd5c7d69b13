import Foundation
import Notebook

/// The markdown-cell sources: prose HTML with TeX math, formula blocks, code fences.
extension IPyNBWriter {
    /// cmark's HTML with every math placeholder replaced by its TeX between `$…$` or `$$…$$`.
    ///
    /// Jupyter renders HTML inside markdown cells and typesets `$` math with MathJax. It finds the math in the
    /// raw cell text before the Markdown pass, so the TeX is written unescaped, and every other `$` and `\` of
    /// the HTML becomes a character reference so that it cannot open math (`$`, `\(`, `\[`, `\begin`). A blank
    /// line would end the HTML block and hand the rest to the Markdown parser (this happens inside `<pre>`), so
    /// blank lines are folded into `&#10;`. The report's `#` heading anchors are dropped: its stylesheet shows
    /// them on hover only, and Jupyter adds its own.
    static func proseMarkdown(_ html: String, _ math: [MathOutput]) -> String {
        let withoutAnchors = html.replacingOccurrences(of: ##"<a class="anchor" href="#[^"]*" aria-label="link to this section">#</a>"##,
                                                       with: "", options: .regularExpression)
        var output = foldBlankLines(trimmingTrailingNewlines(withoutAnchors)
            .replacingOccurrences(of: "$", with: "&#36;").replacingOccurrences(of: "\\", with: "&#92;"))
        for item in math.reversed() {
            let tex = withoutBlankLines(item.tex)
            output = output.replacingOccurrences(of: item.placeholder, with: item.display ? "$$\(tex)$$" : "$\(tex)$")
        }
        return output
    }

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

    /// Joins each whitespace-only line to the next with a `&#10;` character reference: the same text inside
    /// `<pre>`, insignificant whitespace elsewhere, and no blank line to end the HTML block.
    static func foldBlankLines(_ html: String) -> String {
        let lines = html.split(separator: "\n", omittingEmptySubsequences: false)
        var output = ""
        for (index, line) in lines.enumerated() {
            output += line
            guard index + 1 < lines.count else { break }
            let blank = line.allSatisfy(\.isWhitespace) && index > 0
            output += blank ? "&#10;" : "\n"
        }
        return output
    }

    /// TeX with empty lines removed: MathJax in Jupyter does not let math span a blank line.
    static func withoutBlankLines(_ tex: String) -> String {
        tex.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
            .joined(separator: "\n")
    }
}
