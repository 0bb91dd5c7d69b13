import CCmark

/// What cmark-gfm decided about the footnotes of one document, read once before the tree is copied: each
/// reference's definition and occurrence, and how many references each definition has. cmark-gfm numbers the
/// definitions by first reference and moves them, in that order, to the end of the document; a reference's
/// literal is its definition's number. A definition's label is read from the source: libcmark-gfm 0.29.0.gfm.6
/// keeps it in a field its API does not give, and places the definition just past its `[^label]:`.
struct FootnoteIndex {
    private var references: [OpaquePointer: FootnoteReference] = [:]
    private var counts: [Int: Int] = [:]

    /// The index of `document`, parsed from `source`.
    init(_ document: OpaquePointer, source: SourceText) {
        var labels: [String] = []
        var found: [(node: OpaquePointer, number: Int)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_FOOTNOTE_DEFINITION: labels.append(Self.label(of: node, in: source))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                if let number = Int(literal) { found.append((node, number)) }
            default: break
            }
        }
        for (node, number) in found where number >= 1 && number <= labels.count {
            counts[number, default: 0] += 1
            references[node] = FootnoteReference(label: labels[number - 1], number: number, occurrence: counts[number] ?? 1)
        }
    }

    /// The label of a definition: what stands between `[^` and `]:` just before where cmark places it.
    static func label(of definition: OpaquePointer, in source: SourceText) -> String {
        let line = Int(cmark_node_get_start_line(definition))
        guard let offset = source.offset(line: line, column: Int(cmark_node_get_start_column(definition))) else { return "" }
        var before = source.bytes[source.lineRange(line).lowerBound..<offset]
        while let last = before.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { before.removeLast() }
        guard before.count >= 4, before.suffix(2).elementsEqual("]:".utf8) else { return "" }
        let inside = before.dropLast(2)
        guard let open = inside.indices.reversed().first(where: { inside[$0] == UInt8(ascii: "[") && $0 + 1 < inside.endIndex && inside[$0 + 1] == UInt8(ascii: "^") }) else { return "" }
        return String(decoding: inside[(open + 2)...], as: UTF8.self)
    }

    /// The reference a `CMARK_NODE_FOOTNOTE_REFERENCE` node is.
    func reference(_ node: OpaquePointer) -> FootnoteReference? { references[node] }

    /// How many references point to definition `number`.
    func referenceCount(_ number: Int) -> Int { counts[number] ?? 0 }
}
