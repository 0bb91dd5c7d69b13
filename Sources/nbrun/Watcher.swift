import Foundation
import Output

/// `--watch`: renders once, then polls the notebooks' folders and re-renders what changed, until interrupted.
///
/// A changed notebook is re-rendered alone; a change to any other file (a CSV, say) re-renders every notebook,
/// since any of them may read it. The output folder is never watched, so writing reports cannot retrigger.
struct Watcher {
    let driver: Driver
    /// The notebooks and folders given on the command line.
    var inputs: [String] { driver.configuration.inputs }
    /// Seconds between polls.
    var interval: Double = 0.4

    private struct Stamp: Equatable {
        var modified: Date
        var size: Int
    }

    /// Stops on SIGINT or SIGTERM (exit 0), renders, then watches.
    func run() -> Never {
        StopSignals.exitOnStop(saying: "nbrun: stopped watching")
        _ = driver.run(inputs: inputs)
        watch()
    }

    /// Polls for changes and re-renders until interrupted, calling `afterRender` after each re-render.
    func watch(afterRender: () -> Void = {}) -> Never {
        printError("nbrun: watching \(folders.map(\.path).joined(separator: ", ")) for changes; press Ctrl-C to stop")
        var known = scan()
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = scan()
            let changed = Set(now.keys.filter { now[$0] != known[$0] }).union(known.keys.filter { now[$0] == nil })
            known = now
            guard !changed.isEmpty else { continue }
            let notebooks = changed.filter { $0.hasSuffix(".md") && now[$0] != nil }.sorted()
            let onlyNotebooks = changed.allSatisfy { $0.hasSuffix(".md") }
            let targets = onlyNotebooks ? notebookTargets(notebooks) : inputs
            guard !targets.isEmpty else { continue }
            printError("nbrun: changed: " + changed.sorted().map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", "))
            _ = driver.run(inputs: targets)
            afterRender()
        }
    }

    /// What to re-render for changed notebooks: a notebook given as a file alone, every folder input (a course)
    /// whole, so its navigation and landing page stay current (unchanged runs come from the cache).
    private func notebookTargets(_ changed: [String]) -> [String] {
        let folders = inputs.filter { input in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        let files = changed.filter { path in inputs.contains { URL(fileURLWithPath: $0).standardizedFileURL.path == URL(fileURLWithPath: path).standardizedFileURL.path } }
        return folders.isEmpty ? changed : folders + files
    }

    /// The folders to watch: each input folder, or the folder of each input file.
    private var folders: [URL] {
        var seen = Set<String>()
        return inputs.compactMap { input -> URL? in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory)
            let url = (isDirectory.boolValue ? URL(fileURLWithPath: input) : URL(fileURLWithPath: input).deletingLastPathComponent())
                .standardizedFileURL
            return seen.insert(url.path).inserted ? url : nil
        }
    }

    /// Modification stamps of every file below the watched folders, except hidden ones and the output folder.
    private func scan() -> [String: Stamp] {
        let output = driver.outputFolder.standardizedFileURL.path
        var stamps: [String: Stamp] = [:]
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey],
                                                                  options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                let path = url.standardizedFileURL.path
                if path == output || path.hasPrefix(output + "/") {
                    enumerator.skipDescendants()
                    continue
                }
                guard let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]),
                      values.isRegularFile == true else { continue }
                stamps[relative(path)] = Stamp(modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
            }
        }
        return stamps
    }

    /// Paths as the user would name them: relative to the current folder when inside it.
    private func relative(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        return path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
    }
}
