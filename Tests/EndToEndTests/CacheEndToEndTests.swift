import Foundation
import XCTest

/// The result cache and the per-cell time limit, through the built binary.
final class CacheEndToEndTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md")

    private func contents(_ folder: URL, _ names: [String]) throws -> [Data] {
        try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    func testCachedRenderIsByteIdenticalAndTheCacheLivesBesideTheSources() throws {
        let workspace = try NBRunProcess.temporaryFolder()
        let notebooks = workspace.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: basic, to: notebooks.appendingPathComponent("basic.md"))
        try FileManager.default.copyItem(at: basic.deletingLastPathComponent().appendingPathComponent("data"),
                                         to: notebooks.appendingPathComponent("data"))
        let arguments = ["notebooks/basic.md", "-o", "out", "--to", "html,json"]
        let cold = try NBRunProcess.run(arguments, in: workspace, defaultCache: true)
        XCTAssertEqual(cold.status, 0, cold.stderr)
        let output = workspace.appendingPathComponent("out")
        let names = ["basic.html", "basic.json"]
        let first = try contents(output, names)
        let cache = notebooks.appendingPathComponent(".nbrun-cache")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(entries.count, 5, "one entry per run: line, houses, s[gd], s[momentum], logit")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent(".nbrun-cache").path), "the output holds the site only")

        let warm = try NBRunProcess.run(arguments, in: workspace, defaultCache: true)
        XCTAssertEqual(warm.status, 0, warm.stderr)
        XCTAssertEqual(try contents(output, names), first, "a render from the cache must be byte-identical")
        XCTAssertEqual(NBRunProcess.files(in: output), names, "the output folder holds the pages and nothing else")

        let uncached = workspace.appendingPathComponent("plain")
        let plain = try NBRunProcess.run(["notebooks/basic.md", "-o", uncached.path, "--to", "html,json", "--no-cache"], in: workspace)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(try contents(uncached, names), first, "cached and uncached renders agree")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.count, 5,
                       "--no-cache writes no cache")
    }

    func testCacheDirChoosesTheCacheFolderAndMayNotLieInTheOutput() throws {
        let workspace = try NBRunProcess.temporaryFolder()
        try "# C\n\n```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n".write(to: workspace.appendingPathComponent("c.md"),
                                                                                            atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run(["c.md", "-o", "out", "--cache-dir", "my-cache"], in: workspace)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.appendingPathComponent("my-cache").path).count, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".nbrun-cache").path))

        let inside = try NBRunProcess.run(["c.md", "-o", "out", "--cache-dir", "out/cache"], in: workspace)
        XCTAssertEqual(inside.status, 2, inside.stderr)
        XCTAssertTrue(inside.stderr.hasPrefix("nbrun: error: cannot use out/cache as the cache folder: it is inside the output folder out"),
                      inside.stderr)
        let both = try NBRunProcess.run(["c.md", "--cache-dir", "x", "--no-cache"], in: workspace)
        XCTAssertEqual(both.status, 2)
        XCTAssertTrue(both.stderr.hasPrefix("nbrun: error: --cache-dir and --no-cache cannot be combined\n"), both.stderr)
    }

    func testAnOldCacheInTheOutputFolderIsMovedBesideTheSources() throws {
        let workspace = try NBRunProcess.temporaryFolder()
        try "# C\n\nText.\n".write(to: workspace.appendingPathComponent("c.md"), atomically: true, encoding: .utf8)
        let old = workspace.appendingPathComponent("out/.nbrun-cache")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        let entry = String(repeating: "ab", count: 32) + ".json"
        try "{}".write(to: old.appendingPathComponent(entry), atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run(["c.md", "-o", "out"], in: workspace, defaultCache: true)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("nbrun: note: moved the old cache folder "), outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.path), "no cache is left in the published folder")
        XCTAssertTrue(FileManager.default.fileExists(atPath: workspace.appendingPathComponent(".nbrun-cache/" + entry).path))

        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try "mine".write(to: old.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let foreign = try NBRunProcess.run(["c.md", "-o", "out"], in: workspace, defaultCache: true)
        XCTAssertEqual(foreign.status, 0, foreign.stderr)
        XCTAssertTrue(foreign.stderr.contains(".nbrun-cache holds files nbrun did not write; it is left as it is"), foreign.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: old.appendingPathComponent("notes.txt").path), "a user's file is never removed")
    }

    func testCheckWritesNoCache() throws {
        let workspace = try NBRunProcess.temporaryFolder()
        try FileManager.default.copyItem(at: basic, to: workspace.appendingPathComponent("basic.md"))
        try FileManager.default.copyItem(at: basic.deletingLastPathComponent().appendingPathComponent("data"), to: workspace.appendingPathComponent("data"))
        let outcome = try NBRunProcess.run(["basic.md", "-o", "out", "--check"], in: workspace)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.path).sorted(), ["basic.md", "data"])
    }

    func testTimeoutStopsAHugeTrainingRunWithALocatedError() throws {
        let folder = try NBRunProcess.temporaryFolder()
        let notebook = "# Slow\n\n```config slow\ndata: {generate: moons, n: 200, seed: 1}\nmodel: {name: mlp, hidden: [16]}\nloss: cross_entropy\nepochs: 100000\n```\n"
        try notebook.write(to: folder.appendingPathComponent("slow.md"), atomically: true, encoding: .utf8)
        let started = Date()
        let outcome = try NBRunProcess.run(["slow.md", "-o", "out", "--timeout", "0.2"], in: folder, defaultCache: true)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "measured 0.45 s; without the limit 100,000 epochs take minutes")
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("slow.md:3:1: error: cell exceeded the time limit of 0.2 s (at epoch "), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(" of 100000)\n  hint: raise --timeout, or lower epochs/n"), outcome.stderr)
        let cache = folder.appendingPathComponent(".nbrun-cache")
        XCTAssertTrue((try? FileManager.default.contentsOfDirectory(atPath: cache.path))?.isEmpty ?? true, "a timed-out run is not cached")
    }
}
