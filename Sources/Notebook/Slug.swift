/// Heading anchors: lower-case letters and digits joined by hyphens (non-ASCII letters kept).
public enum Slug {
    /// The slug of `text`, or `section` when nothing is left.
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                if character.isASCII || character.isLetter || character.isNumber { slug.append(character) }
            } else if character == " " || character == "-" || character == "_" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
