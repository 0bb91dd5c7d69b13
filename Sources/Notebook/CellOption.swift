/// A Quarto cell option at the top of a config block, `#| key: value` (a YAML comment, so the run ignores it):
/// `#| label: fig-NAME` makes the run's charts a numbered figure, `#| fig-cap: …` is its caption.
public struct CellOption: Hashable, Sendable {
    /// The option's name (`label`).
    public var key: String
    /// Its value, without surrounding quotes.
    public var value: String
    /// Where the key starts in the notebook file.
    public var location: SourceLocation
    /// Where the value starts in the notebook file.
    public var valueLocation: SourceLocation

    /// The options a config block may have.
    public static let keys = ["label", "fig-cap", "slide-echo"]

    /// Creates an option.
    public init(key: String, value: String, location: SourceLocation, valueLocation: SourceLocation) {
        self.key = key
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }

    /// The `#|` lines that open `literal` (a fenced block's content whose first line is `firstLine` and whose
    /// lines are indented by `indent` columns in the file); parsing stops at the first other line.
    static func parse(_ literal: String, firstLine: Int, indent: Int) -> [CellOption] {
        var options: [CellOption] = []
        for (number, line) in literal.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.hasPrefix("#|") else { break }
            let body = line.dropFirst(2).drop { $0 == " " }
            let key = body.prefix { $0 != ":" }.trimmingSpaces
            var value = body.dropFirst(key.count).drop { $0 == " " }
            if value.hasPrefix(":") { value = value.dropFirst().drop { $0 == " " } }
            let valueColumn = line.utf8.distance(from: line.startIndex, to: value.startIndex) + 1 + indent
            let keyColumn = line.utf8.distance(from: line.startIndex, to: body.startIndex) + 1 + indent
            options.append(CellOption(key: String(key), value: unquoted(value.trimmingSpaces),
                                      location: SourceLocation(line: firstLine + number, column: keyColumn),
                                      valueLocation: SourceLocation(line: firstLine + number, column: valueColumn)))
        }
        return options
    }

    /// The `#|` options that open a config block's `literal`, located as if it started the file (for readers of a
    /// block's source, such as the slide deck's `slide-echo`).
    public static func options(in literal: String) -> [CellOption] {
        parse(literal, firstLine: 1, indent: 0)
    }

    /// `literal` without the `#|` lines that open it (what a reader of the shown source needs; Quarto hides them
    /// too).
    public static func removing(from literal: String) -> String {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while lines.first?.hasPrefix("#|") == true { lines = lines.dropFirst() }
        return lines.joined(separator: "\n")
    }

    /// `"text"` or `'text'` without its quotes (a `\"` inside double quotes is a quote); anything else as written.
    private static func unquoted(_ value: Substring) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else { return String(value) }
        let inner = String(value.dropFirst().dropLast())
        return first == "\"" ? inner.replacingOccurrences(of: "\\\"", with: "\"") : inner.replacingOccurrences(of: "''", with: "'")
    }
}
