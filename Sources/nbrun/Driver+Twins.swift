import Notebook
import Runner

/// Translations kept honest: every chapter of a language sub-course is compared with its twin in the parent course
/// (`TranslationTwins`) before anything runs, so the warnings come with `--check` too.
extension Driver {
    /// The twin warnings of every translated chapter in `source` and its sub-folders, by notebook path. A sub-folder
    /// is a translation when its language (its `index.md`'s `lang`, else its chapters' common one) differs from its
    /// parent's; a chapter without a twin of the same file name is not compared.
    func twinWarnings(_ source: CourseSource) -> [String: [Diagnostic]] {
        var found: [String: [Diagnostic]] = [:]
        let own = Self.language(of: source)
        for sub in source.subfolders {
            if Self.language(of: sub.source) != own {
                for notebook in sub.source.notebooks {
                    guard let twin = source.notebooks.first(where: { $0.baseName == notebook.baseName }) else { continue }
                    found[notebook.path] = TranslationTwins.compare(translation: notebook, original: twin)
                }
            }
            found.merge(twinWarnings(sub.source)) { first, _ in first }
        }
        return found
    }

    /// A folder's primary language, as the course uses it: the syllabus's `lang`, else the one its chapters share,
    /// else English.
    private static func language(of source: CourseSource) -> String {
        if let index = source.index, let lang = TranslationTwins.language(of: index) { return lang }
        let languages = Set(source.notebooks.map { TranslationTwins.language(of: $0) ?? "en" })
        return languages.count == 1 ? languages.first ?? "en" : "en"
    }
}
