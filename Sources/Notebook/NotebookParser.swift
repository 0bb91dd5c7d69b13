import CCmark
import Foundation

/// Parses a notebook with libcmark. The only file that touches C: every cmark object is created and freed
/// inside `parse`, and only Swift values leave it.
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
        let scanner = MathScanner(body, codeLines: codeBlockLines(body))
        let transformed = String(decoding: scanner.output, as: UTF8.self)
        var builder = CellBuilder(text: transformed, lineMap: scanner.lineMap, spans: scanner.spans, unsafeHTML: unsafeHTML)
        withDocument(transformed) { document in builder.walk(document) }
        return Notebook(path: path, frontMatter: frontMatter, frontMatterStartLine: 2, cells: builder.cells,
                        mathSpans: scanner.spans, headings: builder.headings)
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
                return text.replacingCRLF()
            case .error:
                throw Diagnostic(.error, "file is not valid UTF-8", at: SourceLocation(line: line, column: position - lineStart + 1),
                                 file: path, hint: "save the notebook as UTF-8")
            }
        }
    }

    /// Parses `text` with cmark and hands the document to `body`; frees the tree afterwards.
    static func withDocument(_ text: String, _ body: (OpaquePointer) -> Void) {
        let options = CMARK_OPT_DEFAULT
        let document: OpaquePointer? = text.withCString { cmark_parse_document($0, strlen($0), options) }
        guard let document else { return }
        defer { cmark_node_free(document) }
        body(document)
    }

    /// 1-based lines that lie inside code blocks or HTML blocks (math is not looked for there).
    static func codeBlockLines(_ text: String) -> Set<Int> {
        var lines = Set<Int>()
        withDocument(text) { document in
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK {
                    let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
                    if first > 0, last >= first { lines.formUnion(first...last) }
                }
            }
        }
        return lines
    }
}

extension String {
    /// The string with `\r\n` line ends turned into `\n`.
    func replacingCRLF() -> String {
        guard contains("\r\n") else { return self }
        return split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
