import Foundation
import XCTest

/// Installing and publishing: the GitHub Pages workflow the docs show is the committed example file, and
/// `scripts/install.sh` checks its arguments before it builds anything (the install itself is checked by
/// `scripts/check-install.sh`, a release build too slow for the suite).
final class DeployDocsTests: XCTestCase {
    private let root = NBRunProcess.packageRoot

    func testTheDocsWorkflowIsTheExampleFileAndUsesTheRightSteps() throws {
        let page = try String(contentsOf: root.appendingPathComponent("docs/deploy.md"), encoding: .utf8)
        let example = try String(contentsOf: root.appendingPathComponent("docs/examples/pages.yml"), encoding: .utf8)
        let fences = MarkdownPage(page).fences.filter { $0.info == "yaml" }
        XCTAssertEqual(fences.count, 1, "docs/deploy.md shows one workflow")
        XCTAssertEqual(fences.first?.content, example, "docs/deploy.md and docs/examples/pages.yml differ")
        for step in ["actions/checkout@", "libcmark-gfm-dev", "scripts/install.sh", "nbrun notebooks/ -o _site",
                     "actions/upload-pages-artifact@", "actions/deploy-pages@", "pages: write", "id-token: write"] {
            XCTAssertTrue(example.contains(step), "the workflow lacks \(step)")
        }
    }

    private func install(_ arguments: [String], dryRun: Bool = true) throws -> NBRunProcess.Outcome {
        try NBRunProcess.runExecutable(root.appendingPathComponent("scripts/install.sh"), arguments,
                                       environment: dryRun ? ["NBRUN_INSTALL_DRY_RUN": "1"] : [:])
    }

    func testInstallScriptArguments() throws {
        let help = try install(["--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("usage: scripts/install.sh [PREFIX]"), help.stdout)
        let two = try install(["a", "b"])
        XCTAssertEqual(two.status, 2)
        XCTAssertTrue(two.stderr.contains("expected at most one argument"), two.stderr)
        let option = try install(["--prefix=x"])
        XCTAssertEqual(option.status, 2)
        XCTAssertTrue(option.stderr.contains("unknown option '--prefix=x'"), option.stderr)
        let folder = try NBRunProcess.temporaryFolder()
        let file = folder.appendingPathComponent("file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let notFolder = try install([file.path])
        XCTAssertEqual(notFolder.status, 2)
        XCTAssertTrue(notFolder.stderr.contains("exists and is not a folder"), notFolder.stderr)
        let planned = try install([folder.appendingPathComponent("bin").path])
        XCTAssertEqual(planned.status, 0, planned.stderr)
        XCTAssertTrue(planned.stdout.contains("install it as \(folder.path)/bin/nbrun"), planned.stdout)
        let byDefault = try install([])
        XCTAssertTrue(byDefault.stdout.contains("/.local/bin/nbrun"), "the default prefix is ~/.local/bin: \(byDefault.stdout)")
    }
}
