import Foundation
import Output

/// The folder one input reads inside and keeps its result cache in: the course folder for `nbrun DIR`; for a
/// notebook given as a file, the course it belongs to, or its own folder.
///
/// Data files, images and linked files may lie anywhere below the root (a sub-course `zh/` reads `../data/x.csv`),
/// never outside it, also not through a symbolic link. A notebook given as a file belongs to a course when its
/// folder holds an `index.md` (a syllabus): its root is then the outermost folder of the unbroken chain of folders
/// with an `index.md` above it (`notebooks/zh/gd.md` → `notebooks/`, when both hold one); otherwise its own folder.
struct SourceRoot: Equatable {
    /// The root as the user's paths spell it (for messages and the default cache folder).
    let folder: URL
    /// Its canonical path (`realpath`), the boundary.
    let real: String

    /// The root of the course folder `folder`, nil when it cannot be reached.
    static func course(_ folder: String) -> SourceRoot? {
        let url = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        return RealPath.resolve(url.path).map { SourceRoot(folder: url, real: $0) }
    }

    /// The root of the notebook file `file` (see the type's notes), nil when its folder cannot be reached.
    static func notebook(_ file: String) -> SourceRoot? {
        var folder = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
        while hasSyllabus(folder) {
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path, hasSyllabus(parent) else { break }
            folder = parent
        }
        return course(folder.path)
    }

    /// The notebook's folder relative to the root, `` for the root itself; nil when the notebook is not below the
    /// root as spelled.
    func relativeFolder(of notebookPath: String) -> String? {
        let notebookFolder = URL(fileURLWithPath: notebookPath).standardizedFileURL.deletingLastPathComponent().path
        let base = folder.path
        if notebookFolder == base { return "" }
        let prefix = base == "/" ? "/" : base + "/"
        guard notebookFolder.hasPrefix(prefix) else { return nil }
        return String(notebookFolder.dropFirst(prefix.count))
    }

    /// The default result cache: `.nbrun-cache` in the root.
    var defaultCache: URL { folder.appendingPathComponent(".nbrun-cache", isDirectory: true) }

    private static func hasSyllabus(_ folder: URL) -> Bool {
        FileStatus.following(folder.appendingPathComponent("index.md").path)?.kind == .regular
    }
}
