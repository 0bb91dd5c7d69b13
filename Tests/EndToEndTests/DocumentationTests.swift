import Foundation
import XCTest

/// The documentation a newcomer reads: README.md is a short front door, every relative link in it and in `docs/`
/// reaches a file (and heading) inside the repository, nothing points outside, and the notebooks the README and
/// the tutorial show are the files that `nbrun` really renders.
final class DocumentationTests: XCTestCase {
    private let root = NBRunProcess.packageRoot

    /// README.md and every Markdown file under `docs/`, as paths relative to the package root.
    private var pages: [String] {
        let docs = root.appendingPathComponent("docs")
        let enumerator = FileManager.default.enumerator(atPath: docs.path)
        var found = ["README.md"]
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md") { found.append("docs/" + path) }
        }
        return found.sorted()
    }

    private func text(_ page: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
    }

    func testTheReadmeIsAShortFrontDoorThatOpensWithTheTwoCommands() throws {
        let readme = try text("README.md")
        XCTAssertLessThanOrEqual(readme.utf8.count, 12 * 1024, "README.md is the front door; details belong under docs/")
        let first = try XCTUnwrap(MarkdownPage(readme).fences.first, "README.md shows no command")
        XCTAssertEqual(first.info, "sh")
        let commands = first.content.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        XCTAssertEqual(commands, ["scripts/render.sh", "scripts/test.sh"], "the README's first commands")
        for page in ["docs/tutorial.md", "docs/reference.md", "docs/command-line.md", "docs/course.md",
                     "docs/python-export.md", "docs/performance.md", "docs/ARCHITECTURE.md"] {
            XCTAssertTrue(MarkdownPage(readme).links.contains { $0.destination == page }, "README.md does not link \(page)")
        }
    }

    func testEveryRelativeLinkReachesAFileAndHeadingInsideTheRepository() throws {
        var broken: [String] = []
        for page in pages {
            let folder = root.appendingPathComponent(page).deletingLastPathComponent()
            for link in MarkdownPage(try text(page)).links where !link.destination.contains("://") && !link.destination.hasPrefix("mailto:") {
                if let problem = try problem(with: link.destination, from: folder, page: page) {
                    broken.append("\(page):\(link.line): \(link.destination): \(problem)")
                }
            }
        }
        XCTAssertEqual(broken, [], "\n" + broken.joined(separator: "\n"))
    }

    /// Why `destination` (relative to `folder`) does not resolve, or `nil` when it does.
    private func problem(with destination: String, from folder: URL, page: String) throws -> String? {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let target = parts[0].isEmpty ? root.appendingPathComponent(page) : folder.appendingPathComponent(parts[0])
        let path = target.standardizedFileURL.path
        guard path.hasPrefix(root.standardizedFileURL.path + "/") else { return "outside the repository" }
        guard FileManager.default.fileExists(atPath: path) else { return "no such file" }
        guard parts.count == 2 else { return nil }
        guard path.hasSuffix(".md") else { return "a heading in a file that is not Markdown" }
        let anchors = MarkdownPage(try String(contentsOfFile: path, encoding: .utf8)).anchors
        return anchors.contains(parts[1]) ? nil : "no heading with the anchor #\(parts[1])"
    }

    func testNothingPointsToTheProjectsFilesOutsideTheRepository() throws {
        let outside = ["../" + "shared", "SPEC" + ".md", "ENGINE-" + "REFERENCE"]
        var found: [String] = []
        for file in try trackedTextFiles() where file != "Tests/EndToEndTests/DocumentationTests.swift" {
            let lines = try text(file).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() where outside.contains(where: { line.contains($0) }) {
                found.append("\(file):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        XCTAssertEqual(found, [], "the repository must stand alone:\n" + found.joined(separator: "\n"))
    }

    /// The repository's own text files: documentation, sources, tests, scripts and notebooks (not `output/`).
    private func trackedTextFiles() throws -> [String] {
        var files = ["README.md", "Package.swift"]
        for folder in ["docs", "Sources", "Tests", "scripts", "notebooks", "Fuzz"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                let extensions = ["md", "swift", "py", "sh", "txt", "tex", "yml", "yaml"]
                if extensions.contains((path as NSString).pathExtension) { files.append(folder + "/" + path) }
            }
        }
        return files
    }

    /// A fence whose info string is `markdown PATH` shows (part of) the notebook at PATH, relative to its page.
    func testEveryNotebookShownInTheDocsIsAFileThatRenders() throws {
        var shown: [String: Int] = [:]
        for page in pages {
            let folder = root.appendingPathComponent(page).deletingLastPathComponent()
            for fence in MarkdownPage(try text(page)).fences where fence.info.hasPrefix("markdown ") {
                let path = String(fence.info.dropFirst("markdown ".count))
                let file = folder.appendingPathComponent(path).standardizedFileURL
                let notebook = try String(contentsOf: file, encoding: .utf8)
                XCTAssertTrue(notebook.contains(fence.content), "\(page):\(fence.line): the text differs from \(path)")
                shown[file.lastPathComponent, default: 0] += 1
                XCTAssertEqual(file.deletingLastPathComponent().lastPathComponent, "tutorial", "\(page):\(fence.line): keep shown notebooks in docs/tutorial/")
            }
        }
        XCTAssertEqual(shown["3-numbers.md"], 2, "the README's example is step 3 of the tutorial")
        XCTAssertEqual(shown.count, 6, "one shown notebook per tutorial step: \(shown.keys.sorted())")

        let output = try NBRunProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = try NBRunProcess.run(["docs/tutorial/", "-o", output.path], in: root)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("error") || outcome.stderr.contains("warning"), outcome.stderr)
        for name in shown.keys {
            let page = output.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".html"))
            XCTAssertTrue(FileManager.default.fileExists(atPath: page.path), "\(name) was not rendered")
        }
        try checkQuotes(renderedIn: output)
    }

    /// What README.md and the tutorial quote from the rendered pages, page by page: a change of engine or wording
    /// that makes a quote stale fails here.
    private static let quotes: [(page: String, text: String, inReadme: Bool)] = [
        ("2-first-run.html", "Converged at epoch 212: gradient norm 9.8e-9 fell below the tolerance 1e-8.", true),
        ("3-numbers.html", "gradient descent converged after 212 epochs, at slope 1.972 and intercept 0.972", true),
        ("4-sweep.html", "ran every epoch: its gradient norm is still 4.2e-03 after 500 epochs", false),
        ("4-sweep.html", "diverged: its history stops at epoch 341, the last with a finite loss", false),
        ("5-yardstick.html", "gradient descent stopped 6.4e-08 away from the exact answer", false),
    ]

    private func checkQuotes(renderedIn output: URL) throws {
        let readme = Self.words(try text("README.md")), tutorial = Self.words(try text("docs/tutorial.md"))
        for quote in Self.quotes {
            let page = try String(contentsOf: output.appendingPathComponent(quote.page), encoding: .utf8)
            let visible = Self.words(page.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
            XCTAssertTrue(visible.contains(quote.text), "\(quote.page) no longer says \"\(quote.text)\"")
            XCTAssertTrue(tutorial.contains(quote.text), "docs/tutorial.md does not quote \"\(quote.text)\"")
            if quote.inReadme { XCTAssertTrue(readme.contains(quote.text), "README.md does not quote \"\(quote.text)\"") }
        }
    }

    /// The tutorial shows two errors as `step.md` prints them: a misspelt key in step 2, and step 6 rendered with a
    /// learning rate too small to converge.
    func testTheErrorsTheTutorialQuotesAreTheOnesNbrunPrints() throws {
        let tutorial = try text("docs/tutorial.md")
        let cases: [(step: String, edit: (String) -> String, arguments: [String], error: String)] = [
            ("2-first-run.md", { $0.replacingOccurrences(of: "\nepochs: 500", with: "\nepoch: 500") }, [],
             "step.md:19:1: error: unknown key 'epoch' in 'config'"),
            ("6-parameter.md", { $0 }, ["-p", "lr=0.1"],
             "step.md:24:3: error: expectation failed: expected status = 'converged', but it is 'max_epochs'"),
        ]
        for example in cases {
            let folder = try NBRunProcess.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            let notebook = example.edit(try text("docs/tutorial/" + example.step))
            try notebook.write(to: folder.appendingPathComponent("step.md"), atomically: true, encoding: .utf8)
            let outcome = try NBRunProcess.run(["step.md"] + example.arguments, in: folder)
            XCTAssertEqual(outcome.status, 1, "\(example.step): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains(example.error), "\(example.step) now prints: \(outcome.stderr)")
            XCTAssertTrue(tutorial.contains(example.error), "docs/tutorial.md does not quote \"\(example.error)\"")
        }
    }

    /// `text` with every run of white space as one space.
    private static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
