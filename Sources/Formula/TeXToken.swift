/// One lexical unit of TeX math source, with its UTF-8 byte span in the TeX string.
struct TeXToken: Equatable {
    /// What the token is.
    enum Kind: Equatable {
        /// `\name` (letters) or a control symbol such as `\,` or `\{` (name without the backslash).
        case command(String)
        /// Any other single character (letters, digits, operators, Unicode symbols).
        case character(Character)
        /// `{`
        case open
        /// `}`
        case close
        /// `^`
        case superscript
        /// `_`
        case `subscript`
        /// `&`
        case alignment
        /// A run of whitespace (kept for `\text`).
        case space
    }

    /// What the token is.
    var kind: Kind
    /// UTF-8 byte offset of the first byte.
    var offset: Int
    /// UTF-8 byte offset just past the token.
    var end: Int
}
