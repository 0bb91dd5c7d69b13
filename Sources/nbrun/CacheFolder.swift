import Foundation
import Output

/// Where the result cache lives: `.nbrun-cache/` in the source root (the course folder, or the folder of a
/// notebook rendered alone), or the folder given with `--cache-dir`; never in the output folder, which holds the
/// site only. A cache folder from earlier versions (`OUTPUT/.nbrun-cache`) is moved to the new place (or removed
/// when that exists already), so it is not deployed.
enum CacheFolder {
    /// The cache folder for a render whose root is `root` (`explicit`: `--cache-dir`), or nil with the warning
    /// to print when it cannot be used (results are then neither read nor stored).
    static func choose(root: SourceRoot, explicit: URL?) -> (folder: URL?, warning: String?) {
        let cache = explicit ?? root.defaultCache
        let off = "; results are neither read from nor stored in the cache"
        guard let own = FileStatus.ofLink(cache.path) else { return (cache, nil) }
        guard let resolved = RealPath.resolve(cache.path), let target = FileStatus.following(resolved) else {
            return (nil, "nbrun: warning: \(cache.path): the cache folder cannot be reached" + off)
        }
        if explicit == nil, !RealPath.isInside(resolved, root: root.real) || resolved == root.real {
            return (nil, "nbrun: warning: \(cache.path): the cache folder is a symbolic link leading outside the course folder (to \(resolved))" + off)
        }
        guard target.kind == .directory else {
            let kind = own.kind == .symbolicLink ? "a symbolic link to something other than a folder" : "\(own.kind)"
            return (nil, "nbrun: warning: \(cache.path): the cache folder is \(kind)" + off)
        }
        return (cache, nil)
    }

    /// Moves an earlier version's cache out of the output folder `output`, into `cache` when that does not exist
    /// yet, else removes it; the note or warning to print, nil when there is none. A folder holding anything but
    /// cache entries is left alone with a warning.
    static func retireOld(in output: URL, movingTo cache: URL?) -> String? {
        let old = output.appendingPathComponent(".nbrun-cache", isDirectory: true)
        guard let status = FileStatus.ofLink(old.path) else { return nil }
        let leave = "; it is left as it is: remove it so that it is not deployed (the cache now lives beside the sources)"
        guard status.kind == .directory else { return "nbrun: warning: \(old.path) is \(status.kind)" + leave }
        if let cache, let real = RealPath.resolve(cache.path), real == RealPath.resolve(old.path) { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: old.path)) ?? []
        guard names.allSatisfy(isCacheEntry) else { return "nbrun: warning: \(old.path) holds files nbrun did not write" + leave }
        if let cache, FileStatus.ofLink(cache.path) == nil, (try? AtomicFile.createFolder(cache.deletingLastPathComponent().path)) != nil,
           rename(old.path, cache.path) == 0 {
            return "nbrun: note: moved the old cache folder \(old.path) out of the output folder, to \(cache.path)"
        }
        for name in names { unlink(old.appendingPathComponent(name).path) }
        guard rmdir(old.path) == 0 else { return "nbrun: warning: cannot remove the old cache folder \(old.path): \(String(cString: strerror(errno)))" }
        return "nbrun: note: removed the old cache folder \(old.path) from the output folder (the cache now lives in "
            + "\(cache?.path ?? "the course folder"))"
    }

    /// Whether `name` is a cache entry (`<64 hex digits>.json`) or a cache write's temporary file (`.NAME.tmp-…`).
    static func isCacheEntry(_ name: String) -> Bool {
        if name.hasPrefix("."), name.contains(".json.tmp-") { return true }
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(".json".count)
        return stem.count == 64 && stem.allSatisfy(\.isHexDigit)
    }
}
