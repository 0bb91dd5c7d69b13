/// Values, names and positions of `BibTeXParser`.
extension BibTeXParser {
    /// One part of a value: `{…}`, `"…"`, a number or an `@string` name.
    mutating func piece() throws(Diagnostic) -> String {
        skipSpace()
        guard let byte = peek else { throw error("expected a value, found the end of the file", at: index) }
        switch byte {
        case UInt8(ascii: "{"):
            let start = index
            index += 1
            try skipBalanced(from: UInt8(ascii: "{"), to: UInt8(ascii: "}"), openedAt: start)
            return String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
        case UInt8(ascii: "\""):
            return try quoted()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            while let next = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        default:
            let start = index
            let name = identifier().lowercased()
            guard !name.isEmpty else { throw error("expected a value in braces, quotes, a number or a @string name", at: start) }
            guard let value = strings[name] else {
                throw error("unknown @string name '\(name)'", at: start, hint: Suggestion.hint(for: name, in: strings.keys.sorted()))
            }
            return value
        }
    }

    /// `"…"`: braces inside must balance, and a quote inside braces does not end it.
    private mutating func quoted() throws(Diagnostic) -> String {
        let start = index
        index += 1
        var depth = 0
        while let byte = peek {
            if byte == UInt8(ascii: "{") { depth += 1 }
            if byte == UInt8(ascii: "}") {
                guard depth > 0 else { throw error("unbalanced '}' in a quoted value", at: index) }
                depth -= 1
            }
            if byte == UInt8(ascii: "\""), depth == 0 {
                index += 1
                return String(decoding: bytes[(start + 1)..<(index - 1)], as: UTF8.self)
            }
            index += 1
        }
        throw error("unclosed '\"': the value never ends", at: start, hint: "close the value with a '\"'")
    }

    /// Moves past the `close` that balances the `open` just read (at `openedAt`, one before `index` by default).
    mutating func skipBalanced(from open: UInt8, to close: UInt8, openedAt: Int? = nil) throws(Diagnostic) {
        let start = openedAt ?? index - 1
        var depth = 1
        while let byte = peek {
            index += 1
            if byte == UInt8(ascii: "{") || byte == open { depth += 1 }
            if byte == UInt8(ascii: "}") || byte == close { depth -= 1 }
            if depth == 0 { return }
        }
        let shown = Character(Unicode.Scalar(open))
        throw error("unclosed '\(shown)': no matching '\(Character(Unicode.Scalar(close)))' before the end of the file", at: start)
    }

    /// Letters, digits and `_-:.+/` (entry types, field and `@string` names).
    mutating func identifier() -> String {
        let start = index
        while let byte = peek, Self.isNameByte(byte) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func skipSpace() {
        while let byte = peek, Self.isSpace(byte) { index += 1 }
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || "_-:.+/".utf8.contains(byte)
    }

    /// The line and byte column of byte `offset`.
    func location(_ offset: Int) -> SourceLocation {
        var line = 1, lineStart = 0
        for position in 0..<min(offset, bytes.count) where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        return SourceLocation(line: line, column: offset - lineStart + 1)
    }

    func error(_ message: String, at offset: Int, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location(offset), file: path, hint: hint)
    }
}
