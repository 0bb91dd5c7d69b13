import Foundation
import XCTest

/// One error per mistake: what only follows from a failed run (values reading it, blocks that extend it, reuse
/// its data or compare it, its checks, members of a failed sweep) is one note under its error, in the terminal
/// and on the page.
final class OneErrorPerMistakeTests: XCTestCase {
    private let folder = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/cascade")

    private func render(_ name: String, _ extra: [String] = []) throws -> (NBRunProcess.Outcome, URL) {
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([folder.appendingPathComponent(name).path, "-o", output.path] + extra)
        return (outcome, output)
    }

    private func lines(_ stderr: String, _ kind: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.contains(": \(kind): ") }
    }

    func testATypoInABaseRunIsOneErrorWithOneNoteInTheTerminal() throws {
        for extra in [[], ["--check"]] {
            let (outcome, _) = try render("typo.md", extra)
            XCTAssertEqual(outcome.status, 1, "\(extra)")
            let path = folder.appendingPathComponent("typo.md").path
            XCTAssertEqual(lines(outcome.stderr, "error"), ["\(path):5:23: error: unknown key 'lrr' in 'optimizer'"], "\(extra)\n\(outcome.stderr)")
            XCTAssertEqual(lines(outcome.stderr, "note"),
                           ["\(path):5:23: note: 4 values, 2 runs, 1 sweep and 1 comparison depend on the failed run 'fit'"], "\(extra)")
            XCTAssertTrue(outcome.stderr.contains("note: 4 values, 2 runs, 1 sweep and 1 comparison depend on the failed run 'fit'\n"
                                                  + "  hint: at lines 9, 12, 17, 22, 27 and 30; 'lrs[0.01]' is a member of the failed sweep 'lrs';"
                                                  + " they work once this error is fixed"), outcome.stderr)
            XCTAssertFalse(outcome.stderr.contains("no run is named"), "a member of a failed sweep is named as such")
        }
    }

    func testThePageShowsTheFailureOnceAndNeutralLinksWhereItsDependentsStand() throws {
        let (_, output) = try render("typo.md")
        let html = try String(contentsOf: output.appendingPathComponent("typo.html"), encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "class=\"error\"").count - 1, 2, "the error in the summary and in place, no other error box")
        XCTAssertEqual(html.components(separatedBy: "Not run: it depends on <a href=\"#run-fit\"><code>fit</code></a>, which failed").count - 1, 4,
                       "longer, same-data, lrs and both")
        XCTAssertTrue(html.contains("<a href=\"#run-lrs\" class=\"value status-checked\" title=\"{lrs[0.01].metrics.train_loss}: "
                                    + "'lrs[0.01]' is a member of the failed sweep 'lrs'\""), "a member's value links to its failed sweep")
        XCTAssertTrue(html.contains("<a href=\"#run-longer\" class=\"value status-checked\""), "a value of a dependent block links to that block")
        XCTAssertFalse(html.contains("class=\"value-error\""), "no value is an error of its own")
        XCTAssertTrue(html.contains("<span class=\"value\" data-ref=\"fine.epochs\">3</span>"), "independent runs still run")
        XCTAssertTrue(html.contains("note: 4 values, 2 runs, 1 sweep and 1 comparison depend on the failed run &#39;fit&#39;")
                      || html.contains("note: 4 values, 2 runs, 1 sweep and 1 comparison depend on the failed run 'fit'"), "the note is in the summary")
    }

    func testASweepWhoseMembersAllFailIsOneErrorAndItsMembersAreNamedAsSuch() throws {
        let (outcome, output) = try render("sweep.md")
        XCTAssertEqual(outcome.status, 1)
        let path = folder.appendingPathComponent("sweep.md").path
        XCTAssertEqual(lines(outcome.stderr, "error"), ["\(path):4:13: error: data file 'data/missing.csv' not found",
                                                        "\(path):16:9: error: unknown key 'lrr' in 'optimizer'"], outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("\(path):4:13: note: 2 values and 2 checks depend on the failed sweep 'lrs'\n"
                                              + "  hint: at lines 8 and 11; 'lrs[0.01]' and 'lrs[0.1]' are members of the failed sweep 'lrs'"),
                      outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("\(path):16:9: note: 1 value depends on the failed sweep 'typo'\n"
                                              + "  hint: at line 19; 'typo[0.01]' is a member of the failed sweep 'typo'; it works once this error is fixed"),
                      outcome.stderr)
        let html = try String(contentsOf: output.appendingPathComponent("sweep.html"), encoding: .utf8)
        XCTAssertEqual(html.components(separatedBy: "<div class=\"where\">\(path):4:13: error: data file").count - 1, 2,
                       "members that fail the same way share one box (and the summary lists it once)")
        XCTAssertTrue(html.contains("title=\"{typo[0.01].epochs}: 'typo[0.01]' is a member of the failed sweep 'typo'\""))
    }
}
