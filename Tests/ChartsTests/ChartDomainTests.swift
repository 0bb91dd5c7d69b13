import XCTest
import Charts

/// Automatic scales and domains, including degenerate data.
final class ChartDomainTests: XCTestCase {
    private func points(_ ys: [Double]) -> [ChartPoint] {
        ys.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) }
    }

    func testAutoScaleIsLogForALossFallingFrom100To0_01() {
        let loss = (0...40).map { 100 * pow(0.1, Double($0) / 10) }
        XCTAssertEqual(loss.last!, 0.01, accuracy: 1e-12)
        XCTAssertEqual(AxisScale.auto.resolved(for: loss), .log)
    }

    func testAutoScaleIsLinearForOneToTen() {
        XCTAssertEqual(AxisScale.auto.resolved(for: (1...10).map(Double.init)), .linear)
        XCTAssertEqual(AxisScale.auto.resolved(for: [100, 1.5]), .linear, "less than two decades")
        XCTAssertEqual(AxisScale.auto.resolved(for: [100, 0.01, 0]), .linear, "zero rules out log")
        XCTAssertEqual(AxisScale.auto.resolved(for: [1000, .nan, 1]), .log, "non-finite values are ignored")
        XCTAssertEqual(AxisScale.linear.resolved(for: [1000, 1]), .linear)
        XCTAssertEqual(AxisScale.log.resolved(for: [-1, 1]), .log)
    }

    func testAutoLogChartHasDecadeTicks() throws {
        let loss = points((0...40).map { 100 * pow(0.1, Double($0) / 10) })
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "loss", points: loss)]).svg())
        let yLabels = svg.elements("text", in: try XCTUnwrap(svg.group("tick-labels")))
            .filter { svg.attribute("text-anchor", of: $0) == "end" }.map { $0.stringValue ?? "" }
        XCTAssertEqual(yLabels, ["0.01", "0.1", "1", "10", "100"])
    }

    func testConstantSeriesGetsANonDegenerateDomain() throws {
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "c", points: points([3, 3, 3, 3]))]).svg())
        let line = svg.points(of: try XCTUnwrap(svg.elements("polyline").first))
        let plot = try XCTUnwrap(svg.plotArea)
        XCTAssertEqual(Set(line.map(\.1)).count, 1)
        assertCentred(line[0].1, between: plot.top, and: plot.bottom)
        let yLabels = svg.elements("text", in: try XCTUnwrap(svg.group("tick-labels")))
            .filter { svg.attribute("text-anchor", of: $0) == "end" }.map { $0.stringValue ?? "" }
        XCTAssertTrue(yLabels.contains("3"), "\(yLabels)")
        XCTAssertGreaterThanOrEqual(yLabels.count, 3)
    }

    func testSmallConstantKeepsItsScale() throws {
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "lr", points: points(Array(repeating: 0.001, count: 5)))]).svg())
        let yLabels = svg.elements("text", in: try XCTUnwrap(svg.group("tick-labels")))
            .filter { svg.attribute("text-anchor", of: $0) == "end" }.map { $0.stringValue ?? "" }
        XCTAssertEqual(yLabels, ["9e-4", "9.5e-4", "1e-3", "1.05e-3", "1.1e-3"])
    }

    func testSinglePointIsCentredOnBothAxes() throws {
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "p", points: [ChartPoint(x: 0, y: 0)], style: .scatter)]).svg())
        let circle = try XCTUnwrap(svg.elements("circle").first)
        let plot = try XCTUnwrap(svg.plotArea)
        assertCentred(try XCTUnwrap(svg.number("cx", of: circle)), between: plot.left, and: plot.right)
        assertCentred(try XCTUnwrap(svg.number("cy", of: circle)), between: plot.top, and: plot.bottom)
    }

    func testEmptyChartsShowNoData() throws {
        let charts = [Chart(xLabel: "x", yLabel: "y"),
                      Chart(series: [ChartSeries(name: "a", points: [])]),
                      Chart(series: [ChartSeries(name: "nan", points: [ChartPoint(x: .nan, y: 1), ChartPoint(x: 1, y: .infinity)])]),
                      Chart(yScale: .log, series: [ChartSeries(name: "neg", points: points([-1, 0]))])]
        for chart in charts {
            let svg = try SVGInspection(chart.svg())
            XCTAssertTrue(svg.texts().contains("no data"))
            XCTAssertTrue(svg.elements("polyline").isEmpty)
            XCTAssertNil(svg.group("grid"))
        }
        let labelled = try SVGInspection(charts[0].svg())
        XCTAssertEqual(labelled.texts(), ["no data", "x", "y"])
    }

    func testDomainOverridesAreUsedWhenValid() throws {
        let chart = Chart(series: [ChartSeries(name: "a", points: points([0, 1, 2, 3]))], xDomain: 0...10, yDomain: 0...100)
        let svg = try SVGInspection(chart.svg())
        let line = svg.points(of: try XCTUnwrap(svg.elements("polyline").first))
        let plot = try XCTUnwrap(svg.plotArea)
        XCTAssertEqual(line[0].0, plot.left, accuracy: 0.01)
        XCTAssertEqual(line[0].1, plot.bottom, accuracy: 0.01)
        XCTAssertEqual(line[3].0, plot.left + 0.3 * (plot.right - plot.left), accuracy: 0.01)
    }

    func testInvalidOverridesFallBackToTheData() throws {
        let data = ChartSeries(name: "a", points: points([1, 10, 100, 1000]))
        let automatic = Chart(yScale: .log, series: [data]).svg()
        XCTAssertEqual(Chart(yScale: .log, series: [data], yDomain: -1...10).svg(), automatic, "log domain must be positive")
        XCTAssertEqual(Chart(yScale: .log, series: [data], yDomain: 5...5).svg(), automatic, "degenerate")
    }

    func testTinySizesAreRaisedToTheMinimum() throws {
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "a", points: points([1, 2]))], width: 10, height: -5).svg())
        XCTAssertEqual(svg.attribute("viewBox", of: svg.root), "0 0 160 120")
    }

    private func assertCentred(_ value: Double, between a: Double, and b: Double, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(value, (a + b) / 2, accuracy: 1, file: file, line: line)
    }
}
