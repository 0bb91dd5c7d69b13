/// The words of the course search box and the skip link, in one language.
public struct SearchWords: Sendable {
    /// The skip link, the first thing a keyboard reaches: "Skip to content".
    public var skipToContent: String
    /// The search field's label and its placeholder.
    public var label, placeholder: String
    /// The result count read out after each query: none, one, and `{n}` results.
    public var noResults, oneResult, manyResults: String
    /// Shown when the index file cannot be loaded.
    public var indexMissing: String

    /// English.
    public static let english = SearchWords(
        skipToContent: "Skip to content", label: "Search", placeholder: "Search the course",
        noResults: "No results", oneResult: "1 result", manyResults: "{n} results",
        indexMissing: "The search index (search-index.js) could not be loaded.")

    /// Chinese.
    public static let chinese = SearchWords(
        skipToContent: "跳到正文", label: "搜索", placeholder: "搜索课程",
        noResults: "没有结果", oneResult: "1 条结果", manyResults: "{n} 条结果",
        indexMissing: "无法加载搜索索引（search-index.js）。")

    /// A language's own name for itself (`zh-CN` → 中文), shown beside results from another language's pages;
    /// the tag itself for a language not listed.
    public static func languageName(_ tag: String) -> String {
        let names = ["en": "English", "zh": "中文", "ja": "日本語", "ko": "한국어", "de": "Deutsch", "fr": "Français",
                     "es": "Español", "it": "Italiano", "pt": "Português", "ru": "Русский"]
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? tag
        return names[primary] ?? tag
    }
}
