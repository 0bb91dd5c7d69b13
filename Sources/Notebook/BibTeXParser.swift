/// Reads a BibTeX file: `@type{key, field = value, …}` entries (braces or parentheses), values in braces, quotes,
/// bare numbers or `@string` names (and the month names), joined by `#`; `@comment` and `@preamble` are skipped,
/// as is any text outside entries (a `%` there comments out the rest of its line). Errors are located in the file
/// (`references.bib:line:col`).
public struct BibTeXParser {
    let bytes: [UInt8]
    let path: String
    var index = 0
    /// `@string` definitions so far, by lower-case name, with the month names predefined.
    var strings: [String: String] = ["jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
                                     "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
                                     "nov": "November", "dec": "December"]

    /// The entries of `text` (the file named `path` in errors), in file order.
    ///
    /// - Throws: a located `Diagnostic` for malformed syntax, an unknown entry type or `@string` name, or a key used
    ///   twice.
    public static func parse(_ text: String, path: String) throws(Diagnostic) -> [BibEntry] {
        var parser = BibTeXParser(bytes: Array(text.utf8), path: path)
        return try parser.entries()
    }

    private mutating func entries() throws(Diagnostic) -> [BibEntry] {
        var entries: [BibEntry] = []
        var seen: [String: SourceLocation] = [:]
        while let at = nextEntry() {
            index = at + 1
            let start = location(at)
            let type = identifier().lowercased()
            skipSpace()
            guard let open = peek, open == UInt8(ascii: "{") || open == UInt8(ascii: "(") else {
                throw error("expected '{' after @\(type)", at: index, hint: "an entry is written @type{key, field = {value}}")
            }
            index += 1
            let close = open == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
            switch type {
            case "comment", "preamble":
                try skipBalanced(from: open, to: close)
            case "string":
                let (name, value, _) = try field()
                strings[name] = value
                try expectClose(close, after: "@string")
            default:
                guard BibEntry.types.contains(type) else {
                    throw error("unknown entry type '@\(type)'", at: at, hint: Suggestion.hint(for: type, in: BibEntry.types))
                }
                let entry = try entry(type: type, start: start, close: close)
                if let earlier = seen[entry.key] {
                    throw error("duplicate key '\(entry.key)' (first defined at line \(earlier.line))", at: at)
                }
                seen[entry.key] = start
                entries.append(entry)
            }
        }
        return entries
    }

    /// Where the next `@` outside `%` comments stands, from `index` on (text between entries is ignored).
    private mutating func nextEntry() -> Int? {
        while let byte = peek {
            if byte == UInt8(ascii: "@") { return index }
            if byte == UInt8(ascii: "%") {
                while let next = peek, next != UInt8(ascii: "\n") { index += 1 }
                continue
            }
            index += 1
        }
        return nil
    }

        /// The key and fields of an entry, after its opening brace.
    private mutating func entry(type: String, start: SourceLocation, close: UInt8) throws(Diagnostic) -> BibEntry {
        skipSpace()
        let keyStart = index
        while let byte = peek, byte != UInt8(ascii: ","), byte != close, !Self.isSpace(byte) { index += 1 }
        let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
        guard !key.isEmpty else { throw error("@\(type) entry has no key", at: keyStart, hint: "write @\(type){key, …}") }
        var fields: [String: String] = [:]
        skipSpace()
        while peek == UInt8(ascii: ",") {
            index += 1
            skipSpace()
            if peek == close { break }
            let (name, value, at) = try field()
            if fields[name] != nil { throw error("field '\(name)' is given twice in '\(key)'", at: at) }
            fields[name] = value
            skipSpace()
        }
        try expectClose(close, after: "'\(key)'")
        return BibEntry(type: type, key: key, fields: fields, location: start)
    }

    /// `name = value # value …`: the lower-case name, the joined value and where the name starts.
    private mutating func field() throws(Diagnostic) -> (String, String, Int) {
        skipSpace()
        let at = index
        let name = identifier().lowercased()
        guard !name.isEmpty else { throw error("expected a field name", at: index, hint: "fields are written name = {value}") }
        skipSpace()
        guard peek == UInt8(ascii: "=") else { throw error("expected '=' after field name '\(name)'", at: index) }
        index += 1
        var value = try piece()
        skipSpace()
        while peek == UInt8(ascii: "#") {
            index += 1
            value += try piece()
            skipSpace()
        }
        return (name, value, at)
    }

    private mutating func expectClose(_ close: UInt8, after what: String) throws(Diagnostic) {
        skipSpace()
        guard peek == close else {
            throw error("expected ',' or '\(Character(Unicode.Scalar(close)))' after \(what)", at: index,
                        hint: "separate fields with commas and close the entry")
        }
        index += 1
    }
}
