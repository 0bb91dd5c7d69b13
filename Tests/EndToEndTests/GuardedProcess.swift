import Foundation
import XCTest

/// Runs the built `nbrun` like `NBRunProcess.run`, but gives up after `limit` seconds (killing it; far above the second these renders take), reads stdout
/// and stderr at the same time, and can start it through `/bin/sh` with a resource limit set (`ulimit`). For the
/// file-system tests, where the faults being guarded against are endless walks, blocked reads and signals.
enum GuardedProcess {
    /// The outcome, or nil when the process was still running after `limit` seconds (it is killed).
    static func run(_ arguments: [String], in directory: URL, ulimit: String? = nil, environment: [String: String] = [:],
                    limit: TimeInterval = 60) throws -> NBRunProcess.Outcome? {
        let process = Process()
        if let ulimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit \(ulimit) && exec \"$0\" \"$@\"", NBRunProcess.binary.path] + arguments
        } else {
            process.executableURL = NBRunProcess.binary
            process.arguments = arguments
        }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        let collected = Collected()
        let readers = DispatchGroup()
        for (pipe, isError) in [(out, false), (err, true)] {
            DispatchQueue.global().async(group: readers) {
                collected.set(pipe.fileHandleForReading.readDataToEndOfFile(), isError: isError)
            }
        }
        guard finished.wait(timeout: .now() + limit) == .success else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        readers.wait()
        return NBRunProcess.Outcome(status: process.terminationStatus, stdout: String(decoding: collected.out, as: UTF8.self),
                                    stderr: String(decoding: collected.err, as: UTF8.self))
    }

    /// A fresh temporary folder, removed when `test` ends.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = try NBRunProcess.temporaryFolder()
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Writes `files` (relative path → text) below `folder`, creating folders.
    static func write(_ files: [String: String], to folder: URL) throws {
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// Creates the symbolic link `name` in `folder`, pointing at `target` (written as given).
    static func link(_ name: String, in folder: URL, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
    }

    /// Every entry below `folder`, files and folders, relative and sorted; links are listed, not followed.
    static func entries(in folder: URL) -> [String] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: folder.path) else { return [] }
        return names.sorted()
    }

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var out = Data(), err = Data()

        func set(_ data: Data, isError: Bool) {
            lock.lock()
            defer { lock.unlock() }
            if isError { err = data } else { out = data }
        }
    }
}
