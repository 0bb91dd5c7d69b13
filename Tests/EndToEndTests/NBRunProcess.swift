import Foundation
import XCTest

/// Runs the built `nbrun` binary and captures its exit status and output.
struct NBRunProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `nbrun` next to the test bundle (`swift build` puts both in the same products folder).
    static var binary: URL {
        let products = Bundle(for: Marker.self).bundleURL.deletingLastPathComponent()
        let candidate = products.appendingPathComponent("nbrun")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return packageRoot.appendingPathComponent(".build/debug/nbrun")
    }

    private final class Marker {}

    /// Runs `nbrun arguments` in `directory`, with `environment` added to this process's environment. Unless the
    /// arguments choose the cache themselves (or `defaultCache` is true), the cache is the test's own folder
    /// (`--cache-dir`, see `TemporaryFolders.cacheFolder`), not `.nbrun-cache` beside the committed fixtures.
    static func run(_ arguments: [String], in directory: URL = packageRoot, environment: [String: String] = [:],
                    defaultCache: Bool = false) throws -> Outcome {
        try runExecutable(binary, defaultCache ? arguments : withTestCache(arguments), in: directory, environment: environment)
    }

    /// `arguments` plus `--cache-dir` and the test's cache folder, when they render (not `--check`, `--no-cache`,
    /// `--cache-dir`, `--help` or `--version`).
    static func withTestCache(_ arguments: [String]) -> [String] {
        let own: Set<String> = ["--check", "--no-cache", "--cache-dir", "--help", "-h", "--version"]
        guard !arguments.contains(where: own.contains) else { return arguments }
        return arguments + ["--cache-dir", TemporaryFolders.shared.cacheFolder().path]
    }

    /// Runs `executable arguments` and collects both outputs to their ends: stderr on its own thread while stdout is
    /// read here, so a child that fills one pipe (64 KB) while the other is still open never blocks.
    static func runExecutable(_ executable: URL, _ arguments: [String], in directory: URL = packageRoot,
                              environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = PipeReader(err.fileHandleForReading)
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.wait()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Reads a file handle to its end on a thread of its own.
    private final class PipeReader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        /// Everything read, once the writer has closed its end.
        func wait() -> Data {
            done.wait()
            return data
        }
    }

    /// A fresh temporary folder, removed with everything in it when the current test ends (see `TemporaryFolders`).
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        TemporaryFolders.shared.removeAfterCurrentTest(url)
        return url
    }

    /// Files in `folder` (recursively, relative paths, sorted), excluding the cache folder and the output manifest.
    static func files(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue, !path.hasPrefix(".nbrun-cache"), path != ".nbrun-manifest" { found.append(path) }
        }
        return found.sorted()
    }
}
