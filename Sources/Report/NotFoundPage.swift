import Markup
import Results

/// The site's `404.html`, which GitHub Pages (and most static hosts) serve for a missing page at any depth: in
/// the course's style and language, linking to the landing page (and its translations). Its links are absolute
/// with `site_url:`, so they work at any depth; without it they are relative and work at the site's root. It
/// needs no font file and no other page.
public enum NotFoundPage {
    /// The 404 page of the outermost `course`.
    public static func render(_ course: Course) -> String {
        let words = ReportStrings.forLanguage(course.lang)
        let home = course.site.absoluteURL("index.html") ?? "index.html"
        var main: [MarkupNode] = [
            .el("h1", [], [.text(words.site.notFoundTitle)]),
            .el("p", [], [.text(words.site.notFoundText)]),
            .el("p", class: "not-found-home", [.el("a", [("href", home)], [.text(words.site.backToCourse + ": " + course.title)])]),
        ]
        let others = course.translations.map { translation -> MarkupNode in
            let page = course.page(of: nil, in: translation)
            let href = course.site.absoluteURL(page) ?? URLEscaping.path(SiteSettings.normalized(page))
            let own = ReportStrings.forLanguage(translation.lang).site
            return .el("li", [("lang", translation.lang)], [.el("a", [("href", href), ("hreflang", translation.lang)],
                                                                [.text(own.languageName + " · " + own.backToCourse)])])
        }
        if !others.isEmpty { main.append(.el("ul", class: "not-found-languages", others)) }
        let nav = CoursePage.homeBar(title: course.title, home: home, words: words)
        return HTMLReport.document(title: words.site.notFoundTitle + " · " + course.title, lang: course.lang, nav: nav, main: main,
                                   course: true, fontFace: "")
    }
}
