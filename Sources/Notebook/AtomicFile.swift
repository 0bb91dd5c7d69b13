import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files atomically: a temporary file in the same folder, then a rename over the target.
///
/// Temporary names hold the process id and a per-process write number, so that threads writing the same target
/// at once (notebooks rendered in parallel storing the same cache entry) never share a temporary file. The
/// temporary files of writes in progress are registered in `temporaries`, so that a stop signal can remove them
/// (`abandonWrites()`).
public enum AtomicFile {
    /// The temporary files of this process's writes in progress.
    public static let temporaries = TemporaryFiles()

    /// Writes `text` as UTF-8 to `url`, creating the folder if needed.
    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Writes `data` to `url`, creating the folder if needed.
    public static func write(_ data: Data, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let (temporary, descriptor) = try temporaries.create(besides: url)
        defer { temporaries.forget(temporary) }
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            try handle.write(contentsOf: data)
            try handle.close()
            guard rename(temporary, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Removes the temporary files of every write in progress and makes every later write wait forever: for a
    /// process about to exit on a stop signal (`--serve`, `--watch`), which must leave no temporary file behind.
    public static func abandonWrites() {
        temporaries.abandon()
    }
}
