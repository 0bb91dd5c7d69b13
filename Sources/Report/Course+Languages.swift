import Results

/// Language sub-courses: a sub-folder whose `lang` differs from its parent's (`notebooks/zh/` with `lang: zh-CN`)
/// is a translation. Each chapter links to the chapter of the same file name in every other language (or, without
/// one, to that language's landing page), with `hreflang`, and the landing pages link to each other.
extension Course {
    /// `lang`'s primary subtag, lower-case: `zh-CN` → `zh`.
    static func primaryLanguage(_ lang: String) -> String {
        String(lang.lowercased().prefix { $0 != "-" })
    }

    /// Links this course and its language sub-courses to one another (sub-courses in the same language are left
    /// alone: they are parts of the site, not translations).
    public mutating func linkTranslations() {
        let own = Self.primaryLanguage(lang)
        let members = subcourses.indices.filter { Self.primaryLanguage(subcourses[$0].course.lang) != own }
        guard !members.isEmpty else { return }
        let names = { (course: Course) in Set(course.chapters.map(\.name)) }
        translations = members.map { Translation(lang: subcourses[$0].course.lang, prefix: subcourses[$0].folder + "/",
                                                 chapters: names(subcourses[$0].course)) }
        for index in members {
            var others = [Translation(lang: lang, prefix: "../", chapters: names(self))]
            for other in members where other != index {
                others.append(Translation(lang: subcourses[other].course.lang, prefix: "../" + subcourses[other].folder + "/",
                                          chapters: names(subcourses[other].course)))
            }
            subcourses[index].course.translations = others
        }
    }

    /// The page of `chapter` (a page name, or nil for the landing page) in `translation`, relative to this course's
    /// folder: the twin chapter when there is one, else that language's landing page.
    func page(of chapter: String?, in translation: Translation) -> String {
        guard let chapter, translation.chapters.contains(chapter) else { return translation.prefix + "index.html" }
        return translation.prefix + chapter + ".html"
    }
}

extension Course {
    /// The sub-courses that are not translations of this one (same language), in folder order.
    public var otherSubcourses: [(folder: String, course: Course)] {
        let own = Self.primaryLanguage(lang)
        return subcourses.filter { Self.primaryLanguage($0.course.lang) == own }
    }
}
