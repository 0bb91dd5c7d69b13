import CCmark
import Foundation

/// Walks the top-level blocks of a cmark document and groups them into cells.
struct CellBuilder {
    private(set) var cells: [Cell] = []
    private(set) var headings: [Heading] = []
    private let lineMap: [Int]
    private let lines: [Substring]
    private let spans: [MathSpan]
    private let unsafeHTML: Bool
    private var proseHTML = ""
    private var proseStart: SourceLocation?
    private var usedIDs: [String: Int] = [:]

    init(text: String, lineMap: [Int], spans: [MathSpan], unsafeHTML: Bool) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        self.lineMap = lineMap
        self.spans = spans
        self.unsafeHTML = unsafeHTML
    }

    /// Document line of a line in the transformed text.
    private func documentLine(_ line: Int32) -> Int {
        let index = Int(line) - 1
        return index >= 0 && index < lineMap.count ? lineMap[index] : Int(line)
    }

    mutating func walk(_ document: OpaquePointer) {
        if !unsafeHTML { escapeRawHTML(document) }
        var node = cmark_node_first_child(document)
        while let current = node {
            node = cmark_node_next(current)
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_CODE_BLOCK, let info = fenceInfo(current) {
                flushProse()
                appendFenced(current, info: info)
            } else {
                appendProse(current, isHeading: type == CMARK_NODE_HEADING)
            }
        }
        flushProse()
    }

    /// The info string of a fenced code block, or nil for an indented one.
    private func fenceInfo(_ node: OpaquePointer) -> String? {
        let index = Int(cmark_node_get_start_line(node)) - 1
        guard index >= 0, index < lines.count else { return nil }
        let opening = lines[index].drop(while: { $0 == " " || $0 == ">" || $0 == "\t" })
        guard opening.hasPrefix("```") || opening.hasPrefix("~~~") else { return nil }
        return cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
    }

    private mutating func appendFenced(_ node: OpaquePointer, info: String) {
        let words = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let language = words.first ?? ""
        let name = words.count > 1 ? words[1] : nil
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        let line = documentLine(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        let kind: Cell.Kind
        switch language {
        case "config": kind = .config(yaml: literal)
        case "formula": kind = .formula(tex: literal)
        default: kind = .code(language: language, source: literal)
        }
        let start = SourceLocation(line: line, column: column)
        let content = SourceLocation(line: line + 1, column: column)
        cells.append(Cell(number: cells.count + 1, kind: kind, name: name, location: start,
                          contentStart: content, contentIndent: column - 1))
    }

    private mutating func appendProse(_ node: OpaquePointer, isHeading: Bool) {
        if proseStart == nil {
            proseStart = SourceLocation(line: documentLine(cmark_node_get_start_line(node)),
                                        column: Int(cmark_node_get_start_column(node)))
        }
        var html = render(node)
        if isHeading { html = anchorHeading(node, html: html) }
        proseHTML += html
    }

    private mutating func flushProse() {
        guard let start = proseStart else { return }
        cells.append(Cell(number: cells.count + 1, kind: .prose(html: proseHTML), location: start, contentStart: start))
        proseHTML = ""
        proseStart = nil
    }

    private func render(_ node: OpaquePointer) -> String {
        let options = unsafeHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        guard let html = cmark_render_html(node, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Gives a heading a unique id and a self-link; records it for the table of contents.
    private mutating func anchorHeading(_ node: OpaquePointer, html: String) -> String {
        let level = Int(cmark_node_get_heading_level(node))
        let text = plainText(node)
        let id = uniqueID(Slug.make(text))
        headings.append(Heading(level: level, text: text, id: id))
        let open = "<h\(level)>"
        guard html.hasPrefix(open) else { return html }
        return "<h\(level) id=\"\(id)\">" + html.dropFirst(open.count).replacingOccurrences(
            of: "</h\(level)>", with: "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"link to this section\">#</a></h\(level)>")
    }

    private mutating func uniqueID(_ base: String) -> String {
        let count = usedIDs[base, default: 0]
        usedIDs[base] = count + 1
        return count == 0 ? base : "\(base)-\(count + 1)"
    }

    /// Text content of a node, with math placeholders turned back into their TeX.
    private func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let child = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        for span in spans where text.contains(span.placeholder) {
            text = text.replacingOccurrences(of: span.placeholder, with: span.tex)
        }
        return text
    }

    /// Replaces raw HTML nodes by text nodes (shown escaped) and an HTML block by a paragraph of text.
    private func escapeRawHTML(_ document: OpaquePointer) {
        var found: [OpaquePointer] = []
        if let iterator = cmark_iter_new(document) {
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator), cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { found.append(node) }
            }
            cmark_iter_free(iterator)
        }
        for node in found { replaceWithText(node) }
    }

    private func replaceWithText(_ node: OpaquePointer) {
        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        if cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK {
            guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH) else { cmark_node_free(text); return }
            var trimmed = literal
            while trimmed.hasSuffix("\n") { trimmed.removeLast() }
            cmark_node_set_literal(text, trimmed)
            cmark_node_append_child(paragraph, text)
            cmark_node_replace(node, paragraph)
        } else {
            cmark_node_set_literal(text, literal)
            cmark_node_replace(node, text)
        }
        cmark_node_free(node)
    }
}
