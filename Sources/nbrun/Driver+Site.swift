import Foundation
import Output
import Report
import Results

/// What a rendered course holds besides its chapter pages: each chapter's downloads (its notebook, its program
/// and the data it reads, beside its page), and per course folder its landing and print pages; the outermost
/// folder also gets `404.html` and, with `site_url:`, `sitemap.xml`.
extension Driver {
    /// The formats a course chapter offers for download; they are written by `writeChapterDownloads`.
    static let downloadFormats: [OutputFormat] = [.ipynb, .py]

    /// Writes what a reader of `chapter` downloads, beside its page in `folder`: `NAME.ipynb` and `NAME.py`, the
    /// same exports as `--to ipynb,py`, numbered and cited as the page (`references`; their runtime and data: `writeExportSupport`, once per folder). False when
    /// a file could not be written (printed).
    func writeChapterDownloads(_ chapter: Course.Chapter, into folder: URL, references: PageReferences) -> Bool {
        var written = true
        for format in Self.downloadFormats {
            let text = Self.render(chapter.result, as: format, references: references)
            written = writeFile(Data(text.utf8), to: folder.appendingPathComponent(chapter.name + format.fileExtension)) && written
        }
        return written
    }

    /// Writes the landing page and the print page of `course` into `folder`; for the outermost course also
    /// `404.html` and `sitemap.xml` (with `site_url:`). False when a file could not be written (printed).
    func writeSitePages(_ course: Course, into folder: URL) -> Bool {
        var pages: [(String, String)] = [("index.html", CoursePage.render(course)), ("print.html", PrintPage.render(course))]
        if course.folderPath.isEmpty {
            pages.append(("404.html", NotFoundPage.render(course)))
            if let sitemap = Sitemap.render(course) { pages.append(("sitemap.xml", sitemap)) }
        }
        var written = true
        for (name, text) in pages {
            written = writeFile(Data(text.utf8), to: folder.appendingPathComponent(name)) && written
        }
        return written
    }
}
