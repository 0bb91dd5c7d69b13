import Markup

/// The search box at the top of a course page's side bar: hidden until `nbrun-search.js` runs (so a reader without
/// script sees nothing), a labelled search field, a status line that screen readers announce, and the result list.
enum SearchBox {
    /// The box; `prefix` is the path to the course root (`""`, `"../"`), where the index and script are, and
    /// `ids` supplies the field's and list's ids (unique on the page).
    static func node(words: SearchWords, prefix: String, ids: inout PageIDs) -> MarkupNode {
        let field = ids.claim("search-field"), results = ids.claim("search-results")
        return .el("div", [("class", "search"), ("role", "search"), ("hidden", ""),
                           ("data-index", prefix + SearchIndex.fileName), ("data-root", prefix),
                           ("data-none", words.noResults), ("data-one", words.oneResult), ("data-many", words.manyResults),
                           ("data-missing", words.indexMissing)], [
            .el("label", [("class", "visually-hidden"), ("for", field)], [.text(words.label)]),
            .el("input", [("type", "search"), ("id", field), ("placeholder", words.placeholder), ("autocomplete", "off"),
                          ("spellcheck", "false"), ("aria-controls", results)]),
            .el("p", [("class", "search-status"), ("role", "status"), ("aria-live", "polite")]),
            .el("ol", [("class", "search-results"), ("id", results), ("aria-label", words.label)]),
        ])
    }

    /// The `<script>` element that runs the search, for the page's head.
    static func script(prefix: String) -> MarkupNode {
        .el("script", [("src", prefix + SearchScript.fileName), ("defer", "")])
    }
}
