import Foundation
import Output

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
        guard !path.segments.contains(where: { $0.hasPrefix(".") }), let base = RealPath.resolve(root.path) else { return .notFound }
        guard let target = RealPath.resolve(([base] + path.segments).joined(separator: "/")), Self.isVisible(target, inside: base) else {
            return .notFound
        }
        guard FileStatus.following(target)?.kind == .directory else { return Self.read(target, inside: base) }
        guard path.endsWithSlash || path.segments.isEmpty else { return .folderWithoutSlash }
        guard let index = RealPath.resolve(target + "/index.html"), Self.isVisible(index, inside: base) else { return .notFound }
        return Self.read(index, inside: base)
    }

    /// True when the canonical `path` is inside the canonical `base` with no hidden name below it.
    static func isVisible(_ path: String, inside base: String) -> Bool {
        guard let components = RealPath.components(of: path, below: base) else { return false }
        return !components.contains { $0.hasPrefix(".") }
    }

    /// The contents of the regular file at the canonical `path`; the file opened is checked again where it really
    /// is (its descriptor's path), so a link swapped in after the lookup cannot lead out of `base`.
    static func read(_ path: String, inside base: String) -> Lookup {
        let handle: FileHandle
        do { handle = try RegularFile.open(path) } catch { return .notFound }
        defer { try? handle.close() }
        guard let opened = RealPath.resolve("/proc/self/fd/\(handle.fileDescriptor)"), isVisible(opened, inside: base) else {
            return .notFound
        }
        do {
            return .file(try handle.readToEnd() ?? Data(), fileExtension: URL(fileURLWithPath: opened).pathExtension)
        } catch {
            return .unreadable
        }
    }
}
