/// Splits TeX math source into tokens, recording UTF-8 byte offsets. Comments (`%` to end of line) are dropped.
enum TeXLexer {
    /// Tokenizes `tex`. Throws only for a backslash at the very end of the input.
    static func tokenize(_ tex: String) throws -> [TeXToken] {
        var tokens: [TeXToken] = []
        let scalars = Array(tex.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var byte = 0
        for scalar in scalars {
            offsets.append(byte)
            byte += String(scalar).utf8.count
        }
        offsets.append(byte)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let start = offsets[index]
            if scalar == "%" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            }
            if scalar.properties.isWhitespace {
                while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
                tokens.append(TeXToken(kind: .space, offset: start, end: offsets[index]))
                continue
            }
            if scalar == "\\" {
                index += 1
                guard index < scalars.count else {
                    throw FormulaError(.syntax, "lone backslash at the end of the formula", at: start, in: tex)
                }
                var name = String(scalars[index])
                index += 1
                if isASCIILetter(scalars[index - 1]) {
                    while index < scalars.count, isASCIILetter(scalars[index]) {
                        name.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    // `\operatorname*` and `align*`-like starred commands keep their star.
                    if index < scalars.count, scalars[index] == "*", starredCommands.contains(name) {
                        name += "*"
                        index += 1
                    }
                }
                tokens.append(TeXToken(kind: .command(name), offset: start, end: offsets[index]))
                continue
            }
            index += 1
            // Combine a base character with following combining marks into one Character, as long as they stay one
            // grapheme (after a control character such as NUL a mark starts a grapheme of its own: fuzzing found it).
            var text = String(scalar)
            while index < scalars.count, scalars[index].properties.generalCategory == .nonspacingMark {
                var extended = text
                extended.unicodeScalars.append(scalars[index])
                guard extended.count == 1 else { break }
                text = extended
                index += 1
            }
            tokens.append(TeXToken(kind: kind(for: text), offset: start, end: offsets[index]))
        }
        return tokens
    }

    /// Commands that accept a `*` variant.
    static let starredCommands: Set<String> = ["operatorname"]

    private static func kind(for text: String) -> TeXToken.Kind {
        switch text {
        case "{": return .open
        case "}": return .close
        case "^": return .superscript
        case "_": return .subscript
        case "&": return .alignment
        default: return .character(Character(text))
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }
}
