import XCTest
import Charts
import TestSupport

/// Structure of the SVG: root attributes, well-formedness, point counts, breaks, escaping, ids.
final class ChartStructureTests: XCTestCase {
    private func line(_ ys: [Double], name: String = "s") -> ChartSeries {
        ChartSeries(name: name, points: ys.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) })
    }

    func testRootHasViewBoxSizeAndAccessibility() throws {
        let chart = Chart(title: "Loss", xLabel: "epoch", yLabel: "loss", series: [line([3, 2, 1])], width: 500, height: 300)
        let svg = try SVGInspection(chart.svg())
        XCTAssertEqual(svg.root.localName, "svg")
        XCTAssertEqual(svg.attribute("viewBox", of: svg.root), "0 0 500 300")
        XCTAssertEqual(svg.attribute("width", of: svg.root), "500")
        XCTAssertEqual(svg.attribute("height", of: svg.root), "300")
        XCTAssertEqual(svg.attribute("role", of: svg.root), "img")
        XCTAssertEqual(svg.attribute("aria-label", of: svg.root), "Loss. Series: s")
        XCTAssertEqual(svg.elements("title").first?.stringValue, "Loss")
    }

    func testAllFixturesAreWellFormed() throws {
        for chart in [ChartFixtures.lossCurves(), ChartFixtures.logLoss(), ChartFixtures.scatterFit(),
                      ChartFixtures.contourPath(), ChartFixtures.decisionRegions()] {
            let svg = try SVGInspection(chart.svg())
            XCTAssertFalse(svg.elements("polyline").isEmpty && svg.elements("circle").isEmpty)
        }
    }

    func testPolylineHasOnePointPerFiniteInputPoint() throws {
        let ys = (0..<50).map { sin(Double($0) / 5) }
        let svg = try SVGInspection(Chart(series: [line(ys)]).svg())
        let polylines = svg.elements("polyline")
        XCTAssertEqual(polylines.count, 1)
        XCTAssertEqual(svg.points(of: polylines[0]).count, 50)
    }

    func testNaNSplitsALineIntoTwoSegments() throws {
        var ys = (0..<10).map(Double.init)
        ys[4] = .nan
        let output = Chart(series: [line(ys)]).svg()
        let svg = try SVGInspection(output)
        let counts = svg.elements("polyline").map { svg.points(of: $0).count }
        XCTAssertEqual(counts, [4, 5])
        XCTAssertNil(output.range(of: "nan", options: .caseInsensitive))
    }

    func testInfiniteValuesBreakLinesAndNeverAppear() throws {
        let points = [ChartPoint(x: 0, y: 1), ChartPoint(x: 1, y: 2), ChartPoint(x: .infinity, y: 3),
                      ChartPoint(x: 3, y: 4), ChartPoint(x: 4, y: -.infinity), ChartPoint(x: 5, y: 5), ChartPoint(x: 6, y: 6)]
        let output = Chart(series: [ChartSeries(name: "s", points: points)]).svg()
        let svg = try SVGInspection(output)
        XCTAssertEqual(svg.elements("polyline").map { svg.points(of: $0).count }, [2, 2])
        XCTAssertEqual(svg.elements("circle").count, 1, "the lone point between two breaks is kept as a dot")
        XCTAssertNil(output.range(of: "inf", options: .caseInsensitive))
    }

    func testLogScaleSkipsNonPositiveValues() throws {
        let chart = Chart(yScale: .log, series: [line([1, 0, -1, 10, 100, 1000])])
        let svg = try SVGInspection(chart.svg())
        XCTAssertEqual(svg.elements("polyline").map { svg.points(of: $0).count }, [3])
        XCTAssertEqual(svg.elements("circle").count, 1)
        let labels = svg.texts(in: svg.group("tick-labels"))
        XCTAssertTrue(labels.contains("1") && labels.contains("10") && labels.contains("100") && labels.contains("1000"), "\(labels)")
    }

    func testScatterDrawsOneCircleOfRadius2_5PerPoint() throws {
        let points = (0..<12).map { ChartPoint(x: Double($0), y: Double($0 * $0)) }
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "d", points: points, style: .scatter)]).svg())
        let circles = svg.elements("circle")
        XCTAssertEqual(circles.count, 12)
        XCTAssertTrue(circles.allSatisfy { svg.attribute("r", of: $0) == "2.5" })
        XCTAssertTrue(svg.elements("polyline").isEmpty)
    }

    func testLargeScatterIsThinnedToTheScatterLimit() throws {
        let points = (0..<20_001).map { ChartPoint(x: Double($0), y: Double($0 % 7)) }
        let svg = try SVGInspection(Chart(series: [ChartSeries(name: "d", points: points, style: .scatter)]).svg())
        // k = ⌈20001 / 5000⌉ = 5: points 0, 5, …, 20000 (the last is a multiple of 5).
        XCTAssertEqual(svg.elements("circle").count, 4001)
        let small = (0..<5000).map { ChartPoint(x: Double($0), y: 1) }
        XCTAssertEqual(try SVGInspection(Chart(series: [ChartSeries(name: "d", points: small, style: .scatter)]).svg()).elements("circle").count, 5000)
    }

    func testLongLinesAreDownsampledKeepingTheLastPoint() throws {
        let ys = (0..<5000).map { Double($0) }
        let svg = try SVGInspection(Chart(series: [line(ys)]).svg())
        let points = svg.points(of: try XCTUnwrap(svg.elements("polyline").first))
        XCTAssertEqual(points.count, 1001, "every 5th point (0, 5, …, 4995) and the last")
        let n = points.count
        let regularGap = points[n - 2].0 - points[n - 3].0
        let lastGap = points[n - 1].0 - points[n - 2].0
        assertClose(lastGap / regularGap, 4.0 / 5.0, relative: 0.02, "the last step is 4995 → 4999")
    }

    func testDownsamplingKeepsBothEndsOfEveryRun() throws {
        var ys = (0..<3000).map { Double($0) }
        ys[1502] = .nan
        let svg = try SVGInspection(Chart(series: [line(ys)]).svg())
        // k = 3: run 0…1501 keeps 0, 3, …, 1500 and 1501; run 1503…2999 keeps 1503, 1506, …, 2997 and 2999.
        XCTAssertEqual(svg.elements("polyline").map { svg.points(of: $0).count }, [502, 500])
    }

    func testCoordinatesHaveAtMostTwoDecimals() throws {
        let ys = (0..<30).map { 1 / Double($0 + 3) }
        let output = Chart(series: [line(ys)]).svg()
        let svg = try SVGInspection(output)
        let text = try XCTUnwrap(svg.attribute("points", of: try XCTUnwrap(svg.elements("polyline").first)))
        XCTAssertNil(text.range(of: #"\.\d{3}"#, options: .regularExpression))
        XCTAssertNil(text.range(of: #"\.\d*0[ ,]"#, options: .regularExpression), "no trailing zeros")
    }

    func testSeriesAreClippedToThePlotWithThePrefixedId() throws {
        var chart = Chart(series: [line([0, 5, 10])], yDomain: 0...4)
        chart.idPrefix = "fig 3"
        let svg = try SVGInspection(chart.svg())
        let clip = try XCTUnwrap(svg.elements("clipPath").first)
        XCTAssertEqual(svg.attribute("id", of: clip), "fig-3-plot")
        XCTAssertEqual(svg.attribute("clip-path", of: try XCTUnwrap(svg.group("series"))), "url(#fig-3-plot)")
        let other = Chart(series: [line([0, 5, 10])], idPrefix: "other").svg()
        XCTAssertTrue(other.contains("id=\"other-plot\""))
    }

    func testMarkersInsideTheDomainAreDrawnWithTheirLabel() throws {
        let chart = Chart(series: [line((0..<50).map { 1 / Double($0 + 1) })],
                          markers: [ChartMarker(x: 37, label: "best epoch 37"), ChartMarker(x: 500, label: "outside")])
        let svg = try SVGInspection(chart.svg())
        let markers = try XCTUnwrap(svg.group("markers"))
        XCTAssertEqual(svg.texts(in: markers), ["best epoch 37"])
        XCTAssertEqual(svg.elements("line", in: markers).count, 1)
        XCTAssertEqual(svg.attribute("stroke-dasharray", of: svg.elements("line", in: markers)[0]), "4 3")
    }

    func testDashedLineHasDashArray() throws {
        let series = ChartSeries(name: "v", points: [ChartPoint(x: 0, y: 0), ChartPoint(x: 1, y: 1)], style: .dashedLine)
        XCTAssertTrue(Chart(series: [series]).svg().contains("stroke-dasharray=\"7 4\""))
        XCTAssertFalse(Chart(series: [line([0, 1])]).svg().contains("stroke-dasharray"))
    }
}
