import Foundation
import Markup
import Notebook
import Results

/// A notebook as one self-contained HTML slide deck (`--to slides`, and `NAME.slides.html` beside each chapter of
/// a course): a new slide at each `#` or `##` heading and at each `---` thematic break; prose, math, tables,
/// callouts, inline values and cross-references rendered by `ProseRenderer` as on the page; runs by `RunSection`
/// with their charts and summary (no YAML unless the block asks with `#| slide-echo: true`, no loss or
/// parameter tables, no Python; an explorable sweep shows its chosen member's summary, not the table of runs); a `<details>` section whose summary is "Notes" (`SlideWords.noteTitles`) becomes
/// the slide's speaker notes; a labelled run is its numbered figure and the cited works close the deck on a
/// "References" slide, so every cross-reference and citation leads somewhere. `SlideScript` adds keyboard navigation; without script the slides follow each
/// other down the page.
public enum SlideDeck {
    /// A deck's file name after the notebook's base name: `gd.slides.html`.
    public static let fileSuffix = ".slides.html"

    /// One slide: its content and its speaker notes.
    struct Slide {
        var content: [MarkupNode] = []
        var notes: [MarkupNode] = []
        var isEmpty: Bool { content.isEmpty && notes.isEmpty }
    }

    /// The complete deck. `references` numbers labels as on the page; in a course, `assetPrefix` leads to the
    /// shared math font (else it is embedded) and `page` is the chapter page the deck links back to.
    public static func render(_ result: NotebookResult, references: PageReferences? = nil, assetPrefix: String? = nil,
                              page: String? = nil) -> String {
        let words = ReportStrings.forLanguage(result.lang)
        let slideWords = SlideWords.forLanguage(result.lang)
        var references = references ?? PageReferences(single: result, page: NotebookFileName.stem(of: result.fileName))
        references.bibliography = references.bibliography?.citing(HTMLReport.firstCitations(result))
        let bibliography = HTMLReport.bibliography(result, references: references, words: words)
        var ids = PageIDs(headings: result.headings + (bibliography.map { [$0.heading] } ?? []))
        var slides = self.slides(result, words: words, slideWords: slideWords, references: references, ids: &ids)
        // The citations link to the entries, so the deck ends with them as on the page.
        if let bibliography { slides.append(Slide(content: [bibliography.section])) }
        let sections = slides.enumerated().map { index, slide -> MarkupNode in
            var children = slide.content
            if !slide.notes.isEmpty {
                children.append(.el("aside", [("class", "notes"), ("aria-label", slideWords.notes)], slide.notes))
            }
            return .el("section", [("class", "slide"), ("id", ids.claim("slide-\(index + 1)")), ("aria-roledescription", "slide"),
                                   ("aria-label", "\(index + 1) / \(slides.count)")], children)
        }
        var bar: [MarkupNode] = [.el("span", class: "slide-counter", [.text("1 / \(slides.count)")])]
        if let page { bar.append(.el("a", [("href", URLEscaping.path(page))], [.text(slideWords.backToPage)])) }
        bar.append(.el("span", class: "slide-keys", [.text(slideWords.keys)]))
        let fontFace = assetPrefix.map { MathFont.sharedFace(prefix: $0) } ?? MathFont.inlineFace
        let css = PageStyle.css + "\n" + PageStyle.githubCSS + "\n" + SlideScript.css(explore: ExploreView.isUsed(by: result))
        var head: [MarkupNode] = [
            .el("meta", [("charset", "utf-8")]),
            .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
            .el("meta", [("name", "generator"), ("content", "nbrun")]),
            .el("title", [], [.text(result.title)]),
            .el("style", [], [.raw(fontFace + css)]),
        ]
        if ExploreView.isUsed(by: result) { head.append(.el("script", [], [.raw(ExploreScript.source)])) }
        head.append(.el("script", [], [.raw(SlideScript.source)]))
        let body = MarkupNode.el("body", [], [.el("main", [("class", "deck")], sections), .el("nav", [("class", "slide-bar"), ("aria-label", slideWords.slides)], bar)])
        return "<!DOCTYPE html>\n" + MarkupNode.el("html", [("lang", result.lang)], [.el("head", [], head), body]).render() + "\n"
    }

    /// The notebook cut into slides (never an empty one): the title (unless the notebook has its own `#`
    /// heading) opens the first.
    static func slides(_ result: NotebookResult, words: ReportStrings, slideWords: SlideWords, references: PageReferences,
                       ids: inout PageIDs) -> [Slide] {
        var slides: [Slide] = []
        var current = Slide()
        func cut() {
            if !current.isEmpty { slides.append(current) }
            current = Slide()
        }
        if !result.headings.contains(where: { $0.level == 1 }) { current.content.append(.el("h1", [], [.text(result.title)])) }
        if let summary = HTMLReport.diagnosticsSummary(result, words: words) { current.content.append(summary) }
        let figures = Dictionary(result.labels.compactMap { label in label.cellNumber.map { ($0 - 1, label) } }, uniquingKeysWith: { a, _ in a })
        for (index, cell) in result.cells.enumerated() {
            guard case let .prose(blocks, _, mathErrors, values) = cell else {
                let section = node(for: cell, result: result, words: words, references: references, ids: &ids)
                // A labelled run is its numbered figure, as on the page, so `@fig-NAME` finds it.
                current.content.append(figures[index].map { HTMLReport.runFigure(section, $0, words: words, references: references) } ?? section)
                continue
            }
            for block in blocks {
                func html(_ blocks: [Block]) -> MarkupNode {
                    .raw(ProseRenderer.html(blocks, mathErrors: mathErrors, values: values, words: words,
                                            files: result.embeddedFiles, references: references))
                }
                switch block.kind {
                case .thematicBreak:
                    cut()
                case let .heading(level, _, _) where level <= 2:
                    cut()
                    current.content.append(html([block]))
                case let .details(summary, _, inner) where summary.map(slideWords.isNotesTitle) ?? false:
                    current.notes.append(html(inner))
                default:
                    current.content.append(html([block]))
                }
            }
        }
        cut()
        return slides.isEmpty ? [Slide(content: [.el("h1", [], [.text(result.title)])])] : slides
    }

    /// A cell other than prose as on the page, but a run without its YAML (unless `#| slide-echo: true`), its
    /// loss and parameter tables and its Python.
    private static func node(for cell: CellResult, result: NotebookResult, words: ReportStrings, references: PageReferences,
                             ids: inout PageIDs) -> MarkupNode {
        guard case var .run(run) = cell else {
            return HTMLReport.cell(cell: cell, words: words, python: PythonExport(result), files: result.embeddedFiles,
                                   references: references, ids: &ids)
        }
        run.echo = CellOption.options(in: run.source).contains { $0.key == "slide-echo" && $0.value == "true" }
        run.show = run.show.filter { $0 != .table && $0 != .params }
        // An explorable sweep's slide shows the chosen member's summary beside the chart, not the table of every run.
        if run.kind == .sweep, run.show.contains(.explore) { run.show.removeAll { $0 == .summary } }
        return RunSection.render(run, words: words, python: nil, ids: &ids)
    }
}

/// The deck's own words in the page's language, and the summaries that mark speaker notes.
struct SlideWords {
    var slides, notes, backToPage, keys: String
    /// The `<summary>` texts (compared case-insensitively, trimmed) that make a `<details>` section speaker notes.
    static let noteTitles = ["notes", "speaker notes", "讲稿", "备注", "演讲者备注"]

    static func forLanguage(_ lang: String) -> SlideWords {
        ReportStrings.forLanguage(lang).tags.contains("zh")
            ? SlideWords(slides: "幻灯片", notes: "讲稿", backToPage: "返回本章页面", keys: "← → 翻页 · N 讲稿 · D 深色")
            : SlideWords(slides: "Slides", notes: "Speaker notes", backToPage: "Back to the chapter", keys: "← → move · N notes · D dark")
    }

    /// Whether a `<details>` summary marks speaker notes.
    func isNotesTitle(_ summary: String) -> Bool {
        Self.noteTitles.contains(summary.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
