/// An error in a formula: bad TeX, a formula that cannot be compiled, or an evaluation that failed at a point.
///
/// Positions are inside the TeX string: `offset` is a UTF-8 byte offset (0-based), `line` and `column`
/// count from 1, columns in UTF-8 bytes. The caller shifts them to document positions.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What stage produced the error.
    public enum Kind: String, Sendable {
        /// The TeX is malformed or uses something the renderer does not support.
        case syntax
        /// Valid TeX that cannot be turned into an executable objective.
        case compile
        /// Evaluating at a point failed (division by zero, log of a non-positive number, …).
        case evaluation
    }

    /// What stage produced the error.
    public var kind: Kind
    /// One-line, lower-case message without trailing period.
    public var message: String
    /// Optional extra help, e.g. a did-you-mean suggestion.
    public var hint: String?
    /// UTF-8 byte offset of the problem in the TeX string.
    public var offset: Int
    /// 1-based line of the problem within the TeX string.
    public var line: Int
    /// 1-based column (UTF-8 bytes) of the problem within its line.
    public var column: Int

    /// Creates an error at `offset` in `tex`, computing line and column from the offset.
    public init(_ kind: Kind = .syntax, _ message: String, at offset: Int, in tex: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
        let bytes = Array(tex.utf8)
        let clamped = max(0, min(offset, bytes.count))
        self.offset = clamped
        var line = 1
        var lineStart = 0
        for index in 0..<clamped where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        self.line = line
        self.column = clamped - lineStart + 1
    }

    /// `line:column: message`, then `hint: …` when there is a hint.
    public var description: String {
        let head = "\(line):\(column): \(message)"
        guard let hint else { return head }
        return head + " (hint: \(hint))"
    }
}
