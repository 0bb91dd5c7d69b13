extension PythonSource {
    /// A Python identifier for `name`: ASCII letters, digits and underscores kept, every other character an
    /// underscore, an underscore in front of a leading digit (or of nothing), and a trailing underscore when the
    /// result is a keyword or one of `reserved` (names the surrounding code already uses, such as `torch`).
    /// Different names can give the same identifier (`a-b`, `a.b`); callers that bind several names in one scope
    /// check for that.
    public static func identifier(_ name: String, reserved: Set<String> = []) -> String {
        var text = ""
        for scalar in name.unicodeScalars {
            let kept = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            text.unicodeScalars.append(kept ? scalar : "_")
        }
        if text.first.map({ $0.isNumber }) ?? true { text = "_" + text }
        return keywords.contains(text) || reserved.contains(text) ? text + "_" : text
    }

    /// Python 3's keywords (`keyword.kwlist`); the soft keywords (`match`, `case`, `type`, `_`) are valid names.
    public static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
}
