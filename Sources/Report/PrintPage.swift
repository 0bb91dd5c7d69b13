import Markup
import Notebook
import Results

/// The whole course on one page (`print.html`), for printing or saving as PDF: the course title, one table of
/// contents, then every chapter in reading order, each starting on a new page, its ids prefixed so that anchors
/// of different chapters never collide and links between chapters stay on this page, its answers shown.
public enum PrintPage {
    /// The print page of `course`.
    public static func render(_ course: Course) -> String {
        let words = ReportStrings.forLanguage(course.lang)
        let chapters = course.chapters
        var ids = PageIDs(headings: [])
        var chapterIDs: [String: String] = [:]
        for chapter in chapters { chapterIDs[chapter.name] = ids.claim(Slug.make(chapter.name)) }
        let rewritten = chapters.map { PrintAnchors(chapterIDs: chapterIDs, chapter: $0.name).rewrite($0.result) }
        for result in rewritten { for heading in result.headings { _ = ids.claim(heading.id) } }
        var main: [MarkupNode] = [.el("header", class: "print-title", [
            .el("h1", [], [.text(course.title)]),
            .el("p", class: "description", [.text(course.description ?? words.site.printIntro)]),
        ])]
        main.append(contents(course, rewritten: Dictionary(uniqueKeysWithValues: zip(chapters.map(\.name), rewritten)),
                             chapterIDs: chapterIDs, words: words))
        for (chapter, result) in zip(chapters, rewritten) {
            let body = HTMLReport.content(result, words: ReportStrings.forLanguage(result.lang), ids: &ids)
            main.append(.el("section", [("class", "print-chapter"), ("id", chapterIDs[chapter.name] ?? chapter.name),
                                        ("lang", result.lang)], body))
        }
        let nav = CoursePage.homeBar(title: course.title, home: "index.html", words: words)
        return HTMLReport.document(title: course.title, lang: course.lang, nav: nav, main: main, course: true,
                                   fontFace: MathFont.sharedFace(prefix: course.assetPrefix))
    }

    /// One table of contents: the parts, their chapters (numbered through the course), and each chapter's
    /// second-level headings.
    private static func contents(_ course: Course, rewritten: [String: NotebookResult], chapterIDs: [String: String],
                                 words: ReportStrings) -> MarkupNode {
        var children: [MarkupNode] = [.el("h2", [], [.text(words.contents)])]
        var number = 1
        for part in course.parts {
            if let title = part.isAppendix ? words.appendix : part.title { children.append(.el("h3", [], [.text(title)])) }
            defer { number += part.chapters.count }
            children.append(.el("ol", [("class", "print-chapters"), ("start", String(number))], part.chapters.map { chapter in
                let result = rewritten[chapter.name] ?? chapter.result
                let sections = result.headings.filter { $0.level == 2 }.map { heading in
                    MarkupNode.el("li", [], [.el("a", [("href", URLEscaping.fragment(heading.id))], [.text(heading.text)])])
                }
                var item: [MarkupNode] = [.el("a", [("href", URLEscaping.fragment(chapterIDs[chapter.name] ?? chapter.name))],
                                              [.text(chapter.result.title)])]
                if !sections.isEmpty { item.append(.el("ol", [], sections)) }
                return .el("li", [], item)
            }))
        }
        return .el("nav", [("class", "print-contents"), ("aria-label", words.contents)], children)
    }
}
