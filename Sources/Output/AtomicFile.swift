import Foundation

/// Writes files atomically: a temporary file in the same folder, written whole, then renamed over the target, so
/// a reader sees the old file or the new one, never part of one, and a write that fails leaves the old file as
/// it was (the temporary file is removed).
///
/// Temporary names hold the process id and a per-process write number, so that threads writing the same target
/// at once (notebooks rendered in parallel storing the same cache entry) never share a temporary file. They are
/// hidden (`.NAME.tmp-PID-N`) and stay within the file-name limit however long the target's name is. The temporary
/// files of writes in progress are registered in `temporaries`, so that a stop signal can remove them
/// (`abandonWrites()`).
public enum AtomicFile {
    /// The temporary files of this process's writes in progress.
    public static let temporaries = TemporaryFiles()

    /// Removes the temporary files of every write in progress and makes every later write wait forever: for a
    /// process about to exit on a stop signal (`--serve`, `--watch`), which must leave no temporary file behind.
    public static func abandonWrites() {
        temporaries.abandon()
    }

    /// A write that failed: the file and the system's reason.
    public struct Failure: Error, CustomStringConvertible {
        /// The file that could not be written (or the folder that could not be created).
        public var path: String
        /// The system's reason, e.g. "No space left on device".
        public var reason: String

        /// `PATH: REASON`.
        public var description: String { "\(path): \(reason)" }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var writes = 0
    /// The most bytes of the target's name kept in a temporary name (NAME_MAX is 255 on Linux and macOS).
    static let keptNameBytes = 200

    /// Writes `text` as UTF-8 to `url`, creating the folder if needed.
    public static func write(_ text: String, to url: URL) throws(Failure) {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` to `url`, creating the folder if needed.
    public static func write(_ data: Data, to url: URL) throws(Failure) {
        let folder = url.deletingLastPathComponent().standardizedFileURL.path
        try createFolder(folder)
        let temporary = (folder == "/" ? "" : folder) + "/" + temporaryName(for: url.lastPathComponent)
        defer { temporaries.forget(temporary) }
        do throws(Failure) {
            try writeWhole(data, to: temporary)
            guard rename(temporary, url.path) == 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
        } catch {
            unlink(temporary)
            throw Failure(path: url.path, reason: error.reason)
        }
    }

    /// Creates `folder` and the folders above it that are missing (`mkdir -p`), or throws the first part of the
    /// path that is not a folder, or the system's reason.
    public static func createFolder(_ folder: String) throws(Failure) {
        if let status = FileStatus.following(folder) {
            guard status.kind == .directory else { throw Failure(path: folder, reason: "it is \(status.kind), not a folder") }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try createFolder(parent) }
        guard mkdir(folder, 0o777) == 0 || errno == EEXIST else { throw Failure(path: folder, reason: String(cString: strerror(errno))) }
    }

    /// A hidden name in the target's folder, unique to this process and write.
    static func temporaryName(for name: String) -> String {
        lock.lock()
        writes += 1
        let number = writes
        lock.unlock()
        var kept = ""
        for character in name where kept.utf8.count + character.utf8.count <= keptNameBytes { kept.append(character) }
        return ".\(kept).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(number)"
    }

    /// Creates `path` (which must not exist, registered in `temporaries`) and writes all of `data`, or throws the
    /// system's reason.
    private static func writeWhole(_ data: Data, to path: String) throws(Failure) {
        let descriptor = try temporaries.create(path)
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    failure = count < 0 ? errno : EIO
                    return
                }
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw Failure(path: path, reason: String(cString: strerror(failure))) }
    }
}
