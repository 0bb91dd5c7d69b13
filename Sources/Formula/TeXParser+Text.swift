/// `\text{…}` and `\operatorname{…}`.
extension TeXParser {
    /// Reads the raw text of a `\text`-like argument, keeping spaces and a few escapes.
    mutating func parseText(_ name: String, token: TeXToken) throws -> MathNode {
        skipSpaces()
        guard let open = next(), open.kind == .open else {
            throw error("missing argument for \\\(name)", at: token.offset, hint: "write \\\(name){…}")
        }
        var text = ""
        var depth = 1
        while let part = next() {
            switch part.kind {
            case .open: depth += 1
            case .close:
                depth -= 1
                if depth == 0 { return textNode(text, name: name, from: token.offset, to: part.end) }
            case .space: text += " "
            case .character(let character):
                if character == "$" { throw error("math inside \\\(name) is not supported", at: part.offset) }
                text.append(character == "~" ? "\u{A0}" : character)
            case .superscript: text += "^"
            case .subscript: text += "_"
            case .alignment: throw error("& inside \\\(name)", at: part.offset, hint: "write \\& for an ampersand")
            case .command(let command):
                guard let escaped = Self.textEscapes[command] else {
                    throw error("command \\\(command) is not supported inside \\\(name)", at: part.offset)
                }
                text += escaped
            }
        }
        throw error("unbalanced braces: missing } for the { opened here", at: open.offset)
    }

    /// Escapes allowed inside `\text`.
    static let textEscapes: [String: String] = [
        "%": "%", "$": "$", "&": "&", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": "\u{2009}",
        "textbackslash": "\\", "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", ";": " ", "ldots": "…",
    ]

    private func textNode(_ text: String, name: String, from offset: Int, to end: Int) -> MathNode {
        var shown = text
        let fonts: [String: MathAlphabet.Font] = ["textbf": .bold, "textit": .italic]
        if let textFont = fonts[name] {
            shown = text.map { MathAlphabet.styled($0, textFont) ?? String($0) }.joined()
        }
        return MathNode(kind: .text(shown), offset: offset, end: end)
    }

    /// `\operatorname{name}`: letters (and spaces, digits, `-`) shown upright as one function name.
    mutating func parseOperatorName(token: TeXToken, limits: MathNode.LimitsPlacement?) throws -> MathNode {
        let saved = font
        font = .roman
        defer { font = saved }
        let argument = try parseArgument(for: "\\operatorname", at: token.offset)
        var name = ""
        for node in flatten(argument) {
            switch node.kind {
            case .identifier(let text, _, _), .number(let text): name += text
            case .space: name += " "
            case .symbol(let text, _, _) where ["−", "*", "∗", "'", "."].contains(text): name += text == "−" ? "-" : text
            default:
                throw error("\\operatorname takes a plain name", at: node.offset, hint: "write \\operatorname{name} with letters only")
            }
        }
        guard !name.isEmpty else { throw error("missing argument for \\operatorname", at: token.offset) }
        return MathNode(kind: .function(text: name, name: name, limits: limits), offset: token.offset, end: argument.end)
    }

    private func flatten(_ node: MathNode) -> [MathNode] {
        if case .row(let nodes) = node.kind { return nodes.flatMap(flatten) }
        return [node]
    }
}
