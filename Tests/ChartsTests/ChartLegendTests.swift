import XCTest
import Charts

/// Legend visibility, escaping of every text, and placement away from the data.
final class ChartLegendTests: XCTestCase {
    private func series(_ name: String, _ ys: [Double], colorIndex: Int = 0) -> ChartSeries {
        ChartSeries(name: name, points: ys.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) }, colorIndex: colorIndex)
    }

    private let falling: [Double] = (0..<40).map { 10 * exp(-Double($0) / 8) }

    func testLegendShowsOnlyWithMoreThanOneNamedSeries() throws {
        let one = try SVGInspection(Chart(series: [series("train", falling)]).svg())
        XCTAssertNil(one.group("legend"))
        let two = try SVGInspection(Chart(series: [series("train", falling), series("val", falling.map { $0 + 1 }, colorIndex: 1)]).svg())
        XCTAssertEqual(two.texts(in: try XCTUnwrap(two.group("legend"))), ["train", "val"])
        let unnamed = try SVGInspection(Chart(series: [series("train", falling), series("", falling.map { $0 + 1 })]).svg())
        XCTAssertNil(unnamed.group("legend"), "only named series count")
    }

    func testShowLegendOverridesTheDefault() throws {
        let forced = try SVGInspection(Chart(series: [series("train", falling)], showLegend: true).svg())
        XCTAssertEqual(forced.texts(in: try XCTUnwrap(forced.group("legend"))), ["train"])
        let hidden = try SVGInspection(Chart(series: [series("a", falling), series("b", falling)], showLegend: false).svg())
        XCTAssertNil(hidden.group("legend"))
    }

    func testAllTextIsEscaped() throws {
        let name = "<b>bold</b> & \"quoted\" 'single'"
        let chart = Chart(title: "A < B & C", xLabel: "x <i>", yLabel: "y & z",
                          series: [series(name, falling), series("other", falling)],
                          markers: [ChartMarker(x: 3, label: "<best>")])
        let output = chart.svg()
        XCTAssertTrue(output.contains("&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; 'single'"))
        XCTAssertFalse(output.contains("<b>"))
        XCTAssertFalse(output.contains("<i>"))
        XCTAssertFalse(output.contains("<best>"))
        let svg = try SVGInspection(output)
        let texts = svg.texts()
        for expected in [name, "A < B & C", "x <i>", "y & z", "<best>"] {
            XCTAssertTrue(texts.contains(expected), "missing text \(expected) in \(texts)")
        }
        XCTAssertEqual(svg.attribute("aria-label", of: svg.root), "A < B & C. Series: \(name), other")
    }

    func testLegendSwatchesFollowSeriesColourAndStyle() throws {
        let dashed = ChartSeries(name: "val", points: falling.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element + 1) },
                                 style: .dashedLine, colorIndex: 1)
        let svg = try SVGInspection(Chart(series: [series("train", falling), dashed]).svg())
        let swatches = svg.elements("line", in: try XCTUnwrap(svg.group("legend")))
        XCTAssertEqual(swatches.map { svg.attribute("stroke", of: $0) }, [ChartPalette.color(0), ChartPalette.color(1)])
        XCTAssertNil(svg.attribute("stroke-dasharray", of: swatches[0]))
        XCTAssertNotNil(svg.attribute("stroke-dasharray", of: swatches[1]))
    }

    /// A falling curve leaves the top-right corner free; a rising one fills it, so the legend moves.
    func testLegendAvoidsTheData() throws {
        func legendBox(_ ys: [Double]) throws -> (x: Double, y: Double, midX: Double, midY: Double) {
            let svg = try SVGInspection(Chart(series: [series("a", ys), series("b", ys.map { $0 * 0.9 })]).svg())
            let rect = try XCTUnwrap(svg.elements("rect", in: try XCTUnwrap(svg.group("legend"))).first)
            let plot = try XCTUnwrap(svg.plotArea)
            return (try XCTUnwrap(svg.number("x", of: rect)), try XCTUnwrap(svg.number("y", of: rect)),
                    (plot.left + plot.right) / 2, (plot.top + plot.bottom) / 2)
        }
        let fallingBox = try legendBox(falling)
        XCTAssertTrue(fallingBox.x > fallingBox.midX && fallingBox.y < fallingBox.midY, "top-right: \(fallingBox)")
        let risingBox = try legendBox(falling.reversed())
        XCTAssertTrue(risingBox.x < risingBox.midX && risingBox.y < risingBox.midY, "top-left: \(risingBox)")
    }

    func testContourChartsPutTheLegendAboveThePlot() throws {
        let svg = try SVGInspection(ChartFixtures.contourPath().svg())
        let plot = try XCTUnwrap(svg.plotArea)
        let legendTexts = svg.elements("text", in: try XCTUnwrap(svg.group("legend")))
        XCTAssertEqual(legendTexts.count, 2)
        for text in legendTexts {
            XCTAssertLessThan(try XCTUnwrap(svg.number("y", of: text)), plot.top)
        }
    }
}
