import Foundation
import XCTest

/// The command line itself: version, option values, usage errors and their exit statuses (SPEC: 2 for bad usage).
final class CommandLineTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md").path

    /// Runs `arguments` expecting bad usage: status 2, one `nbrun: error:` message, nothing written.
    private func assertUsageError(_ arguments: [String], mentions expected: [String],
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run(arguments + ["-o", output.path])
        XCTAssertEqual(outcome.status, 2, outcome.stderr, file: file, line: line)
        XCTAssertTrue(outcome.stderr.hasPrefix("nbrun: error: "), outcome.stderr, file: file, line: line)
        XCTAssertFalse(outcome.stderr.contains("error: Error:"), outcome.stderr, file: file, line: line)
        XCTAssertFalse(outcome.stderr.contains("Error: "), outcome.stderr, file: file, line: line)
        for text in expected {
            XCTAssertTrue(outcome.stderr.contains(text), "missing \(text) in \(outcome.stderr)", file: file, line: line)
        }
        XCTAssertEqual(NBRunProcess.files(in: output), [], file: file, line: line)
    }

    func testVersionPrintsAVersionAndExitsZero() throws {
        let outcome = try NBRunProcess.run(["--version"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let version = outcome.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotNil(version.range(of: #"^nbrun \d+\.\d+\.\d+$"#, options: .regularExpression), version)
        XCTAssertEqual(outcome.stderr, "")
    }

    func testUnknownOutputFormatExitsTwoAndListsTheFormats() throws {
        for value in ["pdf", "html,pdf", ",", ""] {
            try assertUsageError([basic, "--to", value], mentions: ["--to", "'html', 'json', 'ipynb', 'py' or 'slides'"])
        }
    }

    func testParameterWithoutEqualsExitsTwo() throws {
        for value in ["lr", "=0.05", " =1"] {
            try assertUsageError([basic, "-p", value], mentions: ["'\(value)'", "-p <name=value>"])
        }
    }

    func testOtherUsageErrorsReadOnceAsNBRunErrors() throws {
        try assertUsageError([basic, "--frobnicate"], mentions: ["Unknown option '--frobnicate'"])
        try assertUsageError([basic, "--timeout", "0"], mentions: ["--timeout must be a positive number"])
        try assertUsageError([basic, "--timeout", "soon"], mentions: ["'soon'", "--timeout"])
        try assertUsageError([basic, "--watch", "--check"], mentions: ["--watch and --check cannot be combined"])
        try assertUsageError([], mentions: ["give a notebook file or folder"])
    }

    func testFormatListWritesEachFormatOnce() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([basic, "-o", output.path, "--to", "ipynb, json,json"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["basic.ipynb", "basic.json", "data/houses.csv", "nbrun_runtime.py", "requirements.txt"],
                       "each format once; the notebook with its runtime and data beside it")
    }

    func testParameterNamesAreTrimmedAndLaterOverridesWin() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([basic, "-o", output.path, "--check", "-p", "lr=0.05", "-p", "lr = 0.1"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
    }
}
