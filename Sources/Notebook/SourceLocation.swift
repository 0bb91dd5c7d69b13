/// A position in a notebook file. Lines and columns count from 1; columns are UTF-8 byte offsets + 1.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in UTF-8 bytes.
    public var column: Int

    /// Creates a location at `line`:`column` (both 1-based).
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Orders by line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

/// A half-open span of a notebook file.
public struct SourceRange: Hashable, Sendable {
    /// First position inside the range.
    public var start: SourceLocation
    /// Position just past the range (may equal `start` for a point).
    public var end: SourceLocation

    /// Creates a range from `start` to `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// A zero-width range at `location`.
    public init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }
}
