/// KaTeX commands that MathML Core can express: extensible arrows, `\substack`, `\boxed`, colours, phantoms,
/// atom-class commands and `\tag`.
extension TeXParser {
    /// Extensible arrows (`\xrightarrow[below]{above}`) and the arrow each stretches.
    static let extensibleArrows: [String: String] = [
        "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐", "xleftrightarrow": "↔",
        "xLeftrightarrow": "⇔", "xmapsto": "↦", "xhookrightarrow": "↪", "xhookleftarrow": "↩",
        "xtwoheadrightarrow": "↠", "xtwoheadleftarrow": "↞", "xlongequal": "=",
    ]

    /// Atom-class commands and the role their single-symbol argument takes.
    static let atomClassCommands: [String: MathNode.OperatorRole] = [
        "mathbin": .binary, "mathrel": .relation, "mathopen": .open, "mathclose": .close, "mathpunct": .punctuation,
        "mathord": .ordinary,
    ]

    /// Commands handled by `parseExtra` (for did-you-mean).
    static let extraCommands: [String] = Array(extensibleArrows.keys) + Array(atomClassCommands.keys)
        + ["substack", "boxed", "fbox", "textcolor", "color", "phantom", "hphantom", "vphantom", "mathop", "tag",
           "smash", "mathrlap", "rlap"]

    /// Parses one of `extraCommands`, or returns nil.
    mutating func parseExtra(_ name: String, token: TeXToken) throws -> MathNode? {
        let command = "\\" + name
        let at = { (kind: MathNode.Kind, end: Int) in MathNode(kind: kind, offset: token.offset, end: end) }
        if let arrow = Self.extensibleArrows[name] { return try parseExtensibleArrow(arrow, token: token, command: command) }
        if let role = Self.atomClassCommands[name] {
            let argument = try parseArgument(for: command, at: token.offset)
            return at(.symbol(text: try symbolText(argument, command: command), name: command, role: role), argument.end)
        }
        switch name {
        case "substack":
            return try parseSubstack(token: token)
        case "boxed", "fbox":
            let argument = name == "fbox" ? try parseText(name, token: token) : try parseArgument(for: command, at: token.offset)
            let style = "border:0.06em solid;padding:0.15em 0.3em"
            return at(.wrapped(argument, element: "mrow", attributes: [("style", style)]), argument.end)
        case "textcolor":
            let color = try parseColor(for: command, at: token.offset)
            let argument = try parseArgument(for: command, at: token.offset)
            return at(.wrapped(argument, element: "mrow", attributes: [("mathcolor", color)]), argument.end)
        case "phantom", "hphantom", "vphantom", "smash", "mathrlap", "rlap":
            return try parseInvisibleBox(name, token: token)
        case "mathop":
            let argument = try parseArgument(for: command, at: token.offset)
            let text = try symbolText(argument, command: command)
            return at(.function(text: text, name: text, limits: .auto), argument.end)
        case "tag":
            skipSpaces()
            let starred = peek?.kind == .character("*")
            if starred { position += 1 }
            let label = try parseText(starred ? "tag*" : "tag", token: token)
            guard case .text(let text) = label.kind else { return label }
            let shown = starred ? text : "(" + text + ")"
            return at(.row([at(.space(2), token.end), at(.text(shown), label.end)]), label.end)
        default:
            return nil
        }
    }

    /// `\xrightarrow[below]{above}`: the arrow with the labels stacked over and under it.
    private mutating func parseExtensibleArrow(_ arrow: String, token: TeXToken, command: String) throws -> MathNode {
        let at = { (kind: MathNode.Kind, end: Int) in MathNode(kind: kind, offset: token.offset, end: end) }
        let below = try parseOptionalArgument(for: command)
        let above = try parseArgument(for: command, at: token.offset)
        let symbol = at(.symbol(text: arrow, name: command, role: .relation), token.end)
        let node = at(.stack(base: symbol, annotation: padded(above), below: false), above.end)
        guard let below else { return node }
        return at(.stack(base: node, annotation: padded(below), below: true), above.end)
    }

    /// `\phantom` (`mphantom`), `\smash` (no height or depth) and `\mathrlap`/`\rlap` (no width), as `mpadded`.
    private mutating func parseInvisibleBox(_ name: String, token: TeXToken) throws -> MathNode {
        let argument = name == "rlap" ? try parseText(name, token: token) : try parseArgument(for: "\\" + name, at: token.offset)
        let (element, attributes): (String, [(String, String)])
        switch name {
        case "smash": (element, attributes) = ("mpadded", [("height", "0"), ("depth", "0")])
        case "mathrlap", "rlap": (element, attributes) = ("mpadded", [("width", "0")])
        default: (element, attributes) = ("mphantom", [])
        }
        return MathNode(kind: .wrapped(argument, element: element, attributes: attributes), offset: token.offset, end: argument.end)
    }

    /// `\color{name}` switches the colour of the rest of the list (as in KaTeX); `context` ends that list.
    mutating func parseColorSwitch(token: TeXToken, context: Context) throws -> MathNode {
        let color = try parseColor(for: "\\color", at: token.offset)
        let start = currentOffset
        let rest = try parseList(context)
        let end = rest.last?.end ?? start
        let inner = MathNode(kind: .row(rest), offset: start, end: end)
        return MathNode(kind: .wrapped(inner, element: "mrow", attributes: [("mathcolor", color)]), offset: token.offset, end: end)
    }

    /// A colour name (`red`, `RoyalBlue`) or `#rgb` / `#rrggbb`, read from a braced group.
    private mutating func parseColor(for command: String, at offset: Int) throws -> String {
        skipSpaces()
        guard let open = next(), open.kind == .open else { throw error("missing colour for \(command)", at: offset, hint: "write \(command){red}") }
        var color = ""
        while let token = next(), token.kind != .close {
            switch token.kind {
            case .character(let character): color.append(character)
            case .space: continue
            default: throw error("cannot read the colour in \(command)", at: token.offset, hint: "write a name such as red or #1f77b4")
            }
        }
        let isName = !color.isEmpty && color.allSatisfy { $0.isASCII && $0.isLetter }
        let hex = color.dropFirst()
        let isHex = color.first == "#" && (hex.count == 3 || hex.count == 6) && hex.allSatisfy(\.isHexDigit)
        guard isName || isHex else {
            throw error("cannot read the colour '\(color)' in \(command)", at: open.offset, hint: "write a name such as red or #1f77b4")
        }
        return color
    }

    /// `[…]` after a command, if present.
    private mutating func parseOptionalArgument(for command: String) throws -> MathNode? {
        skipSpaces()
        guard let open = peek, open.kind == .character("[") else { return nil }
        position += 1
        let nodes = try parseList(.optional)
        guard let close = next(), close.kind == .character("]") else {
            throw error("missing ] for the optional argument of \(command) opened here", at: open.offset)
        }
        return MathNode(kind: .row(nodes), offset: open.offset, end: close.end)
    }

    /// `\substack{a \\ b}`: lines stacked and centred, for the limits of a sum.
    private mutating func parseSubstack(token: TeXToken) throws -> MathNode {
        skipSpaces()
        guard let open = next(), open.kind == .open else { throw error("missing argument for \\substack", at: token.offset) }
        var rows: [[MathNode]] = []
        while true {
            let start = currentOffset
            let line = try parseList(.stackLine)
            rows.append([MathNode(kind: .row(line), offset: start, end: currentOffset)])
            guard let separator = next() else { throw error("unbalanced braces: missing } for the { opened here", at: open.offset) }
            if separator.kind == .close {
                let table = MathNode.Table(environment: "substack", rows: rows, columnAlign: ["center"], columnLines: [],
                                           open: nil, close: nil, isAligned: false, isSmall: false)
                return MathNode(kind: .table(table), offset: token.offset, end: separator.end)
            }
        }
    }

    /// The text of a single symbol or name (`\mathbin{\#}`, `\mathop{\mathrm{rank}}`).
    private func symbolText(_ node: MathNode, command: String) throws -> String {
        switch node.kind {
        case .symbol(let text, _, _), .identifier(let text, _, _), .number(let text): return text
        case .row(let nodes) where nodes.count == 1: return try symbolText(nodes[0], command: command)
        case .row(let nodes) where nodes.allSatisfy({ if case .identifier = $0.kind { return true }; return false }):
            return try nodes.map { try symbolText($0, command: command) }.joined()
        default:
            throw error("\(command) needs a single symbol or name", at: node.offset)
        }
    }

    /// An annotation with a little room on both sides, so an extensible arrow reaches past its label.
    private func padded(_ node: MathNode) -> MathNode {
        let space = { (em: Double) in MathNode(kind: .space(em), offset: node.offset, end: node.offset) }
        return MathNode(kind: .row([space(0.3), node, space(0.3)]), offset: node.offset, end: node.end)
    }
}
