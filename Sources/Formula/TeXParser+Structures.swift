import Foundation

/// Commands that build structures: fractions, roots, fences, text, braces, environments.
extension TeXParser {
    /// Commands handled by `parseStructure`.
    static let structureCommands: [String] = [
        "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom", "sqrt", "left", "right", "middle",
        "text", "textrm", "textnormal", "mbox", "textbf", "textit", "operatorname", "underbrace", "overbrace",
        "overset", "underset", "stackrel", "begin", "end", "not", "nonumber", "notag", "hspace", "pmod",
        "limits", "nolimits",
    ]

    /// Parses a structural command, or returns nil when `name` is not one.
    mutating func parseStructure(_ name: String, token: TeXToken) throws -> MathNode? {
        let command = "\\" + name
        switch name {
        case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
            let numerator = try parseArgument(for: command, at: token.offset)
            let denominator = try parseArgument(for: command, at: token.offset)
            let styles: [String: MathNode.FractionStyle] = ["frac": .auto, "dfrac": .display, "cfrac": .display, "tfrac": .text]
            let style = styles[name] ?? .binomial
            var node = MathNode(kind: .fraction(numerator, denominator, style), offset: token.offset, end: denominator.end)
            if name == "dbinom" || name == "tbinom" {
                node = MathNode(kind: .style(display: name == "dbinom", scriptLevel: 0, node), offset: node.offset, end: node.end)
            }
            return node
        case "sqrt":
            return try parseRoot(token: token)
        case "left":
            return try parseFenced(token: token)
        case "text", "textrm", "textnormal", "mbox", "textbf", "textit":
            return try parseText(name, token: token)
        case "operatorname":
            return try parseOperatorName(token: token, limits: nil)
        case "operatorname*":
            return try parseOperatorName(token: token, limits: .auto)
        case "underbrace", "overbrace":
            let base = try parseArgument(for: command, at: token.offset)
            let below = name == "underbrace"
            return MathNode(kind: .brace(base, mark: below ? "⏟" : "⏞", below: below), offset: token.offset, end: base.end)
        case "overset", "underset", "stackrel":
            let annotation = try parseArgument(for: command, at: token.offset)
            let base = try parseArgument(for: command, at: token.offset)
            let kind = MathNode.Kind.stack(base: base, annotation: annotation, below: name == "underset")
            return MathNode(kind: kind, offset: token.offset, end: base.end)
        case "begin":
            return try parseEnvironment(token: token)
        case "not":
            return try parseNegation(token: token)
        case "nonumber", "notag":
            return MathNode(kind: .row([]), offset: token.offset, end: token.end)
        case "hspace":
            return try parseHSpace(token: token)
        case "pmod":
            let argument = try parseArgument(for: command, at: token.offset)
            return parenthesizedMod(argument, token: token)
        default:
            if let extra = try parseExtra(name, token: token) { return extra }
            if let sized = TeXSymbols.sizedDelimiters[name] {
                let delimiter = try parseDelimiter(after: command, at: token.offset)
                let kind = MathNode.Kind.sizedDelimiter(delimiter.0, size: sized.size, role: sized.role)
                return MathNode(kind: kind, offset: token.offset, end: delimiter.end)
            }
            return nil
        }
    }

    /// `\sqrt[index]{radicand}`.
    private mutating func parseRoot(token: TeXToken) throws -> MathNode {
        skipSpaces()
        var index: MathNode?
        if let open = peek, open.kind == .character("[") {
            position += 1
            let nodes = try parseList(.optional)
            guard let close = next(), close.kind == .character("]") else {
                throw error("missing ] for the root index opened here", at: open.offset)
            }
            index = MathNode(kind: .row(nodes), offset: open.offset, end: close.end)
        }
        let radicand = try parseArgument(for: "\\sqrt", at: token.offset)
        return MathNode(kind: .root(radicand, index: index), offset: token.offset, end: radicand.end)
    }

    /// Reads the delimiter after `\left`, `\right`, `\middle` or `\big…`.
    mutating func parseDelimiter(after command: String, at offset: Int) throws -> (MathNode.Delimiter, end: Int) {
        skipSpaces()
        guard let token = next() else { throw error("missing delimiter after \(command)", at: offset) }
        let spelling: String
        switch token.kind {
        case .character(let character): spelling = String(character)
        case .command(let name): spelling = "\\" + name
        default: spelling = ""
        }
        guard let text = TeXSymbols.delimiters[spelling] else {
            throw error("missing delimiter after \(command)", at: token.offset,
                        hint: "use one of ( ) [ ] \\{ \\} | \\| \\langle \\rangle \\lfloor \\rfloor \\lceil \\rceil or .")
        }
        return (MathNode.Delimiter(text: text, name: spelling), token.end)
    }

    /// `\left( … \middle| … \right)`.
    private mutating func parseFenced(token: TeXToken) throws -> MathNode {
        var delimiters = [try parseDelimiter(after: "\\left", at: token.offset).0]
        var parts: [MathNode] = []
        while true {
            let start = currentOffset
            let nodes = try parseList(.left)
            parts.append(MathNode(kind: .row(nodes), offset: start, end: currentOffset))
            guard let closing = next(), case .command(let name) = closing.kind else {
                throw error("\\left without matching \\right", at: token.offset)
            }
            let delimiter = try parseDelimiter(after: "\\" + name, at: closing.offset)
            delimiters.append(delimiter.0)
            if name == "right" {
                return MathNode(kind: .fenced(delimiters: delimiters, parts: parts), offset: token.offset, end: delimiter.end)
            }
        }
    }

    /// `\not` followed by a relation: the negated relation.
    private mutating func parseNegation(token: TeXToken) throws -> MathNode {
        let target = try parseArgument(for: "\\not", at: token.offset)
        guard case .symbol(let text, let name, _) = target.kind else {
            throw error("\\not must be followed by a relation such as = or \\in", at: token.offset)
        }
        let negated: [String: String] = ["=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∼": "≁",
                                         "⊂": "⊄", "⊆": "⊈", "≡": "≢", "≈": "≉", "∣": "∤", "∥": "∦"]
        let text2 = negated[text] ?? text + "\u{338}"
        return MathNode(kind: .symbol(text: text2, name: "\\not" + name, role: .relation), offset: token.offset, end: target.end)
    }

    /// `\hspace{2em}` (units em, ex, pt, mu).
    private mutating func parseHSpace(token: TeXToken) throws -> MathNode {
        let group = try parseArgument(for: "\\hspace", at: token.offset)
        let raw = String(decoding: Array(tex.utf8)[group.offset..<group.end], as: UTF8.self)
            .trimmingCharacters(in: ["{", "}", " "])
        let units: [String: Double] = ["em": 1, "ex": 0.43, "pt": 0.1, "mu": 1.0 / 18]
        for (unit, scale) in units where raw.hasSuffix(unit) {
            if let value = Double(raw.dropLast(unit.count).trimmingCharacters(in: [" "])) {
                return MathNode(kind: .space(value * scale), offset: token.offset, end: group.end)
            }
        }
        throw error("cannot read the length \(raw) in \\hspace", at: group.offset, hint: "write a length such as 1em or 10pt")
    }

    private func parenthesizedMod(_ argument: MathNode, token: TeXToken) -> MathNode {
        let at = { (kind: MathNode.Kind) in MathNode(kind: kind, offset: token.offset, end: argument.end) }
        let parts = [at(.space(1)), at(.symbol(text: "(", name: "(", role: .open)), at(.function(text: "mod", name: "mod", limits: nil)),
                     argument, at(.symbol(text: ")", name: ")", role: .close))]
        return at(.row(parts))
    }
}
