/// Splits optional YAML front matter (between `---` lines at the very top) from the Markdown body.
enum FrontMatterSplitter {
    /// The front matter YAML (nil when the file does not start with `---`) and the body with the front-matter
    /// lines blanked, so that body line numbers equal document line numbers.
    static func split(_ text: String, path: String) throws -> (frontMatter: String?, body: String) {
        guard text.utf8.starts(with: "---".utf8) else { return (nil, text) }
        var lines: [Substring] = []
        var rest = Substring(text)
        var atEnd = false, closed = false
        while !atEnd, !closed {
            if let newline = rest.utf8.firstIndex(of: UInt8(ascii: "\n")) {
                lines.append(rest[..<newline])
                rest = rest[rest.index(after: newline)...]
            } else {
                lines.append(rest)
                rest = rest[rest.endIndex...]
                atEnd = true
            }
            if lines.count == 1 {
                guard isDelimiter(lines[0], allowDots: false) else { return (nil, text) }
            } else {
                closed = isDelimiter(lines[lines.count - 1], allowDots: true)
            }
        }
        guard closed else {
            throw Diagnostic(.error, "front matter opened here is never closed", at: SourceLocation(line: 1, column: 1),
                             file: path, hint: "end the front matter with a line containing only ---")
        }
        let yaml = lines[1..<(lines.count - 1)].joined(separator: "\n")
        return (yaml, String(repeating: "\n", count: atEnd ? lines.count - 1 : lines.count) + rest)
    }

    private static func isDelimiter(_ line: Substring, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
