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
        var bibliographyFiles = BibliographyFiles()
        let checks = referenceChecks(source, root: source.folder, files: &bibliographyFiles, status: &status)
        let twins = twinWarnings(source)
        let notebooks = source.allNotebooks
        let files = notebooks.map { notebook in scope.map { PageFiles.resolve(notebook, root: $0.root, inCourse: true) } ?? PageFiles() }
        let results = OrderedParallel.run(count: notebooks.count, threads: RowBlocks.threadCount, job: { index in
            let path = notebooks[index].path
            var extra: [Diagnostic] = NotebookLink.check(notebooks[index], pages: pages) + files[index].diagnostics
            extra += checks[path]?.diagnostics(for: path) ?? []
            extra += twins[path] ?? []
            return executeCollecting(notebooks[index], extraErrors: extra)
        }, emit: printLines)
        for result in results { status = worse(status, self.status(of: result)) }
        let byPath = Dictionary(zip(notebooks.map(\.path), results), uniquingKeysWith: { first, _ in first })
        let course = build(source, results: byPath, bibliographies: checks, depth: 0, folderPath: "", inherited: SiteSettings())
        if !checkOnly {
            var written = publish(files.flatMap(\.files))
            written = write(course, into: outputFolder) && written
            if configuration.formats.contains(.html) {
                written = writeFile(MathFont.woff2, to: outputFolder.appendingPathComponent(MathFont.fileName)) && written
                written = writeSearch(course) && written
            }
            if !written { status = worse(status, .writeFailed) }
        }
        return status
    }

    /// The parsed contents of `folder`, or nil when it holds no notebook at any depth. Discovery stays inside the
    /// course folder (`CourseDiscovery`); what it skips is printed as warnings.
    private func load(_ folder: String, status: inout ExitCode) -> CourseSource? {
        guard let root = RealPath.resolve(folder) else { return nil }
        var discovery = CourseDiscovery(root: root, output: OutputFolder(url: outputFolder).realPath)
        let found = discovery.walk(folder)
        for warning in discovery.warnings { printError(warning.description) }
        guard let found else { return nil }
        let source = parse(found, status: &status)
        return source.allNotebooks.isEmpty ? nil : source
    }

    /// The notebooks of a discovered folder and its sub-folders, parsed (an unreadable one sets `status`).
    private func parse(_ folder: CourseDiscovery.Folder, status: inout ExitCode) -> CourseSource {
        var source = CourseSource(folder: folder.path, index: nil, notebooks: [], subfolders: [])
        for path in folder.notebooks {
            guard let notebook = parse(path) else { status = .badInput; continue }
            if path.hasSuffix("/index.md") { source.index = notebook } else { source.notebooks.append(notebook) }
        }
        source.subfolders = folder.subfolders.map { ($0.name, parse($0, status: &status)) }
        return source
    }

    /// Orders the notebooks of `source`, whose results are `results` (by path), into a course; `folderPath` is its
    /// folder below the outermost course's (`zh/`), and a sub-course takes the outermost syllabus's `inherited`
    /// site keys (its own index.md may not set them: a warning).
    private func build(_ source: CourseSource, results: [String: NotebookResult], bibliographies: [String: ReferenceCheck],
                       depth: Int, folderPath: String,
                       inherited: SiteSettings) -> Course {
        func result(_ notebook: Notebook) -> NotebookResult { results[notebook.path]! }
        let landing = source.index.map(result)
        let chapters = source.notebooks.map {
            Course.Chapter(name: $0.baseName, result: result($0), folder: URL(fileURLWithPath: $0.path).deletingLastPathComponent())
        }
        let parts = CourseOrder.parts(chapters, syllabus: source.index.map(Syllabus.init))
        let site = depth == 0 ? landing?.site ?? SiteSettings() : inherited
        if depth > 0, let landing, !landing.site.isEmpty, let path = source.index?.path {
            printError("\(path): warning: a sub-course's index.md cannot set repository:, branch:, path:, output_path: or site_url:; "
                       + "the course's own index.md sets them for every folder (these are ignored)")
        }
        let subcourses = source.subfolders.map {
            ($0.name, build($0.source, results: results, bibliographies: bibliographies, depth: depth + 1, folderPath: folderPath + $0.name + "/", inherited: site))
        }
        let languages = Set(chapters.map(\.result.lang))
        let lang = landing?.lang ?? (languages.count == 1 ? languages.first ?? "en" : "en")
        let folderName = URL(fileURLWithPath: source.folder).lastPathComponent
        let title = landing?.title ?? (depth == 0 ? ReportStrings.forLanguage(lang).courseTitle : folderName)
        var course = Course(title: title, lang: lang, description: landing?.description, landing: landing, parts: parts,
                            subcourses: subcourses)
        course.assetPrefix = String(repeating: "../", count: depth)
        course.bibliography = (source.index ?? source.notebooks.first).flatMap { bibliographies[$0.path]?.bibliography }
        course.folderPath = folderPath
        course.site = site
        course.linkTranslations()
        return course
    }

    /// Writes every chapter with its navigation (in parallel, like the runs), the landing page, and each sub-course
    /// into its own folder; false when a file could not be written (each failure is printed, the rest still written).
    private func write(_ course: Course, into folder: URL) -> Bool {
        guard OutputFolder(url: outputFolder).keepsInside(folder) else {
            printError("nbrun: error: cannot write \(folder.path): it is a symbolic link leading outside the output folder")
            return false
        }
        let chapters = course.chapters
        let table = CrossReferenceTable(course: course)
        let html = configuration.formats.contains(.html)
        var written = OrderedParallel.run(count: chapters.count, threads: RowBlocks.threadCount, job: { index in
            let chapter = chapters[index]
            // A chapter's slide deck is written beside its page (the page's tool bar links to it).
            let formats = html ? configuration.formats.formats.filter { !Self.downloadFormats.contains($0) && $0 != .slides } + [.slides] : nil
            let references = PageReferences(table: table, bibliography: course.bibliography, page: chapter.name)
            let page = write(chapter.result, name: chapter.name, navigation: ChapterNavigation(course: course, current: index),
                             into: folder, formats: formats, references: references)
            return (page && (!html || writeChapterDownloads(chapter, into: folder, references: references)), [])
        }, emit: { _ in }).allSatisfy { $0 }
        if writesPythonExports || html {
            written = writeExportSupport(chapters.map { ($0.result, $0.folder) }, into: folder) && written
        }
        if html {
            written = writeSitePages(course, into: folder) && written
        }
        for (name, sub) in course.subcourses {
            written = write(sub, into: folder.appendingPathComponent(name, isDirectory: true)) && written
        }
        return written
    }

    /// Writes the course's search index and search script at the output root, beside the shared font; false when
    /// one could not be written.
    private func writeSearch(_ course: Course) -> Bool {
        let index = writeFile(Data(SearchIndex(course: course).script.utf8), to: outputFolder.appendingPathComponent(SearchIndex.fileName))
        return writeFile(Data(SearchScript.source.utf8), to: outputFolder.appendingPathComponent(SearchScript.fileName)) && index
    }

    /// The reference check of every course of `source` (each folder is a course of its own, with the nearest
    /// `references.bib` up to `root`; its chapters in syllabus order, so a label's first definition is the first
    /// a reader meets), by notebook path.
    private func referenceChecks(_ source: CourseSource, root: String, files: inout BibliographyFiles,
                                 status: inout ExitCode) -> [String: ReferenceCheck] {
        let listed = source.index.map { Syllabus($0).entries.map { NotebookFileName.stem(of: $0.file) } } ?? []
        let chapters = source.notebooks.enumerated().sorted { a, b in
            let left = listed.firstIndex(of: a.element.baseName) ?? Int.max, right = listed.firstIndex(of: b.element.baseName) ?? Int.max
            return left != right ? left < right : a.offset < b.offset
        }.map(\.element)
        let notebooks = (source.index.map { [$0] } ?? []) + chapters
        let file = bibliographyFile(folder: source.folder, root: root, files: &files, status: &status)
        let check = ReferenceCheck(notebooks: notebooks, bibliography: file)
        var checks = Dictionary(notebooks.map { ($0.path, check) }, uniquingKeysWith: { first, _ in first })
        for sub in source.subfolders {
            checks.merge(referenceChecks(sub.source, root: root, files: &files, status: &status)) { first, _ in first }
        }
        return checks
    }

    /// The twin warnings of every translated chapter in `source` and its sub-folders, by notebook path. A sub-folder
    /// is a translation when its language (its `index.md`'s `lang`, else its chapters' common one) differs from its
    /// parent's; a chapter without a twin of the same file name is not compared.
    func twinWarnings(_ source: CourseSource) -> [String: [Diagnostic]] {
        var found: [String: [Diagnostic]] = [:]
        let own = Self.language(of: source)
        for sub in source.subfolders {
            if Self.language(of: sub.source) != own {
                for notebook in sub.source.notebooks {
                    guard let twin = source.notebooks.first(where: { $0.baseName == notebook.baseName }) else { continue }
                    found[notebook.path] = TranslationTwins.compare(translation: notebook, original: twin)
                }
            }
            found.merge(twinWarnings(sub.source)) { first, _ in first }
        }
        return found
    }

    /// A folder's primary language, as the course uses it: the syllabus's `lang`, else the one its chapters share,
    /// else English.
    private static func language(of source: CourseSource) -> String {
        if let index = source.index, let lang = TranslationTwins.language(of: index) { return lang }
        let languages = Set(source.notebooks.map { TranslationTwins.language(of: $0) ?? "en" })
        return languages.count == 1 ? languages.first ?? "en" : "en"
    }

    /// An absolute, standardized path, the key of the course's page table.
    static func standardPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
