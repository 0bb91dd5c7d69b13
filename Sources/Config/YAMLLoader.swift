import Notebook
import Yams

/// Parses YAML text from a notebook cell with Yams and converts it to `YAMLNode`s located in the document.
public struct YAMLLoader {
    /// Document line of the YAML's first line.
    public let firstLine: Int
    /// Columns stripped in front of every YAML line (fence indentation).
    public let indent: Int
    /// The notebook path, for diagnostics.
    public let path: String
    private let lines: [Substring]

    /// A loader for `text` whose first line is document line `firstLine`.
    public init(text: String, firstLine: Int, indent: Int = 0, path: String) {
        self.firstLine = firstLine
        self.indent = indent
        self.path = path
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Converts a Yams mark (1-based line, column in Unicode scalars) to a document location (UTF-8 columns).
    public func location(line: Int, scalarColumn: Int) -> SourceLocation {
        let index = line - 1
        var bytes = scalarColumn - 1
        if index >= 0, index < lines.count {
            let scalars = lines[index].unicodeScalars
            bytes = scalars.prefix(max(scalarColumn - 1, 0)).reduce(0) { $0 + UTF8.width($1) }
            if scalarColumn - 1 > scalars.count { bytes += scalarColumn - 1 - scalars.count }
        }
        return SourceLocation(line: firstLine + index, column: bytes + 1 + indent)
    }

    /// Parses the text. An empty document gives a `.null` node.
    public func load(_ text: String) throws -> YAMLNode {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        }
        guard let node else { return YAMLNode(.null, at: SourceLocation(line: firstLine, column: 1 + indent)) }
        return try convert(node)
    }

    private func locate(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1 + indent) }
        return location(line: mark.line, scalarColumn: mark.column)
    }

    private func convert(_ node: Node) throws -> YAMLNode {
        let here = locate(node.mark)
        switch node {
        case let .scalar(scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return YAMLNode(.null, at: here) }
            return YAMLNode(.scalar(scalar.string, quoted: quoted || scalar.style == .literal || scalar.style == .folded), at: here)
        case let .sequence(sequence):
            return YAMLNode(.sequence(try sequence.map(convert)), at: here)
        case let .mapping(mapping):
            var entries: [YAMLNode.Entry] = []
            for (key, value) in mapping {
                let keyLocation = locate(key.mark)
                guard let keyText = key.scalar?.string else {
                    throw Diagnostic(.error, "mapping keys must be plain names", at: keyLocation, file: path)
                }
                if entries.contains(where: { $0.key == keyText }) {
                    throw Diagnostic(.error, "duplicate key '\(keyText)'", at: keyLocation, file: path,
                                     hint: "each key may appear once in a mapping")
                }
                entries.append(YAMLNode.Entry(key: keyText, keyLocation: keyLocation, value: try convert(value)))
            }
            return YAMLNode(.mapping(entries), at: here)
        case .alias:
            throw Diagnostic(.error, "YAML aliases are not supported in notebooks", at: here, file: path)
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            let location = locate(mark)
            let line = lines.indices.contains(mark.line - 1) ? lines[mark.line - 1] : ""
            let hint = line.contains("${") && line.contains("{")
                ? "inside { … } a ${param} must be quoted, e.g. lr: \"${lr}\"" : nil
            return Diagnostic(.error, message, at: location, file: path, hint: hint)
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "invalid YAML: \(problem)", at: locate(nil), file: path)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.error, "duplicate key '\(duplicates.first ?? "")'", at: locate(context.mark), file: path)
        default:
            return Diagnostic(.error, "invalid YAML: \(error)", at: locate(nil), file: path)
        }
    }
}
