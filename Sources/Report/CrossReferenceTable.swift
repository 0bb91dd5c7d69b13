import Notebook
import Results

/// The number and page of every label of a course (or of a page alone): equations and figures are numbered apart,
/// in document order, per chapter: "3.2" is the second equation of chapter 3 (its place in the syllabus; appendix
/// chapters are A, B, …); a page rendered alone numbers "1", "2", ….
public struct CrossReferenceTable: Sendable {
    /// Where a label leads.
    public struct Target: Sendable, Equatable {
        /// The page's name relative to the course folder, without `.html` (`gd`).
        public var page: String
        /// The shown number (`3.2`).
        public var number: String
    }

    /// The targets by label name; a label defined twice keeps its first definition (the second is an error).
    public private(set) var targets: [String: Target] = [:]

    /// The table of chapters in reading order: each page name, its chapter number (nil for a page alone) and its
    /// labels in document order.
    public init(chapters: [(page: String, chapter: String?, labels: [LabelDefinition])]) {
        for (page, chapter, labels) in chapters {
            var counts: [ReferenceLabel.Kind: Int] = [:]
            for definition in labels {
                counts[definition.label.kind, default: 0] += 1
                let number = (chapter.map { $0 + "." } ?? "") + String(counts[definition.label.kind] ?? 0)
                if targets[definition.label.name] == nil { targets[definition.label.name] = Target(page: page, number: number) }
            }
        }
    }

    /// The table of a course's chapters, numbered in reading order (appendix chapters by letter).
    public init(course: Course) {
        var chapters: [(page: String, chapter: String?, labels: [LabelDefinition])] = []
        var number = 0, letter = 0
        for part in course.parts {
            for chapter in part.chapters {
                let label: String
                if part.isAppendix {
                    label = Self.letters(letter)
                    letter += 1
                } else {
                    number += 1
                    label = String(number)
                }
                chapters.append((chapter.name, label, chapter.result.labels))
            }
        }
        self.init(chapters: chapters)
    }

    /// A, B, …, Z, AA, AB, ….
    static func letters(_ index: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(alphabet[index]) : letters(index / 26 - 1) + String(alphabet[index % 26])
    }

    /// The URL of `label` seen from the page `page`: `#eq-x` on the same page, `other.html#eq-x` elsewhere.
    func href(_ label: ReferenceLabel, from page: String) -> String? {
        guard let target = targets[label.name] else { return nil }
        let fragment = URLEscaping.fragment(label.name)
        return target.page == page ? fragment : URLEscaping.path(target.page + ".html") + fragment
    }
}

/// What a page needs to render its cross-references and citations: the course's label table, the bibliography
/// (when the course has a `references.bib`) and the page's own name in the table.
public struct PageReferences: Sendable {
    /// The course's (or the page's) labels.
    public var table: CrossReferenceTable
    /// The entries of `references.bib`, if there is one.
    public var bibliography: Bibliography?
    /// This page's name in `table`.
    public var page: String

    /// References of a page named `page`.
    public init(table: CrossReferenceTable, bibliography: Bibliography? = nil, page: String) {
        self.table = table
        self.bibliography = bibliography
        self.page = page
    }

    /// A page alone: its labels numbered 1, 2, ….
    public init(single result: NotebookResult, page: String, bibliography: Bibliography? = nil) {
        self.init(table: CrossReferenceTable(chapters: [(page, nil, result.labels)]), bibliography: bibliography, page: page)
    }

    /// The number of `label`, nil when it is not defined.
    func number(_ label: ReferenceLabel) -> String? { table.targets[label.name]?.number }
}
