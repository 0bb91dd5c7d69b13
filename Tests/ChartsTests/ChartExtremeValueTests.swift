import Charts
import XCTest

/// Curves of diverging runs span hundreds of decades; they must still be drawn, never crash.
final class ChartExtremeValueTests: XCTestCase {
    func testLossGrowingToTheEdgeOfDoubleIsDrawnOnALogAxis() {
        let values = (0...210).map { 4.45 * pow(10, Double($0) * 1.45) }
        let chart = Chart(xLabel: "epoch", yLabel: "loss", series: [
            ChartSeries(name: "train", points: values.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) }),
        ])
        let svg = chart.svg()
        XCTAssertTrue(svg.contains("<polyline"), "the curve must be drawn")
        XCTAssertFalse(svg.contains("nan") || svg.contains("inf"))
        XCTAssertEqual(NiceTicks.logTicks(1e-18, .greatestFiniteMagnitude).isEmpty, false)
    }

    func testHugeLinearValuesDoNotOverflowTheDomain() {
        let chart = Chart(xLabel: "x", yLabel: "y", yScale: .linear, series: [
            ChartSeries(name: "a", points: [ChartPoint(x: 0, y: -1.7e308), ChartPoint(x: 1, y: 1.7e308)]),
        ])
        let svg = chart.svg()
        XCTAssertTrue(svg.contains("<polyline"))
        XCTAssertFalse(svg.contains("nan"))
    }
}
