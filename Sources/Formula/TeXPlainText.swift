/// TeX as plain text for places that cannot show MathML, such as search results: known symbol commands become
/// their characters (`\eta` → η, `\le` → ≤, `\log` → log), other commands (`\frac`, `\mathcal`, `\left`) and
/// braces are dropped, spacing commands become one space, and everything else is kept as written
/// (`\eta_t^2 \le 1` → `η_t^2 ≤ 1`).
public enum TeXPlainText {
    /// The readable text of `tex`.
    public static func text(_ tex: String) -> String {
        var output = ""
        var characters = Array(tex)[...]
        while let character = characters.popFirst() {
            switch character {
            case "{", "}":
                continue
            case "\\":
                output += command(&characters)
            default:
                output.append(character)
            }
        }
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text of the command after a backslash, consumed from `characters`.
    private static func command(_ characters: inout ArraySlice<Character>) -> String {
        guard let first = characters.first else { return "" }
        guard first.isLetter else {
            characters.removeFirst()
            if TeXSymbols.spaces[String(first)] != nil { return " " }
            return first == "\\" ? " " : String(first)
        }
        let name = String(characters.prefix { $0.isLetter })
        characters.removeFirst(name.count)
        if TeXSymbols.spaces[name] != nil { return " " }
        return TeXSymbols.greek[name] ?? TeXSymbols.ordinary[name]?.text ?? TeXSymbols.operators[name]?.text
            ?? TeXSymbols.functions[name].map { $0.text + " " } ?? TeXSymbols.largeOperators[name]?.text ?? ""
    }
}
