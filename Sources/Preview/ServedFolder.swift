import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The regular files inside the served (output) folder, looked up from request paths with every symbolic link
/// resolved: a file is served only when its real path lies inside the folder's real path, no name on the way is
/// hidden (`.nbrun-cache`, temporary files), and it is a regular file (not a folder, FIFO, socket or device).
public struct ServedFolder: Sendable {
    /// What a request path names.
    public enum Lookup: Equatable, Sendable {
        /// A regular file: its contents and its file extension.
        case file(Data, fileExtension: String)
        /// A folder asked for without a trailing `/` (redirected, so its page's relative links work).
        case folderWithoutSlash
        /// Nothing servable.
        case notFound
        /// A regular file that could not be read (an I/O error).
        case unreadable
    }

    /// The folder served, as given (it may not exist yet when the server starts).
    public let root: URL

    /// The folder at `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The file `path` names: a file, or a folder's `index.html`.
    public func lookup(_ path: RequestPath) -> Lookup {
        guard !path.segments.contains(where: { $0.hasPrefix(".") }), let base = Self.realPath(root.path) else { return .notFound }
        let candidate = ([base] + path.segments).joined(separator: "/")
        guard let target = Self.realPath(candidate), Self.isVisible(target, inside: base) else { return .notFound }
        var info = stat()
        guard stat(target, &info) == 0 else { return .notFound }
        guard info.st_mode & S_IFMT == S_IFDIR else { return Self.read(target) }
        guard path.endsWithSlash || path.segments.isEmpty else { return .folderWithoutSlash }
        guard let index = Self.realPath(target + "/index.html"), Self.isVisible(index, inside: base) else { return .notFound }
        return Self.read(index)
    }

    /// `path` with every symbolic link, `.` and `..` resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// True when `path` (resolved) is `base` or below it, with no hidden name below `base`.
    static func isVisible(_ path: String, inside base: String) -> Bool {
        guard path == base || path.hasPrefix(base == "/" ? "/" : base + "/") else { return false }
        return !path.dropFirst(base.count).split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The contents of the regular file at the resolved `path`: opened without following a link and without
    /// waiting (a FIFO swapped in is not read), then checked to be a regular file.
    static func read(_ path: String) -> Lookup {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .notFound }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .notFound }
        do {
            return .file(try handle.readToEnd() ?? Data(), fileExtension: URL(fileURLWithPath: path).pathExtension)
        } catch {
            return .unreadable
        }
    }
}
