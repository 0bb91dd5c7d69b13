import Foundation

/// A person's name from a BibTeX `author` or `editor` field, in either form BibTeX reads: "First von Last" or
/// "von Last, First" (or "von Last, Jr, First"); braces keep a group together (`{World Health Organization}`).
public struct BibName: Hashable, Sendable {
    /// The family name with its particles ("van Beethoven"), as plain text.
    public var family: String
    /// The given names ("Diederik P."), as plain text; empty for a single-word name.
    public var given: String

    /// Creates a name.
    public init(family: String, given: String = "") {
        self.family = family
        self.given = given
    }

    /// The given names as initials: "Diederik P." → "D. P.", "Jean-Pierre" → "J.-P.".
    public var initials: String {
        given.split(separator: " ").map { word in
            word.split(separator: "-").compactMap { part in part.first.map { String($0) + "." } }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// The names of a field (TeX as written), split at ` and `; `others` when the list ends with `and others`.
    public static func list(_ tex: String) -> (names: [BibName], others: Bool) {
        var names: [BibName] = []
        var others = false
        for part in BibTeXWords.split(tex, separator: { $0.lowercased() == "and" }) {
            let raw = part.joined(separator: " ")
            if raw.lowercased() == "others" { others = true; continue }
            if let name = parse(part) { names.append(name) }
        }
        return (names, others)
    }

    /// One name from its words (split at spaces outside braces).
    private static func parse(_ words: [String]) -> BibName? {
        guard !words.isEmpty else { return nil }
        let raw = words.joined(separator: " ")
        let parts = BibTeXWords.splitCommas(raw)
        if parts.count >= 2 {
            return BibName(family: TeXText.plain(parts[0]), given: TeXText.plain(parts[parts.count - 1]))
        }
        guard words.count > 1 else { return BibName(family: TeXText.plain(raw)) }
        let von = words.dropLast().firstIndex { word in
            guard !word.hasPrefix("{") else { return false }
            return TeXText.plain(word).first?.isLowercase ?? false
        }
        let familyStart = von ?? words.count - 1
        return BibName(family: TeXText.plain(words[familyStart...].joined(separator: " ")),
                       given: TeXText.plain(words[..<familyStart].joined(separator: " ")))
    }
}

/// Splitting TeX text into words at the top brace level.
enum BibTeXWords {
    /// The words of `tex` (split at white space outside braces), grouped at each word `separator` accepts.
    static func split(_ tex: String, separator: (String) -> Bool) -> [[String]] {
        var groups: [[String]] = [[]]
        for word in words(tex) {
            if separator(word) { groups.append([]) } else { groups[groups.count - 1].append(word) }
        }
        return groups.filter { !$0.isEmpty }
    }

    /// The words of `tex`, split at white space outside braces.
    static func words(_ tex: String) -> [String] {
        var words: [String] = [], current = ""
        var depth = 0
        for character in tex {
            if character == "{" { depth += 1 }
            if character == "}" { depth = max(0, depth - 1) }
            if depth == 0, character.isWhitespace {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `tex` split at commas outside braces, each part trimmed.
    static func splitCommas(_ tex: String) -> [String] {
        var parts: [String] = [], current = ""
        var depth = 0
        for character in tex {
            if character == "{" { depth += 1 }
            if character == "}" { depth = max(0, depth - 1) }
            if depth == 0, character == "," {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current.trimmingCharacters(in: .whitespaces))
        return parts
    }
}
