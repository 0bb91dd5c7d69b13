/// A citation of entries of the course's `references.bib`, in Pandoc's syntax: `[@key]`, `[@a; @b]` and
/// `[@key, p. 12]` in parentheses, or `@key` in the text ("Kingma and Ba (2015)").
public struct Citation: Hashable, Sendable {
    /// One cited entry: its key, an optional locator (`p. 12`, `ch. 3`) and where its `@` stands.
    public struct Item: Hashable, Sendable {
        /// The BibTeX key.
        public var key: String
        /// What follows the key's comma, trimmed (`p. 12`), if anything.
        public var locator: String?
        /// Where the `@` of the key stands in the notebook file.
        public var location: SourceLocation

        /// Creates an item.
        public init(key: String, locator: String? = nil, location: SourceLocation) {
            self.key = key
            self.locator = locator
            self.location = location
        }
    }

    /// The cited entries, in the order written.
    public var items: [Item]
    /// `@key` in the running text (author, then year in parentheses) rather than `[@key]` (all in parentheses).
    public var inText: Bool
    /// The citation as written, shown as is when an in-text `@word` names no entry (it is then plain text).
    public var literal: String

    /// Creates a citation.
    public init(items: [Item], inText: Bool, literal: String) {
        self.items = items
        self.inText = inText
        self.literal = literal
    }

    /// The start of a citation key at the start of `text` (Pandoc's rule): a letter, digit or `_`, then letters,
    /// digits and the internal punctuation `_:.#$%&-+?<>~/`, never ending in punctuation other than `_`.
    public static func key(prefixing text: Substring) -> Substring? {
        guard let first = text.first, first.isLetter || first.isNumber || first == "_" else { return nil }
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let isWord = character.isLetter || character.isNumber || character == "_"
            guard isWord || "_:.#$%&-+?<>~/".contains(character) else { break }
            index = text.index(after: index)
            if isWord { end = index }
        }
        return text[text.startIndex..<end]
    }
}
