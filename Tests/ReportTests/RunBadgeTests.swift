import Notebook
@testable import Report
import Results
import XCTest

/// A run's badge: a run that did every planned epoch is a neutral outcome ("ran 300 epochs", grey); warning
/// colours are kept for divergence, time-outs and failed checks.
final class RunBadgeTests: XCTestCase {
    private func page(_ stop: StatusDetail.Stop, subject: StatusDetail.Subject = .training, failedCheck: Bool = false) -> String {
        let history = HistoryTable(epoch: [0, 1], trainLoss: [2, 1], learningRate: [0.1, 0.1], gradientNorm: [1, 0.5], objective: [2, 1])
        let run = RunResult(name: "r", detail: StatusDetail(subject: subject, stop: stop, tolerance: 1e-6, gradientNorm: 0.5),
                            history: history, parameters: [], metrics: [], show: [.summary])
        var cell = RunCell(name: "r", kind: .single, source: "", echo: false, runs: [run], show: [.summary])
        if failedCheck { cell.failedChecks = [Diagnostic(.error, "expectation failed", at: SourceLocation(line: 3, column: 1), file: "a.md")] }
        return HTMLReport.render(NotebookResult(fileName: "a.md", title: "A", lang: "en", headings: [], cells: [.run(cell)], diagnostics: []))
    }

    func testEveryPlannedEpochIsNeutralAndSaysHowMany() {
        XCTAssertTrue(page(.maxEpochs(epoch: 300)).contains("<span class=\"badge status-max_epochs\">ran 300 epochs</span>"))
        XCTAssertTrue(page(.maxEpochs(epoch: 40), subject: .formula).contains(">ran 40 steps</span>"))
        XCTAssertTrue(PageStyle.css.contains(".status-max_epochs{color:var(--muted)}"), "neutral colour")
    }

    func testDivergenceTimeOutAndFailedChecksKeepWarningColours() {
        XCTAssertTrue(page(.diverged(epoch: 5, cause: .nonFinite)).contains("<span class=\"badge status-diverged\">diverged</span>"))
        XCTAssertTrue(page(.timedOut(epoch: 5)).contains("<span class=\"badge status-timed_out\">timed out</span>"))
        XCTAssertTrue(page(.converged(epoch: 1), failedCheck: true).contains("<span class=\"badge status-check_failed\">check failed</span>"))
        XCTAssertTrue(PageStyle.css.contains(".status-timed_out,.status-check_failed{color:var(--warn)}"))
        XCTAssertTrue(PageStyle.css.contains(".status-diverged,.status-error{color:var(--bad)}"))
    }
}
