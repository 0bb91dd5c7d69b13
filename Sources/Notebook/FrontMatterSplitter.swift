/// Splits optional YAML front matter (between `---` lines at the very top) from the Markdown body.
enum FrontMatterSplitter {
    /// The front matter YAML (nil when the file does not start with `---`) and the body with the front-matter
    /// lines blanked, so that body line numbers equal document line numbers.
    static func split(_ text: String, path: String) throws -> (frontMatter: String?, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, isDelimiter(first, allowDots: false) else { return (nil, text) }
        guard let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0], allowDots: true) }) else {
            throw Diagnostic(.error, "front matter opened here is never closed", at: SourceLocation(line: 1, column: 1),
                             file: path, hint: "end the front matter with a line containing only ---")
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        for index in 0...close { lines[index] = "" }
        return (yaml, lines.joined(separator: "\n"))
    }

    private static func isDelimiter(_ line: String, allowDots: Bool) -> Bool {
        var trimmed = Substring(line)
        while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
        return trimmed == "---" || (allowDots && trimmed == "...")
    }
}
