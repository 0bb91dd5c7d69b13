extension ReportStrings {
    /// The search box's and skip link's words in this table's language (English for a language without its own).
    public var search: SearchWords {
        tags.contains("zh") ? .chinese : .english
    }
}
