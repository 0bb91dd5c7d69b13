import Foundation

/// Parses a notebook: strict UTF-8, front matter, then one cmark pass (`CommonMarkConverter`) into the
/// document tree, grouped into cells.
public enum NotebookParser {
    /// Parses `bytes` (the file's content) as a notebook named `path` in diagnostics.
    ///
    /// - Parameter unsafeHTML: keep raw HTML as HTML; by default it is shown escaped, as text.
    /// - Throws: `Diagnostic` for invalid UTF-8, an empty file, unclosed front matter, or a notebook over one of
    ///   the `NotebookLimits` (Markdown nested too deeply among them).
    public static func parse(bytes: [UInt8], path: String, unsafeHTML: Bool = false) throws -> Notebook {
        if let tooLarge = NotebookLimits.checkSize(bytes.count, path: path) { throw tooLarge }
        let text = try decodeUTF8(bytes, path: path)
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw Diagnostic(.error, "notebook is empty", at: SourceLocation(line: 1, column: 1), file: path,
                             hint: "write some Markdown, for example a # title and a ```config block")
        }
        let (frontMatter, body) = try FrontMatterSplitter.split(text, path: path)
        let blocks: [Block]
        do {
            blocks = try CommonMarkConverter.convert(body, options: .init(unsafeHTML: unsafeHTML))
        } catch {
            throw NotebookLimits.nestingTooDeep(at: error.location, path: path)
        }
        let source = SourceText(body)
        var builder = CellBuilder(source: source)
        builder.add(ReferenceFinder(source: source).rewrite(blocks))
        if let overLimit = NotebookLimits.check(builder.cells, path: path) { throw overLimit }
        var notebook = Notebook(path: path, frontMatter: frontMatter, frontMatterStartLine: 2, cells: builder.cells,
                                headings: builder.headings)
        notebook.warnings = CalloutMarker.warnings(in: blocks, source: SourceText(body), path: path)
        return notebook
    }

    /// Decodes UTF-8 strictly (the error points at the first invalid byte), drops a byte-order mark, turns
    /// `\r\n` into `\n` and U+0000 into U+FFFD (as CommonMark asks, so no byte ends the text early).
    static func decodeUTF8(_ bytes: [UInt8], path: String) throws -> String {
        guard let text = String(validating: normalized(bytes), as: UTF8.self) else { throw invalidUTF8(bytes, path: path) }
        return text
    }

    /// The bytes without a leading byte-order mark, with CRLF as LF and NUL as the UTF-8 of U+FFFD.
    private static func normalized(_ bytes: [UInt8]) -> [UInt8] {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard bytes[start...].contains(where: { $0 == 0 || $0 == 0x0D }) else { return start == 0 ? bytes : Array(bytes[start...]) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 {
                result += [0xEF, 0xBF, 0xBD]
            } else if byte != 0x0D || index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// The located error for the first invalid byte.
    private static func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic {
        var line = 1, lineStart = 0, position = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                position += UTF8.width(scalar)
                if scalar == "\n" { line += 1; lineStart = position }
            case .emptyInput, .error:
                break loop
            }
        }
        return Diagnostic(.error, "file is not valid UTF-8", at: SourceLocation(line: line, column: position - lineStart + 1),
                          file: path, hint: "save the notebook as UTF-8")
    }
}
