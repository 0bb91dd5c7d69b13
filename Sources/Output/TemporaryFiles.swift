import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files of writes in progress (`AtomicFile`), so that a process stopped by a signal can remove them
/// before it exits.
///
/// A temporary file is created (`O_CREAT | O_EXCL`) and registered under one lock, and `abandon()` takes that lock
/// for good: once it has removed the registered files, no write can create another, and every write still running
/// waits at its next step until the process exits. A write that already renamed its file over the target is
/// complete; one that had not is left without its temporary file (the rename then fails), never half-written.
public final class TemporaryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// An empty register.
    public init() {}

    /// Creates the file at `path`, which must not exist, registers it and returns a descriptor open for writing;
    /// throws the system's reason.
    public func create(_ path: String) throws(AtomicFile.Failure) -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw AtomicFile.Failure(path: path, reason: String(cString: strerror(errno))) }
        paths.insert(path)
        return descriptor
    }

    /// Unregisters `path` (renamed over its target, or removed after a failed write).
    public func forget(_ path: String) {
        lock.lock()
        paths.remove(path)
        lock.unlock()
    }

    /// The paths registered now.
    public var registered: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }

    /// Removes every registered file and keeps the lock: later calls of `create` and `forget` wait forever. For a
    /// process that exits right after.
    public func abandon() {
        lock.lock()
        for path in paths { unlink(path) }
        paths = []
    }
}
