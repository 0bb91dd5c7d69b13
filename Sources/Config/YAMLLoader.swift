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
    /// Per line: UTF-8 offset of each Unicode scalar (nil for an ASCII line, where columns agree), so that locating
    /// a node costs O(1) however long its line is.
    private let byteOffsets: [[Int]?]
    /// The YAML text, for locating what Yams reports only approximately.
    let text: String

    /// A loader for `text` whose first line is document line `firstLine`.
    public init(text: String, firstLine: Int, indent: Int = 0, path: String) {
        self.firstLine = firstLine
        self.indent = indent
        self.path = path
        byteOffsets = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.utf8.contains(where: { $0 >= 0x80 }) else { return nil }
            var offsets = [0]
            for scalar in line.unicodeScalars { offsets.append(offsets.last! + UTF8.width(scalar)) }
            return offsets
        }
        self.text = text
    }

    /// Converts a Yams mark (1-based line, column in Unicode scalars) to a document location (UTF-8 columns).
    public func location(line: Int, scalarColumn: Int) -> SourceLocation {
        let index = line - 1
        let scalars = max(scalarColumn - 1, 0)
        var bytes = scalarColumn - 1
        if index >= 0, index < byteOffsets.count, let offsets = byteOffsets[index] {
            let inside = min(scalars, offsets.count - 1)
            bytes = offsets[inside] + scalars - inside
        }
        return SourceLocation(line: firstLine + index, column: bytes + 1 + indent)
    }

    /// Parses the text. An empty document gives a `.null` node. Anchors and aliases, a document over
    /// `YAMLGuard.maxBytes`, nesting deeper than `YAMLGuard.maxDepth` and more than `YAMLGuard.maxNodes` nodes are
    /// located errors, checked so that no input makes Yams or the conversion do unbounded work.
    public func load(_ text: String) throws -> YAMLNode {
        try checkBounds(text)
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw diagnostic(for: error)
        }
        guard let node else { return YAMLNode(.null, at: SourceLocation(line: firstLine, column: 1 + indent)) }
        var budget = YAMLGuard.maxNodes
        return try convert(node, depth: 0, budget: &budget)
    }

    private func checkBounds(_ text: String) throws {
        if text.utf8.count > YAMLGuard.maxBytes {
            throw Diagnostic(.error, "YAML block is \(text.utf8.count) bytes; at most \(YAMLGuard.maxBytes) are allowed",
                             at: locate(nil), file: path, hint: "split the settings over several config blocks")
        }
        if let found = YAMLGuard.firstAnchorOrAlias(in: text) {
            let sign = found.kind == "anchor" ? "&" : "*"
            throw Diagnostic(.error, "YAML \(found.kind) '\(sign)\(found.name)' is not supported in notebooks",
                             at: location(line: found.line, scalarColumn: found.column), file: path,
                             hint: "anchors and aliases are refused; share settings with 'extends: RUN' instead")
        }
    }

    private func locate(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1 + indent) }
        return location(line: mark.line, scalarColumn: mark.column)
    }

    private func convert(_ node: Node, depth: Int, budget: inout Int) throws -> YAMLNode {
        let here = locate(node.mark)
        budget -= 1
        guard budget >= 0 else {
            throw Diagnostic(.error, "YAML document has more than \(YAMLGuard.maxNodes) values", at: here, file: path)
        }
        guard depth <= YAMLGuard.maxDepth else {
            throw Diagnostic(.error, "YAML nesting is deeper than \(YAMLGuard.maxDepth) levels", at: here, file: path)
        }
        switch node {
        case let .scalar(scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            if !quoted, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return YAMLNode(.null, at: here) }
            return YAMLNode(.scalar(scalar.string, quoted: quoted || scalar.style == .literal || scalar.style == .folded), at: here)
        case let .sequence(sequence):
            return YAMLNode(.sequence(try sequence.map { try convert($0, depth: depth + 1, budget: &budget) }), at: here)
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
                entries.append(YAMLNode.Entry(key: keyText, keyLocation: keyLocation, value: try convert(value, depth: depth + 1, budget: &budget)))
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
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(max(mark.line - 1, 0)).first ?? ""
            let hint = line.contains("${") && line.contains("{")
                ? "inside { … } a ${param} must be quoted, e.g. lr: \"${lr}\"" : nil
            return Diagnostic(.error, message, at: location, file: path, hint: hint)
        case let .reader(problem, _, _, _):
            return Diagnostic(.error, "invalid YAML: \(problem)", at: locate(nil), file: path)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            return Diagnostic(.error, "duplicate key '\(key)'", at: duplicateLocation(of: key, first: context.mark), file: path,
                              hint: "each key may appear once in a mapping")
        default:
            return Diagnostic(.error, "invalid YAML: \(error)", at: locate(nil), file: path)
        }
    }
}
