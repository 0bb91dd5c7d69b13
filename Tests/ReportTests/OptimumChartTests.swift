import Notebook
@testable import Report
import Results
import XCTest

/// `show: [distance, gap]`: log-axis charts that leave out entries ≤ 0 and say so in the legend.
final class OptimumChartTests: XCTestCase {
    private func run(_ name: String, gap: [Double]?, show: [ShowPart]) -> RunResult {
        var history = HistoryTable(epoch: Array(0..<(gap?.count ?? 3)), trainLoss: [4, 1, 0.5, 0.4].prefix(gap?.count ?? 3).map { $0 },
                                   learningRate: Array(repeating: 0.1, count: gap?.count ?? 3),
                                   gradientNorm: Array(repeating: 1, count: gap?.count ?? 3), objective: Array(repeating: 1, count: gap?.count ?? 3))
        history.gap = gap
        history.distance = gap.map { $0.map { max($0, 0).squareRoot() } }
        return RunResult(name: name, detail: StatusDetail(subject: .training, stop: .converged(epoch: 3)), history: history, show: show)
    }

    func testZerosAndRoundingNegativesAreLeftOutAndNamed() {
        let chart = RunCharts.optimumChart(run("line", gap: [2, 0.01, 0, -1e-17], show: [.gap]), part: .gap, words: .english, prefix: "c")
        let svg = try? XCTUnwrap(chart)
        XCTAssertTrue(svg?.contains("loss gap J − J* (2 entries ≤ 0 not drawn)") == true, svg ?? "")
        XCTAssertTrue(svg?.contains(">0.01<") == true, "a log axis has decade ticks: \(svg ?? "")")
    }

    func testAllPositiveCurveHasNoRemarkAndNoLegend() {
        let svg = RunCharts.optimumChart(run("line", gap: [2, 0.5, 0.01, 1e-4], show: [.gap]), part: .gap, words: .english, prefix: "c") ?? ""
        XCTAssertFalse(svg.contains("not drawn"))
        XCTAssertTrue(svg.contains("line: loss gap J − J* per epoch"))
    }

    func testSingleViewDrawsOnlyWhatShowLists() {
        var ids = PageIDs(headings: [])
        let listed = SingleRunView(run: run("r", gap: [1, 0.1, 0.01], show: [.distance]), show: [.distance], words: .english)
            .render(ids: &ids).map { $0.render() }.joined()
        XCTAssertTrue(listed.contains("distance to the optimum per epoch"))
        XCTAssertFalse(listed.contains("loss gap"))
        let standard = SingleRunView(run: run("r", gap: [1, 0.1, 0.01], show: ShowPart.standard), show: Set(ShowPart.standard), words: .english)
            .render(ids: &ids).map { $0.render() }.joined()
        XCTAssertFalse(standard.contains("distance to the optimum"))
    }

    func testGroupChartOverlaysEveryRunWithAColumn() {
        let runs = [run("s[0.1]", gap: [1, 0.5, 0.2], show: [.gap]), run("s[1]", gap: [1, 0.01, 0], show: [.gap]), run("net", gap: nil, show: [.gap])]
        let svg = RunCharts.groupOptimumChart(runs, part: .gap, words: .chinese, prefix: "g") ?? ""
        XCTAssertTrue(svg.contains("s[0.1]"))
        XCTAssertTrue(svg.contains("s[1]（1 个 ≤ 0 的值未画出）"), svg)
        XCTAssertFalse(svg.contains(">net<"))
        XCTAssertNil(RunCharts.groupOptimumChart([runs[2]], part: .distance, words: .english, prefix: "g"))
    }
}
