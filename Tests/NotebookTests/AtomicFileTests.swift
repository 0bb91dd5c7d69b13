import Foundation
import Notebook
import XCTest

/// `AtomicFile` and `TemporaryFiles`: a write replaces its target whole and leaves no temporary file; the
/// temporary files of writes in progress are registered, and abandoning removes them (what a stop signal does).
final class AtomicFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? [] }

    func testAWriteReplacesTheTargetAndLeavesNoTemporaryFile() throws {
        let target = folder.appendingPathComponent("a.html")
        try AtomicFile.write("first", to: target)
        try AtomicFile.write("second", to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "second")
        XCTAssertEqual(names, ["a.html"])
        XCTAssertTrue(AtomicFile.temporaries.registered.allSatisfy { !$0.hasPrefix(folder.path) }, "nothing stays registered")
    }

    func testAFailedRenameRemovesTheTemporaryFileAndKeepsTheTarget() throws {
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write("text", to: target), "a non-empty folder cannot be replaced by a file")
        XCTAssertEqual(names, ["taken"])
    }

    func testAbandoningRemovesTheTemporaryFilesOfWritesInProgress() throws {
        let register = TemporaryFiles()
        let first = try register.create(besides: folder.appendingPathComponent("a.html"))
        let second = try register.create(besides: folder.appendingPathComponent("b.json"))
        XCTAssertEqual(write(first.descriptor, "partial", 7), 7)
        close(first.descriptor)
        close(second.descriptor)
        XCTAssertEqual(register.registered, [first.path, second.path])
        XCTAssertEqual(names.count, 2)
        XCTAssertTrue(names.allSatisfy { $0.hasPrefix(".") && $0.contains(".tmp-\(getpid())-") }, "\(names)")
        register.abandon()
        XCTAssertEqual(names, [], "no temporary file is left")
    }

    func testAForgottenFileIsNotRemovedOnAbandon() throws {
        let register = TemporaryFiles()
        let created = try register.create(besides: folder.appendingPathComponent("a.html"))
        close(created.descriptor)
        XCTAssertEqual(rename(created.path, folder.appendingPathComponent("a.html").path), 0)
        register.forget(created.path)
        let kept = folder.appendingPathComponent(".kept").path
        FileManager.default.createFile(atPath: kept, contents: Data())
        XCTAssertEqual(rename(kept, created.path), 0, "another file now has the old temporary name")
        register.abandon()
        XCTAssertEqual(names, [created.path.split(separator: "/").last.map(String.init)!, "a.html"].sorted())
    }
}
