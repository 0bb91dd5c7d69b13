/// The token structure of Python source, for tests and fuzz targets that put text into generated code: what
/// Python would execute, with the contents of names, numbers, strings and comments left out. Text that was escaped
/// right leaves the shape of a benign twin's program unchanged; text that ends a comment or a string early adds
/// tokens, or leaves a string unterminated.
public enum PythonShape {
    /// Source Python would reject, or that a viewer would break differently from Python.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// The physical line (from 1).
        public var line: Int
        /// `line N: message`.
        public var description: String { "line \(line): \(message)" }
    }

    /// The tokens of `source`: keywords as themselves, other names `name`, numbers `number`, strings `string`,
    /// operators and brackets as themselves, and `⏎` at the end of each logical line (blank lines, comment lines and
    /// line breaks inside brackets add none).
    ///
    /// - Throws: `Failure` for NUL, a line or paragraph separator outside a string or comment, or an unterminated string.
    public static func tokens(of source: String) throws -> [String] {
        var lexer = Lexer(scalars: Array(source.unicodeScalars))
        return try lexer.run()
    }

    /// Python 3's keywords.
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]
}
