import Foundation

/// Opens files for reading only when they are regular files: a FIFO, socket or device named like a notebook,
/// data file or cache entry is refused instead of read (a FIFO would block forever, a device never end).
///
/// The kind is checked on the opened descriptor, which is opened without blocking, so a FIFO is refused at once
/// and a path swapped between the check and the read cannot slip through.
public enum RegularFile {
    /// Why a file could not be opened.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// `open(2)` failed: the system's reason (`strerror`) and `errno`.
        case cannotOpen(reason: String, code: Int32)
        /// The path names something other than a regular file.
        case notRegular(FileStatus.Kind)

        /// The reason in words, e.g. "No such file or directory" or "it is a folder, not a file".
        public var description: String {
            switch self {
            case let .cannotOpen(reason, _): return reason
            case let .notRegular(kind): return "it is \(kind), not a regular file"
            }
        }
    }

    /// A handle reading the regular file at `path` (closed when released).
    public static func open(_ path: String) throws(Refusal) -> FileHandle {
        let descriptor = Foundation.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            throw .cannotOpen(reason: String(cString: strerror(code)), code: code)
        }
        guard let status = FileStatus.ofDescriptor(descriptor), status.kind == .regular else {
            let kind = FileStatus.ofDescriptor(descriptor)?.kind ?? .special
            close(descriptor)
            throw .notRegular(kind)
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// The whole contents of the regular file at `path`.
    public static func read(_ path: String) throws -> Data {
        let handle = try open(path)
        defer { try? handle.close() }
        return try handle.readToEnd() ?? Data()
    }
}
