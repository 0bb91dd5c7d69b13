/// The notebook body as UTF-8 bytes with line starts, for slicing by line and byte column.
struct SourceText {
    /// The whole text.
    let bytes: [UInt8]
    /// Byte offset of the first byte of each line; line n (1-based) starts at `lineStarts[n - 1]`.
    let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    /// Number of lines.
    var lineCount: Int { lineStarts.count }

    /// Byte range of line `line` (1-based), without its newline; empty past the end.
    func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        return start..<max(start, end)
    }

    /// Byte offset of `line`:`column` (1-based, column in bytes), or nil when it lies outside the line.
    func offset(line: Int, column: Int) -> Int? {
        let range = lineRange(line)
        guard column >= 1, range.lowerBound + column - 1 <= range.upperBound else { return nil }
        return range.lowerBound + column - 1
    }

    /// Byte offset of `line`:`column`, a column past the end of the line taken as the line's end (cmark places the
    /// end of some inlines past it); nil for a line that does not exist or a column below 1.
    func clampedOffset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let range = lineRange(line)
        return min(range.lowerBound + column - 1, range.upperBound)
    }

    /// The location of byte `offset`.
    func location(of offset: Int) -> SourceLocation {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// Byte offset just past the `quoteDepth` block-quote markers (`>` with up to three spaces before and one
    /// space or tab after) that start `line`; fewer when the line has fewer (a lazy continuation line).
    func quoteMarkersEnd(line: Int, quoteDepth: Int) -> Int {
        let range = lineRange(line)
        var index = range.lowerBound
        for _ in 0..<quoteDepth {
            var probe = index
            while probe < range.upperBound, probe - index < 3, bytes[probe] == UInt8(ascii: " ") { probe += 1 }
            guard probe < range.upperBound, bytes[probe] == UInt8(ascii: ">") else { break }
            index = probe + 1
            if index < range.upperBound, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        }
        return index
    }

    /// Byte column (1-based) where the content of `line` starts inside `quoteDepth` block quotes: past the
    /// quote markers and then all spaces and tabs.
    func contentColumn(line: Int, quoteDepth: Int) -> Int {
        let range = lineRange(line)
        var index = quoteMarkersEnd(line: line, quoteDepth: quoteDepth)
        while index < range.upperBound, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        return index - range.lowerBound + 1
    }

    /// The text of bytes `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
