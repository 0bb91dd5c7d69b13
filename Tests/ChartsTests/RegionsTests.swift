import XCTest
import Charts

/// Decision regions: runs of equal classes merged into rectangles that tile the grid.
final class RegionsTests: XCTestCase {
    private let classes = [
        [0, 0, 1, 1],
        [0, 1, 1, 2],
        [-1, -1, 2, 2],
    ]

    private func regionRects() throws -> (SVGInspection, [XMLElementBox]) {
        let chart = Chart(background: .regions(classes: classes, xRange: 0...4, yRange: 0...3))
        let svg = try SVGInspection(chart.svg())
        let group = try XCTUnwrap(svg.group("regions"))
        return (svg, svg.elements("rect", in: group).map { XMLElementBox(element: $0, svg: svg) })
    }

    func testRunsAlongRowsBecomeOneRectEach() throws {
        let (_, rects) = try regionRects()
        XCTAssertEqual(rects.count, 6, "rows: 2 runs, 3 runs, 1 run (the -1 run is empty)")
        XCTAssertEqual(rects.map(\.fill), [0, 1, 0, 1, 2, 2].map(ChartPalette.color))
    }

    func testRectsTileThePlotWhenTheDomainIsTheGridRange() throws {
        let (svg, rects) = try regionRects()
        let plot = try XCTUnwrap(svg.plotArea)
        let cellWidth = (plot.right - plot.left) / 4
        let cellHeight = (plot.bottom - plot.top) / 3
        let bottomRow = rects.prefix(2)
        XCTAssertEqual(bottomRow.map(\.width).reduce(0, +), plot.right - plot.left, accuracy: 0.02)
        XCTAssertEqual(bottomRow.first!.x, plot.left, accuracy: 0.01)
        XCTAssertEqual(bottomRow.first!.y + bottomRow.first!.height, plot.bottom, accuracy: 0.01, "row 0 is at the bottom")
        XCTAssertEqual(rects[1].width, 2 * cellWidth, accuracy: 0.02)
        XCTAssertEqual(rects[5].x, plot.left + 2 * cellWidth, accuracy: 0.01, "top row starts after the empty cells")
        XCTAssertEqual(rects[5].y, plot.top, accuracy: 0.01)
        XCTAssertTrue(rects.allSatisfy { abs($0.height - cellHeight) < 0.02 })
    }

    func testRegionsUseGroupOpacityAndClip() throws {
        let (svg, _) = try regionRects()
        let group = try XCTUnwrap(svg.group("regions"))
        XCTAssertEqual(svg.attribute("opacity", of: group), "0.2")
        XCTAssertEqual(svg.attribute("clip-path", of: group), "url(#chart-plot)")
    }

    func testScatterOverRegionsIsOutlinedAndUsesClassColours() throws {
        let svg = try SVGInspection(ChartFixtures.decisionRegions().svg())
        let dotGroups = svg.elements("g", in: try XCTUnwrap(svg.group("series")))
        XCTAssertEqual(dotGroups.count, 3)
        XCTAssertEqual(dotGroups.map { svg.attribute("fill", of: $0) }, [0, 1, 2].map(ChartPalette.color))
        XCTAssertTrue(dotGroups.allSatisfy { svg.attribute("stroke", of: $0) == "currentColor" })
        XCTAssertEqual(svg.elements("circle", in: try XCTUnwrap(svg.group("series"))).count, 90)
    }

    func testEmptyOrRaggedGridsDoNotCrash() throws {
        for grid in [[[Int]](), [[]], [[0, 1], [1]]] {
            _ = try SVGInspection(Chart(background: .regions(classes: grid, xRange: 0...1, yRange: 0...1)).svg())
        }
    }
}

/// Numeric attributes of one region `<rect>`.
struct XMLElementBox {
    let x: Double, y: Double, width: Double, height: Double, fill: String

    init(element: SVGInspection.Element, svg: SVGInspection) {
        x = svg.number("x", of: element) ?? .nan
        y = svg.number("y", of: element) ?? .nan
        width = svg.number("width", of: element) ?? .nan
        height = svg.number("height", of: element) ?? .nan
        fill = svg.attribute("fill", of: element) ?? ""
    }
}
