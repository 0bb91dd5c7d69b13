import Foundation
import Notebook
import Output
import Report
import Results

/// A chapter rendered on its own (`nbrun notebooks/deep-training.md`) whose folder is a course (it has an
/// `index.md`): its cross-references resolve and are numbered as in the course, so a reference to another chapter's
/// equation (`@eq-momentum`) is the same "Equation 2.4", linked to that chapter's page, instead of an unknown label.
/// Only the folder's own notebooks are read (parsed, never run); a sibling that cannot be read or parsed, or is not
/// a regular file (a symbolic link, a FIFO), is left out silently: the course render reports it.
extension Driver {
    struct SiblingChapters {
        /// The folder's `index.md` (if readable), then its chapters in syllabus order, this notebook among them:
        /// what `ReferenceCheck` reads, in the order a reader meets the labels.
        var notebooks: [Notebook]
        /// The labels of every chapter, numbered as the course numbers them.
        var table: CrossReferenceTable
    }

    /// The course around `notebook`, read from `file`'s folder; nil when the folder has no `index.md` or the notebook
    /// is that `index.md`.
    func siblingChapters(of notebook: Notebook, file: String) -> SiblingChapters? {
        let folder = (file as NSString).deletingLastPathComponent
        let own = NotebookFileName.baseName(of: file)
        guard own != "index", let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder),
              names.contains("index.md") else { return nil }
        var index: Notebook?
        var chapters: [Notebook] = []
        for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
            if NotebookFileName.baseName(of: name) == own {
                chapters.append(notebook)
                continue
            }
            let path = folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name)
            guard let sibling = Self.quietlyParsed(path, unsafeHTML: configuration.unsafeHTML) else { continue }
            if name == "index.md" { index = sibling } else { chapters.append(sibling) }
        }
        let syllabus = index.map(Syllabus.init)
        let course = Course(title: "", lang: "en", parts: CourseOrder.parts(chapters.map { chapter in
            var result = NotebookResult(fileName: (chapter.path as NSString).lastPathComponent, title: "", lang: "en", headings: [],
                                        cells: [], diagnostics: [])
            result.labels = chapter.labelDefinitions
            return Course.Chapter(name: chapter.baseName, result: result)
        }, syllabus: syllabus))
        let order = course.chapters.map(\.name)
        let sorted = chapters.sorted { (order.firstIndex(of: $0.baseName) ?? Int.max) < (order.firstIndex(of: $1.baseName) ?? Int.max) }
        return SiblingChapters(notebooks: (index.map { [$0] } ?? []) + sorted, table: CrossReferenceTable(course: course))
    }

    /// The notebook at `path` if it is a regular file (not followed through a link) that reads and parses; nil, and
    /// nothing printed, otherwise.
    static func quietlyParsed(_ path: String, unsafeHTML: Bool) -> Notebook? {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType,
              type == .typeRegular, let data = try? RegularFile.read(path) else { return nil }
        return try? NotebookParser.parse(bytes: Array(data), path: path, unsafeHTML: unsafeHTML)
    }
}
