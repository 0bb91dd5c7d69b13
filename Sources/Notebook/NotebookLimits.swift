/// Hard limits on what one notebook may hold, so that no input makes nbrun work for long before saying no.
///
/// Each is far above what a course notebook needs (the committed ones are under 20 KB, 60 cells, 400 math spans),
/// high enough for a 4 MB prose notebook (rendered in about two seconds: the work grows linearly), and is checked
/// before any cell runs; exceeding one is an unreadable notebook (exit status 2, nothing written).
public enum NotebookLimits {
    /// Largest notebook file, in bytes (checked before decoding).
    public static let maxBytes = 8 << 20
    /// Most cells (prose runs, fences and config blocks together).
    public static let maxCells = 40_000
    /// Most math spans (`$…$` and `$$…$$`) in the prose.
    public static let maxMathSpans = 40_000
    /// Deepest nesting of Markdown elements, counted together: block quotes, lists, `<details>` sections,
    /// emphasis, strong emphasis, links and images. Real writing stays under ten; the bound keeps every
    /// recursive pass over the document tree within a small, fixed stack (a worker thread's included).
    public static let maxNesting = 100

    /// The error for Markdown whose first element past `maxNesting` starts at `location`.
    static func nestingTooDeep(at location: SourceLocation, path: String) -> Diagnostic {
        Diagnostic(.error, "Markdown nesting is deeper than \(maxNesting) levels", at: location, file: path,
                   hint: "block quotes, lists, <details> sections, emphasis, links and images inside one another count together")
    }

    /// The error for a file of `count` bytes over the size limit, else nil.
    static func checkSize(_ count: Int, path: String) -> Diagnostic? {
        guard count > maxBytes else { return nil }
        return Diagnostic(.error, "notebook is \(count) bytes; at most \(maxBytes) (8 MiB) are allowed",
                          at: SourceLocation(line: 1, column: 1), file: path,
                          hint: "split it into several notebooks in one folder (nbrun renders a folder with an index)")
    }

    /// The error for the first cell or math span over its limit, located there, else nil.
    static func check(_ cells: [Cell], path: String) -> Diagnostic? {
        if cells.count > maxCells {
            return Diagnostic(.error, "notebook has \(cells.count) cells; at most \(maxCells) are allowed",
                              at: cells[maxCells].location, file: path, hint: "split it into several notebooks")
        }
        var spans = 0
        for cell in cells {
            guard case let .prose(blocks, _) = cell.kind else { continue }
            for block in blocks {
                var over: SourceLocation?
                block.forEachInline { inline in
                    guard case .math = inline.kind else { return }
                    spans += 1
                    if spans == maxMathSpans + 1 { over = inline.range.start }
                }
                if let over {
                    return Diagnostic(.error, "notebook has more than \(maxMathSpans) math spans", at: over, file: path,
                                      hint: "split it into several notebooks")
                }
            }
        }
        return nil
    }
}
