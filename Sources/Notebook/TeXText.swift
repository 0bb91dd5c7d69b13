import Foundation

/// The text a reader sees of a BibTeX field written in TeX: braces dropped (they only protect capitals), accents
/// composed (`{\"o}`, `\'e` → ö, é), named letters (`{\ss}`, `\o`, `\aa`) and escapes (`\&`) as characters, `--` and
/// `---` as en and em dashes, `~` as a no-break space, ``` `` ``` and `''` as curly quotes, runs of white space as one
/// space. A formatting command (`\emph{x}`, `\textit{x}`) keeps its argument; any other command is dropped.
public enum TeXText {
    /// Combining marks of the accent commands.
    static let accents: [String: Character] = [
        "'": "\u{301}", "`": "\u{300}", "^": "\u{302}", "\"": "\u{308}", "~": "\u{303}", "=": "\u{304}", ".": "\u{307}",
        "u": "\u{306}", "v": "\u{30C}", "H": "\u{30B}", "c": "\u{327}", "k": "\u{328}", "r": "\u{30A}", "d": "\u{323}",
        "b": "\u{331}",
    ]
    /// Letters and symbols named by a command.
    static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "l": "ł",
        "L": "Ł", "i": "ı", "j": "ȷ", "textendash": "–", "textemdash": "—", "S": "§", "P": "¶", "dag": "†",
        "copyright": "©", "ldots": "…", "dots": "…", "textquoteright": "’", "textquoteleft": "‘", "TeX": "TeX",
        "LaTeX": "LaTeX", "textregistered": "®", "textellipsis": "…",
    ]

    /// `tex` as plain Unicode text (NFC).
    public static func plain(_ tex: String) -> String {
        var reader = TeXTextReader(Array(tex))
        return collapsingSpaces(reader.read()).precomposedStringWithCanonicalMapping
    }

    private static func collapsingSpaces(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character == " " || character == "\n" || character == "\t" || character == "\r" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        return result
    }
}

/// Reads TeX text character by character for `TeXText`.
private struct TeXTextReader {
    let characters: [Character]
    var index = 0

    init(_ characters: [Character]) {
        self.characters = characters
    }

    mutating func read() -> String {
        var result = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "{", "}": continue
            case "\\": result += command()
            case "~": result += "\u{A0}"
            case "-": result += dash()
            case "`" where peek == "`": index += 1; result += "“"
            case "'" where peek == "'": index += 1; result += "”"
            default: result.append(character)
            }
        }
        return result
    }

    private var peek: Character? { index < characters.count ? characters[index] : nil }

    /// `--` → en dash, `---` → em dash, `-` as is.
    private mutating func dash() -> String {
        var count = 1
        while peek == "-", count < 3 { index += 1; count += 1 }
        return count == 3 ? "—" : count == 2 ? "–" : "-"
    }

    /// What the command after a backslash stands for.
    private mutating func command() -> String {
        guard let first = peek else { return "\\" }
        index += 1
        if !first.isLetter {
            if let mark = TeXText.accents[String(first)] { return accented(mark) }
            return String(first)
        }
        var name = String(first)
        while let next = peek, next.isLetter { name.append(next); index += 1 }
        if let mark = TeXText.accents[name], name.count == 1 { return accented(mark) }
        while peek == " " { index += 1 }
        if let symbol = TeXText.symbols[name] { return symbol }
        return ""
    }

    /// The accent's argument (`{o}`, `o`, `{\i}`) followed by the combining `mark`.
    private mutating func accented(_ mark: Character) -> String {
        while peek == " " { index += 1 }
        var base = ""
        if peek == "{" {
            var depth = 0
            var inner: [Character] = []
            while let next = peek {
                index += 1
                if next == "{" { depth += 1; if depth == 1 { continue } }
                if next == "}" { depth -= 1; if depth == 0 { break } }
                inner.append(next)
            }
            base = Self.dotless(inner)
        } else if peek == "\\" {
            index += 1
            var name = ""
            while let next = peek, next.isLetter { name.append(next); index += 1 }
            base = name == "i" ? "i" : name == "j" ? "j" : TeXText.symbols[name] ?? ""
        } else if let next = peek {
            index += 1
            base = String(next)
        }
        guard let first = base.first else { return String(mark) }
        return String(first) + String(mark) + base.dropFirst()
    }

    /// The text of an accent's braced argument, with `\i` and `\j` as the letters they carry an accent for.
    private static func dotless(_ inner: [Character]) -> String {
        let text = String(inner)
        if text == "\\i" { return "i" }
        if text == "\\j" { return "j" }
        var reader = TeXTextReader(inner)
        return reader.read()
    }
}
