import Markup
import Notebook
import Results

/// The landing page's own content: index.md's cells, its title first with the course description under it, and
/// each syllabus list replaced by the cards of the chapters it lists, so the syllabus appears once.
extension CoursePage {
    /// index.md's content; `placed` collects the chapters shown as cards.
    static func landingContent(_ landing: NotebookResult, course: Course, words: ReportStrings, references: PageReferences,
                               placed: inout Set<String>, ids: inout PageIDs) -> [MarkupNode] {
        var nodes = HTMLReport.diagnosticsSummary(landing, words: words).map { [$0] } ?? []
        let python = PythonExport(landing)
        var description = landing.headings.contains { $0.level == 1 } ? course.description : nil
        for cell in landing.cells {
            guard case let .prose(blocks, _, mathErrors, values) = cell else {
                nodes.append(HTMLReport.cell(cell: cell, words: words, python: python, files: landing.embeddedFiles,
                                             references: references, ids: &ids))
                continue
            }
            var pending: [Block] = []
            func flush() {
                if !pending.isEmpty { nodes.append(.raw(ProseRenderer.html(pending, mathErrors: mathErrors, values: values, words: words,
                                                                  files: landing.embeddedFiles, references: references))) }
                pending = []
            }
            for block in blocks {
                if case .heading(1, _, _) = block.kind, let text = description {
                    pending.append(block)
                    flush()
                    nodes.append(.el("p", class: "description", [.text(text)]))
                    description = nil
                } else if let cards = syllabusCards(block, course: course, words: words, placed: &placed) {
                    flush()
                    nodes += cards
                } else {
                    pending.append(block)
                }
            }
            flush()
        }
        return nodes
    }

    /// The cards of a list whose every link names a chapter of this course (by part, as the list nests them); nil
    /// for any other block, which is shown as written.
    private static func syllabusCards(_ block: Block, course: Course, words: ReportStrings, placed: inout Set<String>) -> [MarkupNode]? {
        guard case .list = block.kind else { return nil }
        let entries = Syllabus(blocks: [block]).entries
        let chapters = entries.map { entry in course.chapters.first { $0.name == NotebookFileName.stem(of: entry.file) } }
        guard !entries.isEmpty, !chapters.contains(where: { $0 == nil }) else { return nil }
        var nodes: [MarkupNode] = [], cards: [MarkupNode] = [], part: String?? = .none
        func flush() {
            if !cards.isEmpty { nodes.append(.el("ol", class: "chapter-list", cards)) }
            cards = []
        }
        for (entry, chapter) in zip(entries, chapters.compactMap { $0 }) where placed.insert(chapter.name).inserted {
            if part != .some(entry.part) {
                flush()
                if let title = entry.part { nodes.append(.el("h3", [], [.text(title)])) }
                part = .some(entry.part)
            }
            cards.append(chapterCard(chapter, prefix: "", words: words))
        }
        flush()
        return nodes
    }
}
