import Foundation
import Notebook
import Results

/// A published course: its chapters in reading order, grouped in parts, with its title, language and landing
/// page; sub-folders are courses of their own, linked from the landing page.
public struct Course: Sendable {
    /// One chapter: its page's path relative to the course folder without `.html` (`gd`), and its result.
    public struct Chapter: Sendable {
        /// The page's base name, relative to the course folder.
        public var name: String
        /// The executed notebook.
        public var result: NotebookResult
        /// The folder the notebook lives in (its data files are relative to it).
        public var folder: URL

        /// Creates a chapter.
        public init(name: String, result: NotebookResult, folder: URL = URL(fileURLWithPath: ".")) {
            self.name = name
            self.result = result
            self.folder = folder
        }
    }

    /// A part of the course: a title (nil for the unnamed first part) and its chapters in order.
    public struct Part: Sendable {
        /// What the part is called; nil when the syllabus does not name it.
        public var title: String?
        /// `true` for the notebooks the syllabus does not list.
        public var isAppendix: Bool
        /// Its chapters, in reading order.
        public var chapters: [Chapter]

        /// Creates a part.
        public init(title: String?, isAppendix: Bool = false, chapters: [Chapter]) {
            self.title = title
            self.isAppendix = isAppendix
            self.chapters = chapters
        }
    }

    /// The same course in another language: a language sub-course, its parent, or a sibling sub-course.
    public struct Translation: Sendable, Equatable {
        /// Its `lang`.
        public var lang: String
        /// The path from this course's folder to its folder, ending in `/` (`zh/`, `../`, `../ja/`).
        public var prefix: String
        /// Its chapters' page names: a chapter with the same name is the translation of one here.
        public var chapters: Set<String>
    }

    /// The course title (index.md's `title`, else the folder name).
    public var title: String
    /// The course language (index.md's `lang`), which chooses the report's words on the landing page.
    public var lang: String
    /// index.md's `description`, shown under the title on the landing page.
    public var description: String?
    /// index.md itself, executed: its prose (and any cells) open the landing page; nil without index.md.
    public var landing: NotebookResult?
    /// The parts in order.
    public var parts: [Part]
    /// Sub-folders with notebooks, each a course of its own: the folder name and the course.
    public var subcourses: [(folder: String, course: Course)]
    /// The path from this course's folder to the outermost course's (`""`, `"../"`, …), where shared files are.
    public var assetPrefix = ""
    /// The entries of the course's `references.bib` (its own, else the nearest one above it), if any.
    public var bibliography: Bibliography?
    /// The path from the outermost course's folder to this one's (`""`, `"zh/"`), for site-wide files.
    public var folderPath = ""
    /// The syllabus's repository and address (a sub-course without its own inherits its parent's, one folder down).
    public var site = SiteSettings()
    /// The same course in other languages (`Course+Languages.swift`), in folder order.
    public var translations: [Translation] = []

    /// Creates a course.
    public init(title: String, lang: String, description: String? = nil, landing: NotebookResult? = nil, parts: [Part],
                subcourses: [(folder: String, course: Course)] = []) {
        self.title = title
        self.lang = lang
        self.description = description
        self.landing = landing
        self.parts = parts
        self.subcourses = subcourses
    }

    /// Every chapter in reading order.
    public var chapters: [Chapter] { parts.flatMap(\.chapters) }
}
