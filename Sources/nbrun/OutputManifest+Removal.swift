import Foundation
import Output
import Runner

/// Removing a file the manifest lists, only where it is safe: a plain relative path inside the output folder, no
/// symbolic link on the way out, a regular file whose contents are still what nbrun wrote.
extension OutputManifest {
    /// What happened to one stale file.
    enum Removal: Equatable {
        /// Removed (and the folders it leaves empty).
        case removed
        /// Already gone.
        case gone
        /// Kept, and why.
        case kept(String)
    }

    /// Removes the stale file `path` (relative to `output`) when it still holds what nbrun wrote (`digest`).
    static func remove(_ path: String, digest: String, in output: URL) -> Removal {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, !parts.contains(where: { $0.isEmpty || $0.hasPrefix(".") }) else {
            return .kept("not a path nbrun writes; not removed")
        }
        let url = output.appendingPathComponent(path)
        guard let status = FileStatus.ofLink(url.path) else { return .gone }
        guard OutputFolder(url: output).keepsInside(url.deletingLastPathComponent()) else {
            return .kept("a symbolic link on the way leads outside the output folder; not removed")
        }
        guard status.kind == .regular else { return .kept("written by nbrun earlier, but now \(status.kind); not removed") }
        guard let data = try? RegularFile.read(url.path), digestOf(data) == digest else {
            return .kept("written by nbrun earlier and no longer, but changed since; not removed (delete it if it is not needed)")
        }
        guard unlink(url.path) == 0 else { return .kept("cannot remove it: \(String(cString: strerror(errno)))") }
        removeEmptyFolders(above: url, upTo: output)
        return .removed
    }

    /// The SHA-256 of `data` in hex.
    static func digestOf(_ data: Data) -> String {
        var hash = SHA256()
        hash.update(data)
        return hash.hexDigest()
    }

    /// Removes the folders between `url` and `output` that are now empty (`rmdir` fails on any other).
    private static func removeEmptyFolders(above url: URL, upTo output: URL) {
        let stop = output.standardizedFileURL.path
        var folder = url.deletingLastPathComponent().standardizedFileURL
        while folder.path.hasPrefix(stop + "/"), rmdir(folder.path) == 0 {
            folder = folder.deletingLastPathComponent()
        }
    }
}
