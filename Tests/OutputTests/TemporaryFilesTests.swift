import Foundation
import Output
import XCTest

/// `TemporaryFiles`: the temporary files of writes in progress are registered while they exist, and abandoning
/// removes them (what a stop signal does before `--serve` or `--watch` exits).
final class TemporaryFilesTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-temporaries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? [] }
    private func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testWritesLeaveNothingRegistered() throws {
        try AtomicFile.write("first", to: folder.appendingPathComponent("a.html"))
        XCTAssertThrowsError(try AtomicFile.write("second", to: folder.appendingPathComponent("a.html/b.html")))
        XCTAssertTrue(AtomicFile.temporaries.registered.allSatisfy { !$0.hasPrefix(folder.path) }, "\(AtomicFile.temporaries.registered)")
        XCTAssertEqual(names, ["a.html"])
    }

    func testAbandoningRemovesTheTemporaryFilesOfWritesInProgress() throws {
        let register = TemporaryFiles()
        let first = try register.create(path(".a.html.tmp-1-1"))
        let second = try register.create(path(".b.json.tmp-1-2"))
        XCTAssertEqual(write(first, "partial", 7), 7)
        close(first)
        close(second)
        XCTAssertEqual(register.registered, [path(".a.html.tmp-1-1"), path(".b.json.tmp-1-2")])
        XCTAssertEqual(names, [".a.html.tmp-1-1", ".b.json.tmp-1-2"])
        register.abandon()
        XCTAssertEqual(names, [], "no temporary file is left")
    }

    func testAnExistingFileIsNotTakenAndAForgottenOneNotRemoved() throws {
        let register = TemporaryFiles()
        FileManager.default.createFile(atPath: path("taken"), contents: Data("kept".utf8))
        XCTAssertThrowsError(try register.create(path("taken")), "O_EXCL: never writes into an existing file")
        close(try register.create(path(".a.html.tmp-1-1")))
        XCTAssertEqual(rename(path(".a.html.tmp-1-1"), path("a.html")), 0)
        register.forget(path(".a.html.tmp-1-1"))
        FileManager.default.createFile(atPath: path(".a.html.tmp-1-1"), contents: Data())
        register.abandon()
        XCTAssertEqual(names, [".a.html.tmp-1-1", "a.html", "taken"], "only registered files are removed")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("taken"), encoding: .utf8), "kept")
    }
}
