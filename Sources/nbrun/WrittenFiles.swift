import Foundation

/// The files one render writes into the output folder, with the SHA-256 of what was written: recorded by every
/// write (`Driver.writeFile`, from the threads that write chapters in parallel), then kept in the output manifest.
final class WrittenFiles: @unchecked Sendable {
    /// The output folder's path, standardized; written files are recorded relative to it.
    let output: String
    private let lock = NSLock()
    private var digests: [String: String] = [:]
    private var tried: Set<String> = []

    /// Records for the output folder `output`.
    init(output: URL) {
        self.output = output.standardizedFileURL.path
    }

    /// Notes that `data` is (or was meant to be) the contents of `url`: `written` false for a failed write, whose
    /// previous file stays (and is not removed as stale).
    func record(_ url: URL, data: Data, written: Bool) {
        guard let path = relative(url) else { return }
        let digest = OutputManifest.digestOf(data)
        lock.withLock {
            tried.insert(path)
            if written { digests[path] = digest }
        }
    }

    /// Every file written, by path relative to the output folder, with its digest.
    var written: [String: String] { lock.withLock { digests } }

    /// Every path written or tried.
    var attempted: Set<String> { lock.withLock { tried } }

    /// `url`'s path relative to the output folder, nil when it is not below it.
    private func relative(_ url: URL) -> String? {
        let path = url.standardizedFileURL.path
        guard path.hasPrefix(output + "/") else { return nil }
        return String(path.dropFirst(output.count + 1))
    }
}
