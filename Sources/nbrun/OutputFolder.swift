import Foundation
import Output
import Notebook

/// The output folder (`-o`): checked before anything is rendered, so that a path that can never hold the reports
/// is bad usage (exit 2) rather than a failure found after minutes of training; and the boundary every written file
/// must stay inside (a symbolic link in it never carries a write elsewhere).
struct OutputFolder {
    /// The folder as given.
    let url: URL

    /// The folder as the user wrote it, for messages.
    var path: String { url.path }

    /// Why the folder cannot hold the reports (it, or the first existing folder above it, is a file; or it is not
    /// writable), or nil when it can (it need not exist yet).
    var problem: String? {
        var existing = url.standardizedFileURL
        while existing.path != "/", FileStatus.following(existing.path) == nil { existing.deleteLastPathComponent() }
        guard let status = FileStatus.following(existing.path) else { return "it cannot be reached" }
        let named = existing.path == url.standardizedFileURL.path ? "it" : "'\(existing.path)'"
        guard status.kind == .directory else { return "\(named) is \(status.kind), not a folder" }
        guard access(existing.path, W_OK | X_OK) == 0 else { return "\(named) is not writable (\(String(cString: strerror(errno))))" }
        return nil
    }

    /// The folder's canonical path, nil while it does not exist.
    var realPath: String? { RealPath.resolve(url.path) }

    /// Whether writing into `folder` (inside the output folder) stays inside it: true when `folder` does not exist
    /// yet or resolves inside the output folder, false when a symbolic link on the way leads elsewhere.
    func keepsInside(_ folder: URL) -> Bool {
        guard let root = realPath, FileStatus.ofLink(folder.path) != nil else { return true }
        guard let resolved = RealPath.resolve(folder.path) else { return false }
        return RealPath.isInside(resolved, root: root)
    }
}
