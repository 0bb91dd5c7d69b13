import Foundation
import XCTest

/// The machine's `python3`, for tests that check generated Python with Python itself. Absent, such a test is
/// skipped with a message that says so (XCTest lists it as skipped, with the reason).
enum Python3 {
    /// Python itself failed (not the code it checked).
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// The path of `python3` on `PATH`, or nil.
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/python3" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// `python3 -c script arguments…`: its exit status, stdout and stderr; skips the test when there is no python3.
    static func run(_ script: String, _ arguments: [String]) throws -> NBRunProcess.Outcome {
        guard let path else { throw XCTSkip("python3 is not on PATH: the generated Python is not checked by Python") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-c", script] + arguments
        let folder = try NBRunProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: a child that fills one pipe while the other is read to its end would never finish.
        let out = folder.appendingPathComponent("stdout"), err = folder.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return NBRunProcess.Outcome(status: process.terminationStatus, stdout: try String(contentsOf: out, encoding: .utf8),
                                    stderr: try String(contentsOf: err, encoding: .utf8))
    }

    /// The shape of each file's Python as JSON `{path: [[node type, …], …]}`: every AST node's type in `ast.walk`
    /// order (names, values and comments left out), one list for a `.py` file (read as bytes, as `python3 FILE`
    /// reads it, encoding declaration included) and one per code cell of an `.ipynb`; a file Python cannot parse
    /// gives `["SyntaxError: …"]`.
    static func shapes(of paths: [String]) throws -> [String: [[String]]] {
        let script = """
        import ast, json, sys
        def shape(source):
            try:
                return [type(node).__name__ for node in ast.walk(ast.parse(source))]
            except (SyntaxError, ValueError) as error:
                return ["SyntaxError: " + str(error)]
        found = {}
        for path in sys.argv[1:]:
            if path.endswith(".py"):
                with open(path, "rb") as handle:
                    found[path] = [shape(handle.read())]
            else:
                with open(path, encoding="utf-8") as handle:
                    cells = json.load(handle)["cells"]
                found[path] = [shape("".join(cell["source"])) for cell in cells if cell["cell_type"] == "code"]
        print(json.dumps(found))
        """
        let outcome = try run(script, paths)
        guard outcome.status == 0 else { throw Failure(message: "python3 failed: \(outcome.stderr)") }
        return try JSONDecoder().decode([String: [[String]]].self, from: Data(outcome.stdout.utf8))
    }
}
