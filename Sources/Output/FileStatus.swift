import Foundation

/// What the file system says about a path (`stat(2)` or `lstat(2)`): its kind and its identity, so that a walk
/// over folders can tell files from folders, links and special files, and notice a folder it has seen before.
public struct FileStatus: Equatable, Sendable {
    /// The kind of file.
    public enum Kind: Equatable, Sendable {
        /// An ordinary file, the only kind nbrun reads as a notebook, data file or cache entry.
        case regular
        /// A folder.
        case directory
        /// A symbolic link (only reported by `ofLink`, which does not follow it).
        case symbolicLink
        /// A FIFO, socket, character or block device.
        case special
    }

    /// A file's identity: the device holding it and its inode number. Two paths with the same identity are the
    /// same file or folder, whatever links lead to them.
    public struct Identity: Hashable, Sendable {
        /// `st_dev`.
        public var device: UInt64
        /// `st_ino`.
        public var inode: UInt64
    }

    /// The kind of file.
    public var kind: Kind
    /// The device and inode.
    public var identity: Identity
    /// The size in bytes (`st_size`; 0 for most files under `/proc`).
    public var size: Int

    /// The status of what `path` names, following symbolic links; nil when it does not exist or cannot be reached.
    public static func following(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    /// The status of `path` itself: a symbolic link is reported as `.symbolicLink`, not followed.
    public static func ofLink(_ path: String) -> FileStatus? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    /// The status of an open file descriptor.
    public static func ofDescriptor(_ descriptor: Int32) -> FileStatus? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileStatus(info)
    }

    private init(_ info: stat) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .symbolicLink
        default: kind = .special
        }
        identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        size = Int(info.st_size)
    }
}

extension FileStatus.Kind: CustomStringConvertible {
    /// The kind in words, for messages: "a file", "a folder", "a symbolic link", "a special file".
    public var description: String {
        switch self {
        case .regular: return "a file"
        case .directory: return "a folder"
        case .symbolicLink: return "a symbolic link"
        case .special: return "a special file (FIFO, socket or device)"
        }
    }
}
