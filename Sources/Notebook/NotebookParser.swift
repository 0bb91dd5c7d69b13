import Foundation

/// Parses a notebook: strict UTF-8, front matter, then one cmark pass (`CommonMarkConverter`) into the
/// document tree, grouped into cells.
public enum NotebookParser {
    /// Parses `bytes` (the file's content) as a notebook named `path` in diagnostics.
    ///
    /// - Parameter unsafeHTML: keep raw HTML as HTML; by default it is shown escaped, as text.
    /// - Throws: `Diagnostic` for invalid UTF-8, an empty file or unclosed front matter.
    public static func parse(bytes: [UInt8], path: String, unsafeHTML: Bool = false) throws -> Notebook {
        let text = try decodeUTF8(bytes, path: path)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw Diagnostic(.error, "notebook is empty", at: SourceLocation(line: 1, column: 1), file: path,
                             hint: "write some Markdown, for example a # title and a ```config block")
        }
        let (frontMatter, body) = try FrontMatterSplitter.split(text, path: path)
        let blocks = CommonMarkConverter.convert(body, options: .init(unsafeHTML: unsafeHTML))
        var builder = CellBuilder(source: SourceText(body))
        builder.add(blocks)
        return Notebook(path: path, frontMatter: frontMatter, frontMatterStartLine: 2, cells: builder.cells,
                        headings: builder.headings)
    }

    /// Decodes UTF-8 strictly; the error points at the first invalid byte.
    static func decodeUTF8(_ bytes: [UInt8], path: String) throws -> String {
        var line = 1, lineStart = 0, position = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                position += UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = position }
            case .emptyInput:
                var text = String(scalars)
                if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
                // CommonMark: U+0000 is replaced by U+FFFD, so no byte ends the text early.
                if text.unicodeScalars.contains("\u{0}") {
                    text = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{0}" ? "\u{FFFD}" : $0 }))
                }
                return text.replacingCRLF()
            case .error:
                throw Diagnostic(.error, "file is not valid UTF-8", at: SourceLocation(line: line, column: position - lineStart + 1),
                                 file: path, hint: "save the notebook as UTF-8")
            }
        }
    }
}

extension String {
    /// The string with `\r\n` line ends turned into `\n`.
    func replacingCRLF() -> String {
        guard contains("\r\n") else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
