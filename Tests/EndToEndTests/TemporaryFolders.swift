import Foundation
import XCTest

/// Removes the end-to-end tests' temporary folders when the test that made them has finished (after its
/// `tearDown`), and any left when the test bundle finishes. Registered as a test observer on first use; the test
/// running then is told about its end too.
final class TemporaryFolders: NSObject, XCTestObservation, @unchecked Sendable {
    /// The one instance, registered with the observation center when first used.
    static let shared: TemporaryFolders = {
        let folders = TemporaryFolders()
        XCTestObservationCenter.shared.addTestObserver(folders)
        return folders
    }()

    private let lock = NSLock()
    private var pending: [URL] = []
    private var cache: URL?

    /// The running test's result cache folder (made on first use, removed when the test ends): renders of the
    /// committed fixtures then write no cache into the source tree, and no test reads another test's results.
    func cacheFolder() -> URL {
        lock.withLock {
            if let cache { return cache }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-e2e-cache-\(UUID().uuidString)")
            cache = folder
            pending.append(folder)
            return folder
        }
    }

    /// Removes `folder` (recursively) when the running test ends.
    func removeAfterCurrentTest(_ folder: URL) {
        lock.withLock { pending.append(folder) }
    }

    /// Removes every folder registered so far; the folders still present afterwards (none unless removal failed).
    @discardableResult
    func removeAll() -> [URL] {
        let folders = lock.withLock {
            defer { pending = []; cache = nil }
            return pending
        }
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
        return folders.filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    func testCaseDidFinish(_ testCase: XCTestCase) {
        removeAll()
    }

    func testBundleDidFinish(_ testBundle: Bundle) {
        removeAll()
    }
}
