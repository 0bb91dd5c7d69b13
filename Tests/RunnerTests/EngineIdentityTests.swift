import Foundation
@testable import Runner
import XCTest

/// The result cache's key names the code that computed the result: `EngineIdentity.sourceHash`, generated at build
/// time from the sources of Engine, Config, Runner, Results and Formula, is the hash of the files as they are now, and is
/// part of every key.
final class EngineIdentityTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The sources the plugin hashes, in its order (module by module, paths sorted).
    private func sources() throws -> [(path: String, bytes: [UInt8])] {
        try ["Engine", "Config", "Runner", "Results", "Formula"].flatMap { module -> [(path: String, bytes: [UInt8])] in
            let folder = root.appendingPathComponent("Sources/\(module)")
            let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }.sorted()
            return try names.map { ("Sources/\(module)/\($0)", Array(try Data(contentsOf: folder.appendingPathComponent($0)))) }
        }
    }

    /// The tool's hash (Sources/EngineIdentityTool): two FNV-1a 64 over "path NUL count NUL bytes" per file.
    private func hash(_ files: [(path: String, bytes: [UInt8])]) -> String {
        var states: [UInt64] = [0xCBF2_9CE4_8422_2325, 0x6C62_272E_07BB_0142]
        for file in files {
            for byte in Array("\(file.path)\u{0}\(file.bytes.count)\u{0}".utf8) + file.bytes {
                for k in states.indices { states[k] = (states[k] ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        return states.map { String(format: "%016llx", $0) }.joined()
    }

    func testTheHashIsTheOneOfTheSourcesAsTheyAre() throws {
        let files = try sources()
        XCTAssertGreaterThan(files.count, 100)
        XCTAssertEqual(EngineIdentity.sourceHash.count, 32)
        XCTAssertEqual(EngineIdentity.sourceHash, hash(files), "the generated hash is stale: the build did not rerun the plugin")
        var edited = files
        edited[0].bytes.append(UInt8(ascii: " "))
        XCTAssertNotEqual(hash(edited), hash(files), "any edit changes it")
    }

    func testEveryKeyContainsTheHash() {
        var expected = SHA256()
        for (label, text) in [("version", CacheKey.version), ("engine", EngineIdentity.sourceHash), ("kind", "train")] {
            expected.update("\(label)\u{0}\(text.utf8.count)\u{0}".utf8)
            expected.update(Data(text.utf8))
        }
        XCTAssertEqual(CacheKey(kind: "train").value, expected.hexDigest())
    }
}
