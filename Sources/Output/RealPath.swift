import Foundation

/// Canonical paths (`realpath(3)`): absolute, every symbolic link and `.`/`..` resolved, so that "is this file
/// inside that folder" can be answered for where a path really leads, not for how it is spelled.
public enum RealPath {
    /// The canonical path of `path`; nil when it (or a folder on the way) does not exist or cannot be reached.
    public static func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the canonical path `path` is `root` itself or lies below it (both canonical).
    public static func isInside(_ path: String, root: String) -> Bool {
        if path == root || root == "/" { return true }
        return path.hasPrefix(root + "/")
    }

    /// The components of the canonical path `path` below the canonical folder `root` (empty for `root` itself);
    /// nil when `path` is not inside `root`.
    public static func components(of path: String, below root: String) -> [Substring]? {
        guard isInside(path, root: root) else { return nil }
        let rest = root == "/" ? path.dropFirst() : path.dropFirst(root.count)
        return rest.split(separator: "/")
    }

    /// The canonical path of `path`, whose last parts need not exist: the `realpath` of its deepest existing part
    /// followed by the rest; nil when a `..` follows a missing part (such a path names nothing: the system cannot
    /// go up from a folder that does not exist). So a link out of a folder is caught even when the file behind it
    /// is missing.
    public static func resolvePartially(_ path: String) -> String? {
        var existing = path, rest: [String] = []
        while resolve(existing) == nil {
            let parent = (existing as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != existing else { return nil }
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = parent
        }
        guard !rest.contains(".."), var resolved = resolve(existing) else { return nil }
        for part in rest where part != "." { resolved += (resolved.hasSuffix("/") ? "" : "/") + part }
        return resolved
    }
}
