import Foundation
import XCTest
@testable import Output

/// The file-system helpers the course walk, the writers and the readers share: atomic writes that fail cleanly,
/// regular-file reads that refuse FIFOs without blocking, and canonical-path containment.
final class FileSystemTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func testAFileWithALongNameIsWrittenWithinTheFileNameLimit() throws {
        let folder = try temporaryFolder()
        let name = String(repeating: "é", count: 120) + ".html"
        XCTAssertEqual(name.utf8.count, 245)
        try AtomicFile.write("page", to: folder.appendingPathComponent(name))
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), "page")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [name], "no temporary file left")
        XCTAssertLessThanOrEqual(AtomicFile.temporaryName(for: name).utf8.count, 255)
    }

    func testAFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        let page = folder.appendingPathComponent("page.html")
        try AtomicFile.write("old", to: page)
        let blocked = folder.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inner"), withIntermediateDirectories: true)
        XCTAssertThrowsError(try AtomicFile.write("new", to: blocked)) { error in
            XCTAssertEqual((error as? AtomicFile.Failure)?.path, blocked.path, "\(error)")
            XCTAssertEqual((error as? AtomicFile.Failure)?.reason, String(cString: strerror(EISDIR)), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: page, encoding: .utf8), "old")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["blocked", "page.html"])
    }

    func testAFolderUnderAFileIsReportedAsSuch() throws {
        let folder = try temporaryFolder()
        try AtomicFile.write("x", to: folder.appendingPathComponent("file"))
        XCTAssertThrowsError(try AtomicFile.write("y", to: folder.appendingPathComponent("file/sub/page.html"))) { error in
            XCTAssertEqual("\(error)", folder.appendingPathComponent("file").path + ": it is a file, not a folder")
        }
    }

    func testRegularFileRefusesAFIFOWithoutBlockingAndAFolder() throws {
        let folder = try temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe.md").path
        XCTAssertEqual(mkfifo(fifo, 0o644), 0)
        XCTAssertThrowsError(try RegularFile.read(fifo)) { error in
            XCTAssertEqual(error as? RegularFile.Refusal, .notRegular(.special))
        }
        XCTAssertThrowsError(try RegularFile.read(folder.path)) { error in
            XCTAssertEqual(error as? RegularFile.Refusal, .notRegular(.directory))
        }
        XCTAssertThrowsError(try RegularFile.read(folder.appendingPathComponent("missing").path)) { error in
            XCTAssertEqual(error as? RegularFile.Refusal, .cannotOpen(reason: String(cString: strerror(ENOENT)), code: ENOENT))
        }
        try AtomicFile.write("text", to: folder.appendingPathComponent("a.md"))
        XCTAssertEqual(try RegularFile.read(folder.appendingPathComponent("a.md").path), Data("text".utf8))
    }

    func testRealPathResolvesLinksAndContainmentComparesWholeComponents() throws {
        let folder = try temporaryFolder()
        let root = try XCTUnwrap(RealPath.resolve(folder.path))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("course"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("course/up").path, withDestinationPath: "..")
        XCTAssertEqual(RealPath.resolve(folder.appendingPathComponent("course/up").path), root)
        XCTAssertNil(RealPath.resolve(folder.appendingPathComponent("missing").path))
        XCTAssertTrue(RealPath.isInside(root + "/course", root: root))
        XCTAssertTrue(RealPath.isInside(root, root: root))
        XCTAssertFalse(RealPath.isInside(root + "-other/x", root: root), "a sibling with the root as prefix is outside")
        XCTAssertEqual(RealPath.components(of: root + "/a/b", below: root), ["a", "b"])
        XCTAssertEqual(RealPath.components(of: root, below: root), [])
        XCTAssertNil(RealPath.components(of: "/elsewhere", below: root))
        XCTAssertTrue(RealPath.isInside("/anything", root: "/"))
    }

    func testFileStatusTellsLinksFromTheirTargetsAndIdentifiesFolders() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        let link = folder.appendingPathComponent("self").path
        XCTAssertEqual(FileStatus.ofLink(link)?.kind, .symbolicLink)
        XCTAssertEqual(FileStatus.following(link)?.kind, .directory)
        XCTAssertEqual(FileStatus.following(link)?.identity, FileStatus.following(folder.path)?.identity)
        XCTAssertNil(FileStatus.following(folder.appendingPathComponent("missing").path))
    }
}
