/// The one way notebook text reaches generated Python source (`--to py`, the ipynb code cells, the report's Python
/// sections): one function per context, so no name, title, path, label or message can end a comment or a string
/// early and have the rest run as code.
///
/// Python ends a source line at `\n`, `\r` and `\r\n`; editors, Jupyter and `str.splitlines` also break at
/// `\u{0B}`, `\u{0C}`, `\u{1C}`–`\u{1E}`, `\u{85}`, `\u{2028}` and `\u{2029}`, and the tokenizer rejects a NUL
/// anywhere in a file. So a comment starts a new `# ` line at every one of these line breaks, and shows every other
/// control character and the bidirectional-text controls (which can make code read differently from what it does)
/// as a visible escape; a string literal escapes them all. Printable text, Chinese included, stays as written.
public enum PythonSource {
    /// `text` as comment lines, each `indent` + `# ` + one line of `text` (an empty line is a bare `#`), breaking at
    /// every line break (`isLineBreak`, `\r\n` counted once) and writing control and bidirectional-control characters
    /// as visible escapes (`\x00`, `\u202e`).
    public static func comment(_ text: String, indent: String = "") -> String {
        lines(of: text).map { line in
            line.isEmpty ? indent + "#" : indent + "# " + visible(line)
        }.joined(separator: "\n")
    }

    /// A double-quoted Python string literal whose value is `text`: backslash and quote escaped, `\n`, `\r`, `\t`
    /// as such, other controls as `\xHH`, and line or paragraph separators and bidirectional controls as `\uXXXX`.
    public static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if needsEscape(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// `text` split at every line break: `\r\n` once, and each scalar `isLineBreak` accepts.
    static func lines(of text: String) -> [Substring.UnicodeScalarView] {
        var lines: [Substring.UnicodeScalarView] = []
        let scalars = Substring(text).unicodeScalars
        var start = scalars.startIndex, index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard isLineBreak(scalar) else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(scalars[start..<index])
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        lines.append(scalars[start..<scalars.endIndex])
        return lines
    }

    /// One comment line's text with controls and bidirectional controls written as escapes.
    private static func visible(_ line: Substring.UnicodeScalarView) -> String {
        var result = ""
        for scalar in line {
            if scalar != "\t", needsEscape(scalar) { result += escape(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
