import Notebook

/// `\begin{name} … \end{name}` environments laid out as tables.
extension TeXParser {
    /// Supported environments: delimiters and column alignment.
    static let environments: [String: (open: String?, close: String?, align: [String])] = [
        "matrix": (nil, nil, ["center"]), "pmatrix": ("(", ")", ["center"]), "bmatrix": ("[", "]", ["center"]),
        "Bmatrix": ("{", "}", ["center"]), "vmatrix": ("|", "|", ["center"]), "Vmatrix": ("‖", "‖", ["center"]),
        "smallmatrix": (nil, nil, ["center"]), "cases": ("{", nil, ["left"]), "rcases": (nil, "}", ["left"]),
        "aligned": (nil, nil, ["right", "left"]), "align": (nil, nil, ["right", "left"]),
        "align*": (nil, nil, ["right", "left"]), "split": (nil, nil, ["right", "left"]),
        "gathered": (nil, nil, ["center"]), "gather": (nil, nil, ["center"]), "gather*": (nil, nil, ["center"]),
        "array": (nil, nil, ["center"]), "equation": (nil, nil, ["center"]), "equation*": (nil, nil, ["center"]),
    ]

    /// Parses an environment; the `\begin` token has been consumed.
    mutating func parseEnvironment(token: TeXToken) throws -> MathNode {
        let name = try parseEnvironmentName(after: "\\begin", at: token.offset)
        guard let spec = Self.environments[name] else {
            let suggestion = Suggestion.closest(to: name, in: Self.environments.keys.sorted())
            throw error("unknown environment \(name)", at: token.offset, hint: suggestion.map { "did you mean \($0)?" })
        }
        var table = MathNode.Table(environment: name, rows: [], columnAlign: spec.align, columnLines: [],
                                   open: spec.open, close: spec.close,
                                   isAligned: spec.align == ["right", "left"], isSmall: name == "smallmatrix")
        if name == "array" { try parseColumnSpec(into: &table, at: token.offset) }
        var row: [MathNode] = []
        while true {
            if row.isEmpty { skipHorizontalRules(into: &table) }
            let start = currentOffset
            let cell = try parseList(.cell)
            row.append(MathNode(kind: .row(cell), offset: start, end: currentOffset))
            guard let separator = next() else {
                throw error("missing \\end{\(name)} for the \\begin{\(name)} here", at: token.offset)
            }
            switch separator.kind {
            case .alignment:
                continue
            case .command("\\"):
                table.rows.append(row)
                row = []
                try skipRowSpacing()
            default:
                let endName = try parseEnvironmentName(after: "\\end", at: separator.offset)
                guard endName == name else {
                    throw error("\\end{\(endName)} does not match \\begin{\(name)}", at: separator.offset)
                }
                let isEmptyLastRow = row.count == 1 && { if case .row(let nodes) = row[0].kind { return nodes.isEmpty }; return false }()
                if !(isEmptyLastRow && !table.rows.isEmpty) { table.rows.append(row) }
                return MathNode(kind: .table(table), offset: token.offset, end: separator.end)
            }
        }
    }

    /// Consumes `\hline`s at the start of a row, recording a rule above it.
    private mutating func skipHorizontalRules(into table: inout MathNode.Table) {
        skipSpaces()
        while let token = peek, token.kind == .command("hline") {
            position += 1
            table.rowLines.insert(table.rows.count)
            skipSpaces()
        }
    }

    /// Reads `{name}` after `\begin` or `\end`.
    private mutating func parseEnvironmentName(after command: String, at offset: Int) throws -> String {
        skipSpaces()
        guard let open = next(), open.kind == .open else {
            throw error("missing environment name after \(command)", at: offset, hint: "write \(command){name}")
        }
        var name = ""
        while let token = next() {
            switch token.kind {
            case .close: return name
            case .character(let character): name.append(character)
            default: throw error("bad environment name after \(command)", at: token.offset)
            }
        }
        throw error("unbalanced braces: missing } for the { opened here", at: open.offset)
    }

    /// `{cc|l}` after `\begin{array}`: alignments and vertical rules.
    private mutating func parseColumnSpec(into table: inout MathNode.Table, at offset: Int) throws {
        skipSpaces()
        guard let open = next(), open.kind == .open else {
            throw error("missing column specification for array", at: offset, hint: "write \\begin{array}{cc}")
        }
        var align: [String] = []
        let names: [Character: String] = ["l": "left", "c": "center", "r": "right"]
        while let token = next() {
            switch token.kind {
            case .close:
                guard !align.isEmpty else { throw error("empty column specification for array", at: open.offset) }
                table.columnAlign = align
                return
            case .space: continue
            case .character("|"): table.columnLines.insert(align.count - 1)
            case .character(let character) where names[character] != nil: align.append(names[character]!)
            default: throw error("bad column specification for array", at: token.offset, hint: "use l, c, r and |")
            }
        }
        throw error("unbalanced braces: missing } for the { opened here", at: open.offset)
    }

    /// Skips an optional `[2pt]` after `\\` (extra row spacing is not reproduced).
    private mutating func skipRowSpacing() throws {
        let saved = position
        skipSpaces()
        guard let open = peek, open.kind == .character("[") else { position = saved; return }
        while let token = next() {
            if token.kind == .character("]") { return }
        }
        throw error("missing ] after \\\\[", at: open.offset)
    }
}
