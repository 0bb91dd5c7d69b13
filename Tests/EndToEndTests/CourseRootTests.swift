import Foundation
import XCTest

/// A course reads only inside its root: symbolic links that lead out are not published, link loops end, special
/// files are never read, and the result cache (in the course folder) is never written through a link out of it.
final class CourseRootTests: XCTestCase {
    private let chapter = "# A\n\nAbout a.\n"
    private let run = "```config r\ndata: {generate: linear, n: 20}\nepochs: 5\n```\n"

    /// A fresh course folder holding `a.md`, and an output folder path beside it (not created).
    private func course() throws -> (course: URL, output: URL) {
        let workspace = try GuardedProcess.temporaryFolder(for: self)
        let course = workspace.appendingPathComponent("course")
        try GuardedProcess.write(["a.md": chapter], to: course)
        return (course, workspace.appendingPathComponent("out"))
    }

    private func render(_ course: URL, _ output: URL, environment: [String: String] = [:]) throws -> NBRunProcess.Outcome {
        let outcome = try GuardedProcess.run([course.path, "-o", output.path], in: course.deletingLastPathComponent(),
                                             environment: environment)
        return try XCTUnwrap(outcome, "nbrun did not finish: it followed a link loop or read a special file")
    }

    private func allText(in folder: URL) -> String {
        GuardedProcess.entries(in: folder).compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
            .joined(separator: "\n")
    }

    func testALinkToTheProcessEnvironmentIsNotPublished() throws {
        let (course, output) = try course()
        try GuardedProcess.link("env.md", in: course, to: "/proc/self/environ")
        let secret = "nbrun-secret-\(UUID().uuidString)"
        let outcome = try render(course, output, environment: ["NBRUN_TEST_SECRET": secret])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertFalse(allText(in: output).contains(secret), "the environment must not reach the site")
        XCTAssertTrue(outcome.stderr.contains("course/env.md: warning: symbolic link leads outside the course folder (to /proc/"),
                      outcome.stderr)
    }

    func testALinkedFolderOutsideTheCourseIsNotPublished() throws {
        let (course, output) = try course()
        let outside = course.deletingLastPathComponent().appendingPathComponent("private")
        try GuardedProcess.write(["answers.md": "# Answers\n\nprivate-marker\n"], to: outside)
        try GuardedProcess.link("ext", in: course, to: outside.path)
        try GuardedProcess.link("answers.md", in: course, to: "../private/answers.md")
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertFalse(allText(in: output).contains("private-marker"))
        XCTAssertTrue(outcome.stderr.contains("course/ext: warning: symbolic link leads outside the course folder (to \(RealPath.of(outside)))"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("course/answers.md: warning: symbolic link leads outside the course folder"), outcome.stderr)
    }

    func testLinkLoopsEndAndEachFolderIsPublishedOnce() throws {
        let (course, output) = try course()
        try GuardedProcess.write(["sub/s.md": "# S\n", ".shared/h.md": "# H\n"], to: course)
        try GuardedProcess.link("l1", in: course, to: ".")
        try GuardedProcess.link("l2", in: course, to: ".")
        try GuardedProcess.link("up", in: course.appendingPathComponent("sub"), to: "..")
        try GuardedProcess.link("again", in: course, to: "sub")
        try GuardedProcess.link("shared", in: course, to: ".shared")
        try GuardedProcess.link("loop", in: course.appendingPathComponent(".shared"), to: ".")
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js",
                                                        "shared/h.html", "shared/h.ipynb", "shared/h.py", "shared/h.slides.html", "shared/index.html", "shared/nbrun_runtime.py", "shared/print.html", "shared/requirements.txt",
                                                        "sub/index.html", "sub/nbrun_runtime.py", "sub/print.html", "sub/requirements.txt", "sub/s.html", "sub/s.ipynb", "sub/s.py", "sub/s.slides.html"])
        for line in ["course/l1: warning: symbolic link back to the course folder (a loop); skipped",
                     "course/l2: warning: symbolic link back to the course folder (a loop); skipped",
                     "course/sub/up: warning: symbolic link back to the course folder (a loop); skipped",
                     "course/again: warning: symbolic link to the course folder 'sub', which is published under its own name; skipped",
                     "course/shared/loop: warning: folder already in the course (a symbolic link loop or a second link to it); skipped"] {
            XCTAssertTrue(outcome.stderr.contains(line), "missing \(line) in\n\(outcome.stderr)")
        }
    }

    func testALinkToANotebookInsideTheCourseIsPublished() throws {
        let (course, output) = try course()
        try GuardedProcess.link("alias.md", in: course, to: "a.md")
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "alias.html", "alias.ipynb", "alias.py", "alias.slides.html", "index.html",
                                                        "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertFalse(outcome.stderr.contains("warning"), outcome.stderr)
    }

    func testANotebookNamedOnTheCommandLineMayBeALinkOutOfItsFolder() throws {
        let (course, output) = try course()
        let elsewhere = try GuardedProcess.temporaryFolder(for: self)
        try GuardedProcess.link("linked.md", in: elsewhere, to: course.appendingPathComponent("a.md").path)
        let outcome = try XCTUnwrap(try GuardedProcess.run([elsewhere.appendingPathComponent("linked.md").path, "-o", output.path], in: elsewhere))
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["linked.html"])
    }

    func testSpecialFilesAreNeverReadAsNotebooksOrData() throws {
        let (course, output) = try course()
        XCTAssertEqual(mkfifo(course.appendingPathComponent("pipe.md").path, 0o644), 0)
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["404.html", "a.html", "a.ipynb", "a.py", "a.slides.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"])
        XCTAssertTrue(outcome.stderr.contains("course/pipe.md: warning: a special file (FIFO, socket or device) is not read as a notebook; not published"),
                      outcome.stderr)

        let alone = try XCTUnwrap(try GuardedProcess.run(["pipe.md", "-o", output.path], in: course))
        XCTAssertEqual(alone.status, 2)
        XCTAssertEqual(alone.stderr, "nbrun: error: cannot read pipe.md: it is a special file (FIFO, socket or device), not a regular file\n")

        XCTAssertEqual(mkfifo(course.appendingPathComponent("data.csv").path, 0o644), 0)
        try GuardedProcess.write(["d.md": "# D\n\n```config r\ndata: {csv: data.csv, target: y}\nepochs: 5\n```\n"], to: course)
        let data = try XCTUnwrap(try GuardedProcess.run(["d.md", "-o", output.path], in: course))
        XCTAssertEqual(data.status, 1)
        XCTAssertTrue(data.stderr.contains("d.md:4:13: error: data file 'data.csv' is a special file (FIFO, socket or device), not a regular file"),
                      data.stderr)
    }

    func testDataFilesBehindALinkOutOfTheNotebookFolderAreRefusedAndTheirFolderIsNotListed() throws {
        let (course, output) = try course()
        let outside = course.deletingLastPathComponent().appendingPathComponent("outside")
        try GuardedProcess.write(["secret-name.csv": "x,y\n1,2\n2,4\n"], to: outside)
        try GuardedProcess.link("shared", in: course, to: outside.path)
        try GuardedProcess.link("direct.csv", in: course, to: outside.appendingPathComponent("secret-name.csv").path)
        for (file, message) in [("shared/missing.csv", "leaves the notebook's folder"), ("direct.csv", "leaves the notebook's folder"),
                                ("shared/secret-name.csv", "leaves the notebook's folder"), ("nope/../a.csv", "not found")] {
            try GuardedProcess.write(["d.md": "# D\n\n```config r\ndata: {csv: \(file), target: y}\nepochs: 5\n```\n"], to: course)
            let outcome = try XCTUnwrap(try GuardedProcess.run(["d.md", "-o", output.path], in: course))
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            let prefix = file.hasPrefix("nope") ? "data file" : "data path"
            XCTAssertTrue(outcome.stderr.hasPrefix("d.md:4:13: error: \(prefix) '\(file)' \(message)"), outcome.stderr)
            XCTAssertFalse(outcome.stderr.replacingOccurrences(of: file, with: "").contains("secret-name"),
                           "the outside folder's files are never listed: \(outcome.stderr)")
        }
    }

    func testTheCacheIsNeverWrittenThroughALinkOutOfTheCourseFolder() throws {
        let (course, output) = try course()
        try GuardedProcess.write(["a.md": chapter + "\n" + run], to: course)
        let elsewhere = try GuardedProcess.temporaryFolder(for: self)
        try GuardedProcess.link(".nbrun-cache", in: course, to: elsewhere.path)
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [], "nothing is cached outside the course folder")
        XCTAssertTrue(outcome.stderr.contains(".nbrun-cache: the cache folder is a symbolic link leading outside the course folder (to "),
                      outcome.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("a.html").path))

        let inside = course.appendingPathComponent("kept-cache")
        try FileManager.default.removeItem(at: course.appendingPathComponent(".nbrun-cache"))
        try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
        try GuardedProcess.link(".nbrun-cache", in: course, to: "kept-cache")
        let linkedInside = try render(course, output)
        XCTAssertEqual(linkedInside.status, 0, linkedInside.stderr)
        XCTAssertFalse(linkedInside.stderr.contains("warning"), linkedInside.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: inside.path).count, 1, "a link inside the course folder is used")
    }

    func testCacheEntriesThatAreNotRegularFilesAreMissesNeverRead() throws {
        let (course, output) = try course()
        try GuardedProcess.write(["a.md": chapter + "\n" + run + "\n```config s\ndata: {generate: linear, n: 30}\nepochs: 5\n```\n"], to: course)
        XCTAssertEqual(try render(course, output).status, 0)
        let cache = course.appendingPathComponent(".nbrun-cache")
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertEqual(entries.count, 2)
        let page = try Data(contentsOf: output.appendingPathComponent("a.html"))
        try FileManager.default.removeItem(at: cache.appendingPathComponent(entries[0]))
        XCTAssertEqual(mkfifo(cache.appendingPathComponent(entries[0]).path, 0o644), 0)
        try FileManager.default.removeItem(at: cache.appendingPathComponent(entries[1]))
        try GuardedProcess.link(entries[1], in: cache, to: "/proc/self/environ")
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(try Data(contentsOf: output.appendingPathComponent("a.html")), page, "both runs are recomputed alike")
        for entry in entries {
            let values = try cache.appendingPathComponent(entry).resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            XCTAssertEqual(values.isRegularFile, true, "\(entry) is rewritten as a plain entry")
            XCTAssertEqual(values.isSymbolicLink, false)
        }
    }

    func testASubCourseFolderLinkedOutOfTheOutputFolderIsNotWrittenThrough() throws {
        let (course, output) = try course()
        try GuardedProcess.write(["sub/s.md": "# S\n"], to: course)
        let elsewhere = try GuardedProcess.temporaryFolder(for: self)
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try GuardedProcess.link("sub", in: output, to: elsewhere.path)
        let outcome = try render(course, output)
        XCTAssertEqual(outcome.status, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("error: cannot write \(output.path)/sub: it is a symbolic link leading outside the output folder"),
                      outcome.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("a.html").path), "the rest is still written")
    }
}

/// `realpath(3)` (the temporary folder may itself be reached through a link; the test target does not link the
/// Notebook module).
private enum RealPath {
    static func of(_ url: URL) -> String {
        guard let resolved = realpath(url.path, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
