import Foundation

/// Writes files atomically: a temporary file in the same folder, then a rename over the target.
///
/// Temporary names hold the process id and a per-process write number, so that threads writing the same target
/// at once (notebooks rendered in parallel storing the same cache entry) never share a temporary file.
public enum AtomicFile {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var writes = 0

    /// Writes `text` as UTF-8 to `url`, creating the folder if needed.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` to `url`, creating the folder if needed.
    public static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        lock.lock()
        writes += 1
        let number = writes
        lock.unlock()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)-\(number)")
        do {
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
