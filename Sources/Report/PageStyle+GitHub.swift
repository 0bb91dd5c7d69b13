import Notebook
import Results

/// The rules for GitHub's constructs (tables, task lists, strikethrough, callouts, footnotes), added to a page only
/// when its prose uses one, so every other page keeps its stylesheet byte for byte.
extension PageStyle {
    /// Tables scroll sideways in their wrapper rather than squeeze their cells on a phone, and align as their
    /// delimiter row says (unaligned: left); callout
    /// colours keep a contrast of at least 4.5:1 on the page and panel backgrounds in light and dark mode and
    /// on paper.
    static let githubCSS = """
    .table-scroll{max-width:100%;overflow-x:auto;margin:.75rem 0}
    .table-scroll>table{margin:0;font-size:.92rem}
    .table-scroll th,.table-scroll td{text-align:left;vertical-align:top}
    .table-scroll th{color:var(--fg);border-bottom:2px solid var(--border)}
    .table-scroll [align=center]{text-align:center}.table-scroll [align=right]{text-align:right}
    @media (max-width:600px){.table-scroll th,.table-scroll td{min-width:6.5rem}}
    del{color:var(--muted)}
    li>input[type=checkbox]:first-child{margin:0 .4em 0 0;vertical-align:-.1em}ul>li>input[type=checkbox]:first-child{margin-left:-1.35em}
    li>input[type=checkbox]:first-child+p{display:inline}
    ul>li:has(>input[type=checkbox]:first-child){list-style:none}
    .callout{--callout:#0b6bcb;margin:1.2rem 0;padding:.4rem 1rem .5rem;border-left:4px solid var(--callout);background:var(--panel);border-radius:0 6px 6px 0}
    .callout-title{display:flex;align-items:center;gap:.45rem;margin:.3rem 0;font-weight:600;color:var(--callout)}
    .callout-icon{flex:none}.callout>:last-child{margin-bottom:.3rem}
    .callout-tip{--callout:#1a7f37}.callout-important{--callout:#7a4fc9}.callout-warning{--callout:#8a5c00}.callout-caution{--callout:#c62828}
    @media (prefers-color-scheme:dark){.callout-note{--callout:#6cb6ff}.callout-tip{--callout:#57c46b}.callout-important{--callout:#b89cff}
    .callout-warning{--callout:#e3b341}.callout-caution{--callout:#ff7b72}}
    section.footnotes{margin-top:2.5rem;border-top:1px solid var(--border);padding-top:.5rem;font-size:.88rem}
    sup.footnote-ref>a,a.footnote-backref{text-decoration:none}
    @media print{.callout{break-inside:avoid;background:none;border:1px solid var(--callout);border-left-width:4px}
    .callout-note{--callout:#0b6bcb}.callout-tip{--callout:#1a7f37}.callout-important{--callout:#7a4fc9}.callout-warning{--callout:#8a5c00}
    .callout-caution{--callout:#c62828}.table-scroll{overflow:visible}}
    """

    /// Whether the prose of `result` holds a table, a task list, strikethrough, a callout or footnotes.
    static func usesGitHubMarkdown(_ result: NotebookResult?) -> Bool {
        result?.cells.contains { cell in
            guard case let .prose(blocks, _, _, _) = cell else { return false }
            return blocks.contains(where: usesGitHubMarkdown)
        } ?? false
    }

    private static func usesGitHubMarkdown(_ block: Block) -> Bool {
        switch block.kind {
        case .table, .callout, .footnotes: return true
        case let .list(style, items): if !style.tasks.isEmpty || items.joined().contains(where: usesGitHubMarkdown) { return true }
        case let .blockQuote(blocks), let .details(_, _, blocks): if blocks.contains(where: usesGitHubMarkdown) { return true }
        default: break
        }
        var struck = false
        block.forEachInline { inline in
            if case .strikethrough = inline.kind { struck = true }
        }
        return struck
    }
}
