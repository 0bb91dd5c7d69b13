import Foundation
import XCTest

/// Every `show` part × every kind of run: a part a run cannot draw is a located error at the part, in the render
/// and (where the config, data and formula tell) under `--check`; every other part is drawn, none is dropped.
final class ShowPartMatrixTests: XCTestCase {
    private let notebook = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/show/matrix.md")

    /// The parts each block of matrix.md cannot draw (every block lists all seven parts, `newton` two).
    private let undrawable: [String: Set<String>] = [
        "reg": ["boundary", "contour"],                  // a regression on one generated feature
        "cls": ["fit", "contour"],                       // a classifier on two features
        "exact": ["curve", "boundary", "contour"],       // closed_form: one step, no curve
        "csv": ["fit", "boundary", "contour"],           // a regression on two CSV features
        "opt": ["fit", "boundary"],                      // a formula of two arguments
        "newton": ["curve"],                             // Newton's method on a quadratic stops after one step
        "lrs": ["boundary", "contour"],                  // a sweep: its table of runs, curves, parameters, fits
        "grid": ["boundary", "contour"],                 // a grid: the same, plus the grid table
        "both": ["fit", "boundary"],                     // a comparison of two paths on one formula: one contour
    ]

    /// (block, part) of each show error in `stderr`, after checking that it points at the part in the YAML.
    private func errors(_ stderr: String) throws -> [String: Set<String>] {
        let source = try String(contentsOf: notebook, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let pattern = try NSRegularExpression(pattern: #":(\d+):(\d+): error: show: '(\w+)' cannot be drawn for (?:any run of )?'([\w-]+)'"#)
        var found: [String: Set<String>] = [:]
        for match in pattern.matches(in: stderr, range: NSRange(stderr.startIndex..., in: stderr)) {
            let group = { (index: Int) in String(stderr[Range(match.range(at: index), in: stderr)!]) }
            let (line, column, part, block) = (Int(group(1))!, Int(group(2))!, group(3), group(4))
            let text = Array(source[line - 1].utf8)
            XCTAssertTrue(text[(column - 1)...].starts(with: Array(part.utf8)), "\(line):\(column) points at '\(part)'")
            found[block, default: []].insert(part)
        }
        return found
    }

    func testEveryPartARunCannotDrawIsALocatedErrorAndEveryOtherIsDrawn() throws {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([notebook.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 1)
        XCTAssertEqual(try errors(outcome.stderr), undrawable, outcome.stderr)
        XCTAssertEqual(outcome.stderr.components(separatedBy: ": error: ").count - 1, undrawable.values.map(\.count).reduce(0, +),
                       "no other error\n\(outcome.stderr)")
        let html = try String(contentsOf: output.appendingPathComponent("matrix.html"), encoding: .utf8)
        func section(_ name: String) -> String {
            let start = html.range(of: "<section class=\"run\" id=\"run-\(name)\">")?.upperBound ?? html.endIndex
            return String(html[start...].prefix { _ in true }.split(separator: "</section>", maxSplits: 1).first ?? "")
        }
        let lrs = section("lrs")
        XCTAssertTrue(lrs.contains("<th scope=\"col\">status</th>"), "table: the sweep's table of its runs")
        XCTAssertTrue(lrs.contains("<th scope=\"col\">w[x]</th>") && lrs.contains("<td>lrs[0.1]</td>"), "params: each run's parameters")
        XCTAssertTrue(lrs.contains("class=\"multiples\""), "fit: one panel per run")
        XCTAssertTrue(section("grid").contains("<caption>"), "a grid's table")
        let both = section("both")
        XCTAssertTrue(both.contains("<th scope=\"col\">x</th>") && both.contains("<th scope=\"col\">y</th>"), "params of formula runs")
        XCTAssertEqual(both.components(separatedBy: "<figure>").count - 1, 2, "curve and one contour under both paths")
        XCTAssertTrue(section("cls").contains("<figure>"), "the classifier's curve and boundary")
    }

    func testCheckReportsWhatIsKnownWithoutTraining() throws {
        let outcome = try NBRunProcess.run([notebook.path, "--check"])
        XCTAssertEqual(outcome.status, 1)
        var known = undrawable
        known["newton"] = nil  // how many steps Newton's method takes is only known once it ran
        XCTAssertEqual(try errors(outcome.stderr), known, outcome.stderr)
    }

    func testASweepsTableIsItsTableOfRuns() throws {
        let folder = try NBRunProcess.temporaryFolder()
        let file = folder.appendingPathComponent("sweep.md")
        try "```config lrs\ndata: {generate: linear, n: 20, seed: 1}\nepochs: 3\nshow: [curve, table]\nsweep: {optimizer.lr: [0.01, 0.1]}\n```\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run([file.path, "-o", folder.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let html = try String(contentsOf: folder.appendingPathComponent("sweep.html"), encoding: .utf8)
        XCTAssertTrue(html.contains("<td>lrs[0.01]</td>") && html.contains("<td>lrs[0.1]</td>"), "show: [curve, table] draws the table of runs")
    }
}
