import Foundation
import Notebook
@testable import Runner
import Results
import XCTest

/// The result cache: a second render reads results instead of training; anything a result depends on misses.
final class ResultCacheTests: XCTestCase {
    private var folder: URL!
    private var cacheFolder: URL { folder.appendingPathComponent("out/.nbrun-cache") }

    private let notebook = """
    ---
    params: {lr: 0.1}
    ---
    ```config fit
    data: {csv: d.csv, target: y}
    optimizer: {name: gd, lr: "${lr}"}
    epochs: 30
    ```

    ```config again
    data: fit
    model: {name: linear, polynomial: 2}
    epochs: 20
    ```

    ```config gen
    data: {generate: linear, n: 30, seed: 2}
    epochs: 25
    ```
    """
    private let csv = "x,y\n0,1\n1,3\n2,5.5\n3,6.9\n4,9.2\n"

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try csv.write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func render(_ markdown: String? = nil, overrides: [(String, String)] = [], cache: Bool = true,
                     checkOnly: Bool = false) throws -> (NotebookResult, CacheStatistics) {
        let parsed = try NotebookParser.parse(bytes: Array((markdown ?? notebook).utf8), path: "nb.md")
        var statistics = CacheStatistics()
        let options = RunOptions(overrides: overrides, checkOnly: checkOnly, cacheFolder: cache ? cacheFolder : nil)
        let result = NotebookRunner.run(parsed, folder: folder, options: options, statistics: &statistics)
        XCTAssertFalse(result.hasErrors, "\(result.diagnostics)")
        return (result, statistics)
    }

    private func entries() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { cacheFolder.appendingPathComponent($0) }
    }

    func testSecondRunReadsEveryResultFromTheCache() throws {
        let (first, cold) = try render()
        XCTAssertEqual(cold, CacheStatistics(fromCache: 0, executed: 3))
        XCTAssertEqual(entries().count, 3)
        let (second, warm) = try render()
        XCTAssertEqual(warm, CacheStatistics(fromCache: 3, executed: 0), "nothing may train again")
        XCTAssertEqual(first, second)
        XCTAssertEqual(warm.summary, "3 of 3 runs from cache")
    }

    func testTheResultComesFromTheEntry() throws {
        _ = try render()
        for url in entries() {
            let text = try String(contentsOf: url, encoding: .utf8)
            XCTAssertTrue(text.contains("\"parameters\":[{\"name\":\""))
            try text.replacingOccurrences(of: "\"parameters\":[{\"name\":\"", with: "\"parameters\":[{\"name\":\"FROM CACHE ")
                .write(to: url, atomically: true, encoding: .utf8)
        }
        let (result, _) = try render()
        XCTAssertTrue(result.runs.allSatisfy { $0.parameters.first?.name.hasPrefix("FROM CACHE ") == true }, "\(result.runs.map(\.parameters))")
    }

    func testConfigSeedParamAndDataChangesMissTheCache() throws {
        _ = try render()
        XCTAssertEqual(try render(notebook.replacingOccurrences(of: "epochs: 25", with: "epochs: 26")).1.executed, 1, "config")
        XCTAssertEqual(try render(notebook.replacingOccurrences(of: "epochs: 25", with: "epochs: 25\nseed: 9")).1.executed, 1, "seed")
        XCTAssertEqual(try render(overrides: [("lr", "0.05")]).1.executed, 2, "a param used by 'fit' (and 'again', which reuses its data)")
        try (csv + "5,11.1\n").write(to: folder.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try render().1.executed, 2, "the CSV bytes, directly and through data: fit")
        XCTAssertEqual(try render().1, CacheStatistics(fromCache: 3, executed: 0))
    }

    func testProseEditsAboveACellStillHit() throws {
        _ = try render()
        let (_, statistics) = try render(notebook.replacingOccurrences(of: "---\n```config fit", with: "---\n# Title\n\nSome prose.\n\n```config fit"))
        XCTAssertEqual(statistics, CacheStatistics(fromCache: 3, executed: 0))
    }

    func testCorruptEntriesAreIgnoredAndRewritten() throws {
        let (first, _) = try render()
        for (index, url) in entries().enumerated() {
            try (index == 0 ? Data() : Data("{\"version\": 1, not json".utf8)).write(to: url)
        }
        let (second, statistics) = try render()
        XCTAssertEqual(statistics, CacheStatistics(fromCache: 0, executed: 3))
        XCTAssertEqual(first, second)
        XCTAssertEqual(try render().1.fromCache, 3, "the entries were rewritten")
    }

    func testCheckAndNoCacheWriteNothing() throws {
        _ = try render(checkOnly: true)
        _ = try render(cache: false)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheFolder.path))
    }

    func testFailedRunsAreNotCached() throws {
        let markdown = "```config bad\ndata: {csv: missing.csv, target: y}\n```\n"
        let parsed = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        let result = NotebookRunner.run(parsed, folder: folder, options: RunOptions(cacheFolder: cacheFolder))
        XCTAssertTrue(result.hasErrors)
        XCTAssertTrue(entries().isEmpty)
    }

    func testCachedObjectiveSweepKeepsItsSharedContour() throws {
        let markdown = "```formula\ng(u, v) = u^2 + 4 v^2\n```\n\n```config s\nobjective: g\nstart: {u: 2, v: 1}\nsteps: 50\nsweep: {optimizer.name: [cg, lbfgs]}\n```\n"
        let (first, _) = try render(markdown)
        let (second, statistics) = try render(markdown)
        XCTAssertEqual(statistics, CacheStatistics(fromCache: 2, executed: 0))
        guard case let .run(cold) = first.cells.last, case let .run(warm) = second.cells.last else { return XCTFail("no run cell") }
        XCTAssertNotNil(warm.contour)
        XCTAssertEqual(cold, warm)
    }

    func testTimedOutRunsFailAtTheBlockAndAreNotCached() throws {
        let markdown = "```config slow\ndata: {generate: moons, n: 200, seed: 1}\nmodel: {name: mlp, hidden: [16]}\nloss: cross_entropy\nepochs: 100000\n```\n"
        let parsed = try NotebookParser.parse(bytes: Array(markdown.utf8), path: "nb.md")
        let result = NotebookRunner.run(parsed, folder: folder, options: RunOptions(timeout: 0.05, cacheFolder: cacheFolder))
        let error = try XCTUnwrap(result.runs.first?.error)
        XCTAssertTrue(error.message.hasPrefix("cell exceeded the time limit of 0.05 s (at epoch "), error.message)
        XCTAssertTrue(error.message.hasSuffix(" of 100000)"), error.message)
        XCTAssertEqual(error.location?.line, 1)
        XCTAssertEqual(error.hint, "raise --timeout, or lower epochs/n")
        XCTAssertTrue(entries().isEmpty)
    }

    func testSHA256MatchesTheFIPSExamples() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let bytes = [UInt8]((0..<1024).map { UInt8($0 % 256) })
        var chunked = SHA256()
        for start in stride(from: 0, to: bytes.count, by: 100) { chunked.update(bytes[start..<min(start + 100, bytes.count)]) }
        XCTAssertEqual(chunked.hexDigest(), "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9")
        for step in [1, 63, 64, 65, 1000] {
            var pieces = SHA256()
            for start in stride(from: 0, to: bytes.count, by: step) { pieces.update(Array(bytes[start..<min(start + step, bytes.count)])) }
            XCTAssertEqual(pieces.hexDigest(), chunked.hexDigest(), "pieces of \(step)")
        }
    }

    func testAFileHashesLikeItsBytes() throws {
        let bytes = Data((0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-key-\(UUID().uuidString).csv")
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var fromFile = CacheKey(kind: "train"), fromBytes = CacheKey(kind: "train")
        XCTAssertTrue(fromFile.add("data.csv", fileAt: file.path))
        fromBytes.add("data.csv", bytes: bytes)
        XCTAssertEqual(fromFile.value, fromBytes.value)
        XCTAssertFalse(fromFile.add("data.csv", fileAt: file.path + ".missing"))
    }
}
