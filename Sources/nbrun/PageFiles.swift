import Foundation
import Notebook
import Output
import Report

/// The local files a notebook's prose uses (`FileReference`: images, linked files), checked against the file
/// system: each must be a regular file inside the course root, also where symbolic links lead. A missing file, a
/// path leaving the root, a folder or a special file is a located error (also under `--check`); an image without
/// `alt` text is a warning.
struct PageFiles {
    /// A file that passed the checks.
    struct File: Equatable {
        /// How the page refers to it.
        var reference: FileReference
        /// Its canonical path (where it is read from).
        var real: String
        /// Its path relative to the root as the page spells it (`..` resolved by name, as a browser does): where
        /// a course copies it in the output folder, so the page's relative URL finds it.
        var published: String
        /// Its size in bytes.
        var size: Int
    }

    /// The checked files, in document order.
    var files: [File] = []
    /// The errors and warnings, located in the notebook.
    var diagnostics: [Diagnostic] = []

    /// The files `notebook` uses, resolved inside `root`. In a course (`inCourse`) a link to `index.html` is a
    /// link to the landing page, not a file.
    static func resolve(_ notebook: Notebook, root: SourceRoot, inCourse: Bool) -> PageFiles {
        var found = PageFiles()
        let folder = URL(fileURLWithPath: notebook.path).deletingLastPathComponent()
        let relativeFolder = root.relativeFolder(of: notebook.path)
        for reference in FileReference.all(in: notebook) {
            if reference.kind == .image, reference.altText.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                found.diagnostics.append(Diagnostic(.warning, "image '\(reference.destination)' has no alt text", at: reference.location,
                                                    file: notebook.path,
                                                    hint: "describe it between the brackets for readers who cannot see it: "
                                                        + "![what the image shows](\(reference.destination))"))
            }
            let checker = Checker(reference: reference, notebook: notebook.path, folder: folder, root: root, inCourse: inCourse)
            switch checker.check(relativeFolder: relativeFolder) {
            case let .file(file)?: found.files.append(file)
            case let .problem(diagnostic)?: found.diagnostics.append(diagnostic)
            case nil: continue
            }
        }
        return found
    }

    /// The outcome of checking one reference: a file, a located problem, or nil for a link to a page nbrun writes.
    private enum Outcome {
        case file(File)
        case problem(Diagnostic)
    }

    /// Checks one reference of one notebook.
    private struct Checker {
        let reference: FileReference
        let notebook: String
        let folder: URL
        let root: SourceRoot
        let inCourse: Bool

        /// What the reference names, in words: `image 'img/x.svg'`, `linked file 'data/x.csv'`.
        var named: String { (reference.kind == .image ? "image" : "linked file") + " '\(reference.path)'" }

        /// The root in words, for messages.
        var rootWords: String {
            !inCourse && root.folder.standardizedFileURL.path == folder.standardizedFileURL.path ? "the notebook's folder" : "the course folder"
        }

        func check(relativeFolder: String?) -> Outcome? {
            guard let relativeFolder, let published = Self.normalized(relativeFolder.isEmpty ? reference.path : relativeFolder + "/" + reference.path),
                  let real = RealPath.resolvePartially(folder.appendingPathComponent(reference.path).path) else {
                return .problem(leaves())
            }
            guard RealPath.isInside(real, root: root.real), real != root.real else { return .problem(leaves(real: real)) }
            if published.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                return .problem(error("\(named) is hidden (a name starting with '.')",
                                      hint: "nbrun never publishes hidden files or folders (.git, .nbrun-cache); move it to a visible folder"))
            }
            guard let status = FileStatus.following(real) else {
                if isPage { return nil }
                return .problem(missing(real))
            }
            switch status.kind {
            case .regular:
                return .file(File(reference: reference, real: real, published: published, size: status.size))
            case .directory:
                return .problem(error("\(named) is a folder, not a file",
                                      hint: "link to a file inside it: a site publishes the files its pages use, not folders"))
            case .symbolicLink, .special:
                return .problem(error("\(named) is \(status.kind), not a regular file",
                                      hint: "a page may only use ordinary files inside \(rootWords)"))
            }
        }

        /// A missing `.html` file whose notebook exists (`gd.html` beside `gd.md`), or the landing page of a course:
        /// a page nbrun writes, not a file to publish.
        private var isPage: Bool {
            guard reference.kind == .link, reference.path.hasSuffix(".html") else { return false }
            if inCourse, reference.path == "index.html" { return true }
            let notebook = folder.appendingPathComponent(String(reference.path.dropLast(".html".count)) + ".md").path
            return FileStatus.following(notebook)?.kind == .regular
        }

        private func leaves(real: String? = nil) -> Diagnostic {
            let how = real == nil || reference.path.split(separator: "/").contains("..")
                ? "'..' escapes and absolute paths are not allowed" : "it is a symbolic link leading outside (to \(real ?? ""))"
            return error("\(named) leaves \(rootWords)",
                         hint: "a page may only use files inside \(rootWords) (\(root.folder.path)); \(how)")
        }

        private func missing(_ real: String) -> Diagnostic {
            let parent = (real as NSString).deletingLastPathComponent
            let present = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            let written = reference.path
            let prefix = written.contains("/") ? String(written[...written.lastIndex(of: "/")!]) : ""
            if let match = Suggestion.closest(to: (written as NSString).lastPathComponent, in: present) {
                return error("\(named) not found", hint: "did you mean '\(prefix + match)'?")
            }
            let there = present.isEmpty ? "" : "; files there: " + present.prefix(6).joined(separator: ", ")
            return error("\(named) not found", hint: "paths are relative to the notebook's folder" + there)
        }

        private func error(_ message: String, hint: String) -> Diagnostic {
            Diagnostic(.error, message, at: reference.location, file: notebook, hint: hint)
        }

        /// `path` with `.` and `name/..` removed by name; nil when it climbs above its start or names nothing.
        static func normalized(_ path: String) -> String? {
            var parts: [Substring] = []
            for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
                if part == ".." {
                    guard !parts.isEmpty else { return nil }
                    parts.removeLast()
                } else {
                    parts.append(part)
                }
            }
            return parts.isEmpty ? nil : parts.joined(separator: "/")
        }
    }
}
