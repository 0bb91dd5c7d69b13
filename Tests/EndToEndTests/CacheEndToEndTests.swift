import Foundation
import XCTest

/// The result cache and the per-cell time limit, through the built binary.
final class CacheEndToEndTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md")

    private func contents(_ folder: URL, _ names: [String]) throws -> [Data] {
        try names.map { try Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    func testCachedRenderIsByteIdenticalAndTheCacheStaysInTheOutputFolder() throws {
        let workspace = try NBRunProcess.temporaryFolder()
        let arguments = [basic.path, "-o", "out", "--to", "html,json"]
        let cold = try NBRunProcess.run(arguments, in: workspace)
        XCTAssertEqual(cold.status, 0, cold.stderr)
        let output = workspace.appendingPathComponent("out")
        let names = ["basic.html", "basic.json"]
        let first = try contents(output, names)
        let cache = output.appendingPathComponent(".nbrun-cache")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(entries.count, 5, "one entry per run: line, houses, s[gd], s[momentum], logit")

        let warm = try NBRunProcess.run(arguments, in: workspace)
        XCTAssertEqual(warm.status, 0, warm.stderr)
        XCTAssertEqual(try contents(output, names), first, "a render from the cache must be byte-identical")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workspace.path), ["out"], "nothing outside the output folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: basic.deletingLastPathComponent().appendingPathComponent(".nbrun-cache").path))

        let uncached = workspace.appendingPathComponent("plain")
        let plain = try NBRunProcess.run([basic.path, "-o", uncached.path, "--to", "html,json", "--no-cache"], in: workspace)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(try contents(uncached, names), first, "cached and uncached renders agree")
        XCTAssertFalse(FileManager.default.fileExists(atPath: uncached.appendingPathComponent(".nbrun-cache").path), "--no-cache writes no cache")
    }

    func testCheckWritesNoCache() throws {
        let output = try NBRunProcess.temporaryFolder().appendingPathComponent("out")
        let outcome = try NBRunProcess.run([basic.path, "-o", output.path, "--check"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent(".nbrun-cache").path))
    }

    func testTimeoutStopsAHugeTrainingRunWithALocatedError() throws {
        let folder = try NBRunProcess.temporaryFolder()
        let notebook = "# Slow\n\n```config slow\ndata: {generate: moons, n: 200, seed: 1}\nmodel: {name: mlp, hidden: [16]}\nloss: cross_entropy\nepochs: 100000\n```\n"
        try notebook.write(to: folder.appendingPathComponent("slow.md"), atomically: true, encoding: .utf8)
        let started = Date()
        let outcome = try NBRunProcess.run(["slow.md", "-o", "out", "--timeout", "0.2"], in: folder)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10, "measured 0.45 s; without the limit 100,000 epochs take minutes")
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("slow.md:3:1: error: cell exceeded the time limit of 0.2 s (at epoch "), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(" of 100000)\n  hint: raise --timeout, or lower epochs/n"), outcome.stderr)
        let cache = folder.appendingPathComponent("out/.nbrun-cache")
        XCTAssertTrue((try? FileManager.default.contentsOfDirectory(atPath: cache.path))?.isEmpty ?? true, "a timed-out run is not cached")
    }
}
