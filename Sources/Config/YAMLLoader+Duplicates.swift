import Notebook
import Yams

extension YAMLLoader {
    /// Locates the second occurrence of a duplicated key. Yams reports the first one (its mark), so the text after
    /// it is searched: in a block mapping, the next line whose key starts in the same column; in a flow mapping,
    /// the next `key:` after a `{`, `,` or blank. Falls back to the first occurrence.
    func duplicateLocation(of key: String, first mark: Mark) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let row = mark.line - 1, column = mark.column - 1
        guard row >= 0, row < lines.count, column >= 0, column <= lines[row].count else {
            return location(line: mark.line, scalarColumn: mark.column)
        }
        let keyScalars = Array(key.unicodeScalars)
        let block = lines[row][..<column].allSatisfy { $0 == " " || $0 == "-" }
        for index in row..<lines.count {
            let line = lines[index]
            let start = index == row ? column + 1 : 0
            guard start <= line.count else { continue }
            let candidates = block ? (index > row && column < line.count ? column..<(column + 1) : 0..<0)
                                   : start..<max(start, line.count)
            for offset in candidates {
                if block && !line[..<offset].allSatisfy({ $0 == " " }) { continue }
                if !block && !(offset == 0 || " \t{,".unicodeScalars.contains(line[offset - 1])) { continue }
                if keyStarts(keyScalars, in: line, at: offset) {
                    return location(line: index + 1, scalarColumn: offset + 1)
                }
            }
        }
        return location(line: mark.line, scalarColumn: mark.column)
    }

    /// Whether `line` holds `key` (plain or quoted) at `offset`, followed by optional blanks and a colon.
    private func keyStarts(_ key: [Unicode.Scalar], in line: [Unicode.Scalar], at offset: Int) -> Bool {
        var position = offset
        let quote = line[position] == "\"" || line[position] == "'" ? line[position] : nil
        if quote != nil { position += 1 }
        guard position + key.count <= line.count, Array(line[position..<(position + key.count)]) == key else { return false }
        position += key.count
        if let quote {
            guard position < line.count, line[position] == quote else { return false }
            position += 1
        }
        while position < line.count, line[position] == " " { position += 1 }
        return position < line.count && line[position] == ":"
    }
}
