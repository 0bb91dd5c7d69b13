import Foundation
import Output
import Notebook

/// Finds a course's notebooks without ever leaving the course folder: every notebook and folder is resolved
/// (`realpath`) and must lie inside the course root; a symbolic link that leads out, a link to a folder the course
/// already publishes (which is how link cycles look), and anything that is not a regular file or a folder are
/// skipped with a warning naming the path. Folders are recognised by (device, inode), so no folder is walked twice
/// and every walk ends.
struct CourseDiscovery {
    /// A folder of the course: its notebooks (paths as found, `index.md` included) and sub-folders with notebooks.
    struct Folder {
        /// The folder's name.
        var name: String
        /// The folder's path as found, ending in `/`.
        var path: String
        /// Notebook files directly in it, sorted by name.
        var notebooks: [String]
        /// Sub-folders holding notebooks at some depth.
        var subfolders: [Folder]
    }

    /// A directory entry: where it really leads, what it is, and whether it was reached through a symbolic link.
    private struct Entry {
        var real: String
        var kind: FileStatus.Kind
        var identity: FileStatus.Identity
        var isLink: Bool
    }

    /// The course root's canonical path.
    let root: String
    /// The output folder's canonical path (never walked), nil while it does not exist.
    let output: String?
    /// What was skipped and why, in the order found.
    private(set) var warnings: [Diagnostic] = []
    /// The folders walked so far.
    private var visited: Set<FileStatus.Identity> = []

    /// A discovery of the course at the canonical path `root`, which never walks into `output`.
    init(root: String, output: String?) {
        self.root = root
        self.output = output
    }

    /// The course folder `folder` (as the user named it), or nil when it holds no notebook at any depth.
    mutating func walk(_ folder: String) -> Folder? {
        guard let identity = FileStatus.following(folder)?.identity else { return nil }
        visited.insert(identity)
        return walkContents(folder.hasSuffix("/") ? folder : folder + "/", name: URL(fileURLWithPath: folder).lastPathComponent)
    }

    private mutating func walkContents(_ base: String, name: String) -> Folder? {
        var found = Folder(name: name, path: base, notebooks: [], subfolders: [])
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let path = base + name
            guard let entry = resolve(path, isNotebook: name.hasSuffix(".md")) else { continue }
            switch entry.kind {
            case .directory:
                guard enter(path, entry: entry), let sub = walkContents(path + "/", name: name) else { continue }
                found.subfolders.append(sub)
            case .regular where name.hasSuffix(".md"):
                found.notebooks.append(path)
            case .special where name.hasSuffix(".md"):
                warn(path, "\(entry.kind) is not read as a notebook; not published")
            default:
                continue
            }
        }
        return found.notebooks.isEmpty && found.subfolders.isEmpty ? nil : found
    }

    /// Where `path` leads and what it is; nil (with a warning when it matters) for a broken link or a link out of
    /// the course. Plain files and folders are never links, so only links need resolving.
    private mutating func resolve(_ path: String, isNotebook: Bool) -> Entry? {
        guard let own = FileStatus.ofLink(path) else { return nil }
        guard own.kind == .symbolicLink else { return Entry(real: path, kind: own.kind, identity: own.identity, isLink: false) }
        guard let real = RealPath.resolve(path), let target = FileStatus.following(real) else {
            if isNotebook { warn(path, "broken symbolic link; not published") }
            return nil
        }
        guard RealPath.isInside(real, root: root) else {
            if isNotebook || target.kind == .directory {
                warn(path, "symbolic link leads outside the course folder (to \(real)); not published")
            }
            return nil
        }
        return Entry(real: real, kind: target.kind, identity: target.identity, isLink: true)
    }

    /// Whether to walk the folder at `path`: not the output folder, not a folder walked before, and not a link to
    /// a folder the walk reaches by its own name (the link would publish it twice, or loop).
    private mutating func enter(_ path: String, entry: Entry) -> Bool {
        let real = entry.isLink ? entry.real : (RealPath.resolve(path) ?? path)
        if let output, RealPath.isInside(real, root: output) { return false }
        if entry.isLink, let parts = RealPath.components(of: real, below: root), !parts.contains(where: { $0.hasPrefix(".") }) {
            warn(path, parts.isEmpty ? "symbolic link back to the course folder (a loop); skipped"
                 : "symbolic link to the course folder '\(parts.joined(separator: "/"))', which is published under its own name; skipped")
            return false
        }
        guard visited.insert(entry.identity).inserted else {
            warn(path, "folder already in the course (a symbolic link loop or a second link to it); skipped")
            return false
        }
        return true
    }

    private mutating func warn(_ path: String, _ message: String) {
        warnings.append(Diagnostic(.warning, message, at: nil, file: path))
    }
}
