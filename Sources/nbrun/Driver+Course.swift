import ArgumentParser
import Engine
import Foundation
import Notebook
import Output
import Report
import Results
import Runner

/// A folder published as a course: every notebook parsed first (so links can be checked against every page and
/// heading), then run (independent notebooks in parallel on `RowBlocks.threadCount` threads, each one's stderr
/// lines printed whole in notebook order) and written with navigation and a landing page.
extension Driver {
    /// A folder's notebooks, its `index.md` and its sub-folders that hold notebooks, parsed.
    struct CourseSource {
        /// The folder as given, ending in `/`.
        var folder: String
        /// `index.md`, the landing page and syllabus.
        var index: Notebook?
        /// The other notebooks, by file name.
        var notebooks: [Notebook]
        /// Sub-folders with notebooks: their name and contents.
        var subfolders: [(name: String, source: CourseSource)]

        /// Every notebook of the folder and its sub-folders.
        var allNotebooks: [Notebook] { (index.map { [$0] } ?? []) + notebooks + subfolders.flatMap(\.source.allNotebooks) }
    }

    /// Renders the folder `folder` as a course into the output folder; the exit status.
    func runCourse(folder: String) -> ExitCode {
        var status = ExitCode.success
        guard let source = load(folder, status: &status) else {
            printError("nbrun: error: no notebooks (*.md) in \(folder)")
            return .badInput
        }
        var pages: [String: [String]] = [:]
        for notebook in source.allNotebooks { pages[Self.standardPath(notebook.path)] = notebook.headings.map(\.id) }
        let notebooks = source.allNotebooks
        let results = OrderedParallel.run(count: notebooks.count, threads: RowBlocks.threadCount, job: { index in
            executeCollecting(notebooks[index], extraErrors: NotebookLink.check(notebooks[index], pages: pages))
        }, emit: printLines)
        for result in results { status = worse(status, self.status(of: result)) }
        let byPath = Dictionary(zip(notebooks.map(\.path), results), uniquingKeysWith: { first, _ in first })
        let course = build(source, results: byPath, depth: 0)
        if !checkOnly {
            write(course, into: outputFolder)
            if configuration.formats.contains(.html) {
                do {
                    try AtomicFile.write(MathFont.woff2, to: outputFolder.appendingPathComponent(MathFont.fileName))
                } catch {
                    printError("nbrun: error: cannot write \(MathFont.fileName): \(error.localizedDescription)")
                }
            }
        }
        return status
    }

    /// The parsed contents of `folder`, or nil when it holds no notebook at any depth.
    private func load(_ folder: String, status: inout ExitCode) -> CourseSource? {
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        let output = outputFolder.standardizedFileURL.path
        var source = CourseSource(folder: base, index: nil, notebooks: [], subfolders: [])
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + name, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard Self.standardPath(base + name) != output, let sub = load(base + name, status: &status) else { continue }
                source.subfolders.append((name, sub))
            } else if name.hasSuffix(".md") {
                guard let notebook = parse(base + name) else { status = .badInput; continue }
                if name == "index.md" { source.index = notebook } else { source.notebooks.append(notebook) }
            }
        }
        return source.allNotebooks.isEmpty ? nil : source
    }

    /// Orders the notebooks of `source`, whose results are `results` (by path), into a course.
    private func build(_ source: CourseSource, results: [String: NotebookResult], depth: Int) -> Course {
        func result(_ notebook: Notebook) -> NotebookResult { results[notebook.path]! }
        let landing = source.index.map(result)
        let chapters = source.notebooks.map {
            Course.Chapter(name: $0.baseName, result: result($0), folder: URL(fileURLWithPath: $0.path).deletingLastPathComponent())
        }
        let parts = CourseOrder.parts(chapters, syllabus: source.index.map(Syllabus.init))
        let subcourses = source.subfolders.map { ($0.name, build($0.source, results: results, depth: depth + 1)) }
        let languages = Set(chapters.map(\.result.lang))
        let lang = landing?.lang ?? (languages.count == 1 ? languages.first ?? "en" : "en")
        let folderName = URL(fileURLWithPath: source.folder).lastPathComponent
        let title = landing?.title ?? (depth == 0 ? ReportStrings.forLanguage(lang).courseTitle : folderName)
        var course = Course(title: title, lang: lang, description: landing?.description, landing: landing, parts: parts,
                            subcourses: subcourses)
        course.assetPrefix = String(repeating: "../", count: depth)
        return course
    }

    /// Writes every chapter with its navigation (in parallel, like the runs), the landing page, and each sub-course
    /// into its own folder.
    private func write(_ course: Course, into folder: URL) {
        let chapters = course.chapters
        _ = OrderedParallel.run(count: chapters.count, threads: RowBlocks.threadCount, job: { index in
            write(chapters[index].result, name: chapters[index].name, navigation: ChapterNavigation(course: course, current: index),
                  into: folder, notebookFolder: chapters[index].folder)
            return ((), [])
        }, emit: { _ in })
        if configuration.formats.contains(.html) {
            do {
                try AtomicFile.write(CoursePage.render(course), to: folder.appendingPathComponent("index.html"))
            } catch {
                printError("nbrun: error: cannot write index.html: \(error.localizedDescription)")
            }
        }
        for (name, sub) in course.subcourses { write(sub, into: folder.appendingPathComponent(name, isDirectory: true)) }
    }

    /// An absolute, standardized path, the key of the course's page table.
    static func standardPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
