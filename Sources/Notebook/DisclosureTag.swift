/// The raw HTML of a collapsed section that safe mode keeps: `<details>` or `<details open>`, optionally followed
/// by `<summary>plain text</summary>` in the same HTML block, or `</details>`. Nothing else: no attributes, no
/// markup inside the summary.
enum DisclosureTag: Equatable {
    /// `<details>` (`open` for `<details open>`), with its summary text if the block had one.
    case opening(summary: String?, open: Bool)
    /// `</details>`.
    case closing

    /// Recognizes `literal` (an HTML block's text, whitespace around lines ignored), or nil.
    init?(_ literal: String) {
        let lines = literal.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var text = lines.joined()
        if text == "</details>" { self = .closing; return }
        let open: Bool
        if text.hasPrefix("<details>") {
            open = false
            text.removeFirst("<details>".count)
        } else if text.hasPrefix("<details open>") {
            open = true
            text.removeFirst("<details open>".count)
        } else {
            return nil
        }
        if text.isEmpty { self = .opening(summary: nil, open: open); return }
        guard text.hasPrefix("<summary>"), text.hasSuffix("</summary>") else { return nil }
        let summary = text.dropFirst("<summary>".count).dropLast("</summary>".count)
        guard !summary.contains("<"), !summary.contains(">"), !summary.contains("&") else { return nil }
        self = .opening(summary: String(summary), open: open)
    }
}
