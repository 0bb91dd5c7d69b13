import Markup
import Results

/// `sitemap.xml` (sitemaps.org 0.9) for a course with `site_url:`: every landing page and chapter of the course
/// and its sub-courses, each with `xhtml:link` alternates for its translations. The print page is left out (it
/// repeats the chapters). Text goes through the one markup escaper.
public enum Sitemap {
    /// The sitemap of the outermost `course`; nil without `site_url:`.
    public static func render(_ course: Course) -> String? {
        guard course.site.siteURL != nil else { return nil }
        let urls = entries(course).map { MarkupNode.lines([$0]) }.flatMap { $0 }
        let root = MarkupNode.el("urlset", [("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"),
                                            ("xmlns:xhtml", "http://www.w3.org/1999/xhtml")], urls)
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.render(.xml) + "\n"
    }

    /// The `<url>` of every page of `course` and its sub-courses, landing page first.
    private static func entries(_ course: Course) -> [MarkupNode] {
        var pages = [url(PageLinks(course: course, chapter: nil), page: "index.html", course: course)]
        pages += course.chapters.map { url(PageLinks(course: course, chapter: $0), page: $0.name + ".html", course: course) }
        return pages.compactMap { $0 } + course.subcourses.flatMap { entries($0.course) }
    }

    private static func url(_ links: PageLinks, page: String, course: Course) -> MarkupNode? {
        guard let location = course.site.absoluteURL(course.folderPath + page) else { return nil }
        let alternates = links.twins.compactMap { twin in
            twin.absolute.map { MarkupNode.el("xhtml:link", [("rel", "alternate"), ("hreflang", twin.lang), ("href", $0)]) }
        }
        return .el("url", [], [.el("loc", [], [.text(location)])] + alternates)
    }
}
