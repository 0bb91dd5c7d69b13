/// Single atoms: characters, numbers, letters and groups.
extension TeXParser {
    /// Parses one atom at the current position.
    mutating func parseAtom() throws -> MathNode {
        guard let token = peek else { throw error("unexpected end of formula", at: currentOffset) }
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maximumDepth else { throw error("formula nested too deeply", at: token.offset) }
        switch token.kind {
        case .open:
            return try parseGroup()
        case .command(let name):
            position += 1
            return try parseCommand(name, token: token)
        case .character(let character):
            return try parseCharacter(character, token: token)
        default:
            throw error("unexpected token", at: token.offset)
        }
    }

    /// Parses a number, a letter (run) or an operator character.
    private mutating func parseCharacter(_ character: Character, token: TeXToken) throws -> MathNode {
        if character.isASCII, character.isNumber || (character == "." && nextIsDigit(after: position)) {
            return parseNumber(token: token)
        }
        position += 1
        if character.isLetter {
            return letter(character, token: token)
        }
        if let (text, role) = Self.characterOperators[character] {
            return MathNode(kind: .symbol(text: text, name: String(character), role: role), offset: token.offset, end: token.end)
        }
        if character == "~" {
            return MathNode(kind: .space(1.0 / 3), offset: token.offset, end: token.end)
        }
        if let name = Self.unicodeOperators[character], let entry = TeXSymbols.operators[name] {
            let kind = MathNode.Kind.symbol(text: entry.text, name: "\\" + name, role: entry.role)
            return MathNode(kind: kind, offset: token.offset, end: token.end)
        }
        if let name = Self.unicodeOrdinary[character], let entry = TeXSymbols.ordinary[name] {
            let kind = MathNode.Kind.identifier(text: entry.text, name: name, upright: entry.upright)
            return MathNode(kind: kind, offset: token.offset, end: token.end)
        }
        let shown = character == "$" ? "$ (math delimiters cannot nest)" : "'\(character)'"
        throw error("unsupported character \(shown)", at: token.offset, hint: hintForCharacter(character))
    }

    private func hintForCharacter(_ character: Character) -> String? {
        switch character {
        case "$": return "write \\$ for a dollar sign"
        case "#": return "write \\# for a hash sign"
        case "\"": return "use \\text{…} for quoted text"
        default: return nil
        }
    }

    /// Operator characters that may be typed directly.
    static let characterOperators: [Character: (String, MathNode.OperatorRole)] = [
        "+": ("+", .binary), "-": ("−", .binary), "*": ("∗", .binary), "=": ("=", .relation),
        "<": ("<", .relation), ">": (">", .relation), ",": (",", .punctuation), ";": (";", .punctuation),
        ":": (":", .relation), "!": ("!", .close), "?": ("?", .close), "/": ("/", .ordinary),
        "|": ("|", .fence), "(": ("(", .open), ")": (")", .close), "[": ("[", .open), "]": ("]", .close),
        ".": (".", .ordinary), "−": ("−", .binary), "·": ("⋅", .binary), "×": ("×", .binary),
        "@": ("@", .ordinary),
    ]

    /// Unicode operator characters typed directly, mapped to their (alphabetically first) command name.
    static let unicodeOperators: [Character: String] = reverse(TeXSymbols.operators.mapValues(\.text))

    /// Unicode ordinary symbols typed directly, mapped to their command name.
    static let unicodeOrdinary: [Character: String] = reverse(TeXSymbols.ordinary.mapValues(\.text))

    private static func reverse(_ table: [String: String]) -> [Character: String] {
        var result: [Character: String] = [:]
        for name in table.keys.sorted() where name.first?.isLetter == true {
            guard let text = table[name], text.count == 1, let character = text.first else { continue }
            if result[character] == nil { result[character] = name }
        }
        return result
    }

    private func nextIsDigit(after index: Int) -> Bool {
        guard index + 1 < tokens.count, case .character(let next) = tokens[index + 1].kind else { return false }
        return next.isASCII && next.isNumber
    }

    /// Digits with at most one decimal point, as one `<mn>`.
    private mutating func parseNumber(token: TeXToken) -> MathNode {
        var text = ""
        var end = token.end
        var seenPoint = false
        while let next = peek, case .character(let character) = next.kind, character.isASCII {
            if character == "." {
                guard !seenPoint, nextIsDigit(after: position) else { break }
                seenPoint = true
            } else if !character.isNumber {
                break
            }
            text.append(character)
            end = next.end
            position += 1
        }
        return MathNode(kind: .number(styledDigits(text)), offset: token.offset, end: end)
    }

    /// A letter in the current font; in `\mathrm` a run of letters becomes one upright name.
    private mutating func letter(_ character: Character, token: TeXToken) -> MathNode {
        if font == .roman {
            var text = String(character)
            var end = token.end
            while let next = peek, case .character(let following) = next.kind, following.isLetter {
                text.append(following)
                end = next.end
                position += 1
            }
            return MathNode(kind: .identifier(text: text, name: text, upright: true), offset: token.offset, end: end)
        }
        return styledIdentifier(String(character), name: String(character), token: token)
    }

    /// An identifier for `text` in the current font; Greek capitals stay upright as in TeX.
    func styledIdentifier(_ text: String, name: String, token: TeXToken, upright: Bool = false) -> MathNode {
        var shown = text
        var isUpright = upright
        switch font {
        case .normal:
            break
        case .roman:
            isUpright = true
        default:
            if let character = text.first, text.count == 1, let styled = MathAlphabet.styled(character, font) {
                shown = styled
                isUpright = false
            }
        }
        let semanticName = shown == text ? name : shown
        return MathNode(kind: .identifier(text: shown, name: semanticName, upright: isUpright), offset: token.offset, end: token.end)
    }
}
