extension PythonShape {
    /// A single pass over the scalars of a program.
    struct Lexer {
        let scalars: [Unicode.Scalar]
        var index = 0, line = 1, depth = 0
        var tokens: [String] = []

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func run() throws -> [String] {
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\u{0}": throw Failure(message: "NUL", line: line)
                case "\n", "\r": lineBreak()
                case " ", "\t", "\u{0C}": index += 1
                case "\\" where index + 1 < scalars.count && (scalars[index + 1] == "\n" || scalars[index + 1] == "\r"):
                    index += 1
                    skipLineBreak()
                case "#": try comment()
                case "\"", "'": try string()
                case "0"..."9": number()
                case "." where index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]): number()
                default:
                    if isNameStart(scalar) { try name() } else { try symbol(scalar) }
                }
            }
            lineBreak()
            return tokens
        }

        private mutating func lineBreak() {
            if index < scalars.count { skipLineBreak() }
            if depth == 0, let last = tokens.last, last != "⏎" { tokens.append("⏎") }
        }

        private mutating func skipLineBreak() {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            index += 1
            line += 1
        }

        /// A comment, to the end of its line (Python rejects NUL even there).
        private mutating func comment() throws {
            while index < scalars.count, scalars[index] != "\n", scalars[index] != "\r" {
                if scalars[index] == "\u{0}" { throw Failure(message: "NUL in a comment", line: line) }
                index += 1
            }
        }

        private mutating func symbol(_ scalar: Unicode.Scalar) throws {
            switch scalar.value {
            case 0x0B, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                throw Failure(message: "a line break Python does not see (U+\(String(scalar.value, radix: 16))) in code", line: line)
            default: break
            }
            if "([{".unicodeScalars.contains(scalar) { depth += 1 }
            if ")]}".unicodeScalars.contains(scalar) { depth = max(0, depth - 1) }
            tokens.append(String(scalar))
            index += 1
        }

        private func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "_" || scalar.properties.isXIDStart
        }

        private mutating func name() throws {
            let start = index
            while index < scalars.count, scalars[index] == "_" || scalars[index].properties.isXIDContinue { index += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<index]))
            if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'", text.count <= 2,
               text.lowercased().allSatisfy({ "rbuf".contains($0) }) {
                return try string()
            }
            tokens.append(PythonShape.keywords.contains(text) ? text : "name")
        }

        private mutating func number() {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "_" || scalar == "." || scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar) {
                    index += 1
                } else if (scalar == "+" || scalar == "-"), "eE".unicodeScalars.contains(scalars[index - 1]) {
                    index += 1
                } else {
                    break
                }
            }
            tokens.append("number")
        }

        /// A string from its opening quote: single-quoted ones end at the line's end, triple-quoted ones span lines.
        private mutating func string() throws {
            let quote = scalars[index], startLine = line
            let triple = index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote
            index += triple ? 3 : 1
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "\u{0}" { throw Failure(message: "NUL in a string", line: line) }
                if scalar == "\\" {
                    index += 1
                    if index < scalars.count, scalars[index] == "\n" || scalars[index] == "\r" { skipLineBreak() } else { index += 1 }
                    continue
                }
                if scalar == "\n" || scalar == "\r" {
                    guard triple else { throw Failure(message: "unterminated string", line: startLine) }
                    skipLineBreak()
                    continue
                }
                if scalar == quote, !triple || index + 2 < scalars.count && scalars[index + 1] == quote && scalars[index + 2] == quote {
                    index += triple ? 3 : 1
                    tokens.append("string")
                    return
                }
                index += 1
            }
            throw Failure(message: "unterminated string", line: startLine)
        }
    }
}
