import Notebook

/// The `src` of each `<img>` tag in raw HTML that an author keeps with `--unsafe-html`, found so that nbrun checks,
/// publishes and embeds those images like Markdown ones, and the renderer can put a `data:` URL in its place.
///
/// A small scanner of HTML's tag syntax, not a parser: `<img` (any case) followed by attributes up to `>`, each
/// `name`, `name=value`, `name="value"` or `name='value'`. A value is taken as written (character references are
/// not decoded); a tag without a `>` is not a tag.
enum RawImageTag {
    /// One `<img>` tag's source.
    struct Source: Equatable {
        /// The `src` value as written.
        var value: String
        /// Where the value stands in the literal (without its quotes).
        var range: Range<String.Index>
        /// Whether the value was quoted (an unquoted one is quoted when replaced).
        var quoted: Bool
        /// The tag's `alt` text as written (empty when it has none).
        var alt: String
        /// Where the tag starts in the literal: 0-based line and UTF-8 byte offset in that line.
        var line: Int
        var byteOffset: Int
    }

    /// Every `<img src>` of `html`, in order.
    static func sources(in html: String) -> [Source] {
        var found: [Source] = []
        var index = html.startIndex
        while let open = html[index...].range(of: "<img", options: .caseInsensitive) {
            index = open.upperBound
            guard index < html.endIndex, html[index].isWhitespace || html[index] == "/" || html[index] == ">" else { continue }
            var tag = Tag(html: html, index: index)
            let attributes = tag.attributes()
            index = tag.index
            guard tag.closed, let src = attributes.first(where: { $0.name == "src" }) else { continue }
            let before = html[..<open.lowerBound]
            let line = before.filter { $0 == "\n" }.count
            let lineStart = before.lastIndex(of: "\n").map { html.index(after: $0) } ?? html.startIndex
            let alt = attributes.first { $0.name == "alt" }.map { String(html[$0.value]) } ?? ""
            found.append(Source(value: String(html[src.value]), range: src.value, quoted: src.quoted, alt: alt, line: line,
                                byteOffset: html[lineStart..<open.lowerBound].utf8.count))
        }
        return found
    }

    /// `html` with the `src` of each `<img>` whose value is a key of `urls` replaced by that URL (made safe for an
    /// attribute by `URLEscaping.href`, and quoted).
    static func replacingSources(in html: String, with urls: [String: String]) -> String {
        guard !urls.isEmpty else { return html }
        var result = "", last = html.startIndex
        for source in sources(in: html) {
            guard let url = urls[source.value] else { continue }
            result += html[last..<source.range.lowerBound]
            let escaped = URLEscaping.href(url)
            result += source.quoted ? escaped : "\"" + escaped + "\""
            last = source.range.upperBound
        }
        return result + html[last...]
    }

    /// Reads the attributes of one tag.
    private struct Tag {
        let html: String
        var index: String.Index
        var closed = false

        mutating func attributes() -> [(name: String, value: Range<String.Index>, quoted: Bool)] {
            var found: [(name: String, value: Range<String.Index>, quoted: Bool)] = []
            while true {
                skip { $0.isWhitespace || $0 == "/" }
                guard index < html.endIndex else { return found }
                if html[index] == ">" {
                    closed = true
                    index = html.index(after: index)
                    return found
                }
                let name = take { !$0.isWhitespace && $0 != "/" && $0 != ">" && $0 != "=" }.lowercased()
                skip { $0.isWhitespace }
                guard index < html.endIndex, html[index] == "=" else {
                    found.append((name, index..<index, false))
                    continue
                }
                index = html.index(after: index)
                skip { $0.isWhitespace }
                guard index < html.endIndex else { return found }
                let quote = html[index]
                if quote == "\"" || quote == "'" {
                    let start = html.index(after: index)
                    guard let end = html[start...].firstIndex(of: quote) else { index = html.endIndex; return found }
                    found.append((name, start..<end, true))
                    index = html.index(after: end)
                } else if quote == ">" {
                    found.append((name, index..<index, false))
                } else {
                    let start = index
                    _ = take { !$0.isWhitespace && $0 != ">" }
                    found.append((name, start..<index, false))
                }
            }
        }

        private mutating func skip(_ matches: (Character) -> Bool) {
            while index < html.endIndex, matches(html[index]) { index = html.index(after: index) }
        }

        private mutating func take(_ matches: (Character) -> Bool) -> Substring {
            let start = index
            skip(matches)
            if start == index, index < html.endIndex { index = html.index(after: index) }
            return html[start..<index]
        }
    }
}
