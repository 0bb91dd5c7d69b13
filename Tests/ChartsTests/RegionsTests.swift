import XCTest
import Charts

/// Decision regions: the most frequent class fills the grid; every other class is one smoothed outline on top.
final class RegionsTests: XCTestCase {
    private let classes = [
        [0, 0, 1, 1],
        [0, 1, 1, 2],
        [-1, -1, 2, 2],
    ]

    private func regions(_ grid: [[Int]]) throws -> (SVGInspection, SVGInspection.Element) {
        let chart = Chart(background: .regions(classes: grid, xRange: 0...Double(grid[0].count), yRange: 0...Double(grid.count)))
        let svg = try SVGInspection(chart.svg())
        return (svg, try XCTUnwrap(svg.group("regions")))
    }

    /// The closed polygons of a path `M x,y L x,y … Z M …`.
    private func polygons(_ data: String) -> [[(Double, Double)]] {
        data.split(separator: "M").map { part in
            part.replacingOccurrences(of: "Z", with: "").split(separator: "L").compactMap { pair -> (Double, Double)? in
                let xy = pair.split(separator: ",").compactMap { Double($0) }
                return xy.count == 2 ? (xy[0], xy[1]) : nil
            }
        }
    }

    /// Even-odd containment, as `fill-rule="evenodd"` paints.
    private func contains(_ polygons: [[(Double, Double)]], _ point: (Double, Double)) -> Bool {
        var inside = false
        for polygon in polygons where polygon.count >= 3 {
            var j = polygon.count - 1
            for i in polygon.indices {
                let (xi, yi) = polygon[i], (xj, yj) = polygon[j]
                if (yi > point.1) != (yj > point.1), point.0 < (xj - xi) * (point.1 - yi) / (yj - yi) + xi { inside.toggle() }
                j = i
            }
        }
        return inside
    }

    func testTheMostFrequentClassFillsTheGridAndEveryOtherClassIsOneOutline() throws {
        let (svg, group) = try regions(classes)
        let rects = svg.elements("rect", in: group)
        XCTAssertEqual(rects.count, 1)
        XCTAssertEqual(svg.attribute("fill", of: rects[0]), ChartPalette.color(1), "class 1 has the most cells")
        let paths = svg.elements("path", in: group)
        XCTAssertEqual(paths.map { svg.attribute("fill", of: $0) }, [0, 2].map(ChartPalette.color))
        XCTAssertTrue(paths.allSatisfy { svg.attribute("fill-rule", of: $0) == "evenodd" })
    }

    func testEveryCellCentreLiesInsideItsOwnClassOnly() throws {
        let grid = [
            [0, 0, 0, 1, 1, 1],
            [0, 0, 1, 1, 1, 2],
            [0, 1, 1, 1, 2, 2],
            [1, 1, 1, 2, 2, 2],
            [1, 1, 0, 2, 2, 2],
        ]
        let (svg, group) = try regions(grid)
        let plot = try XCTUnwrap(svg.plotArea)
        let outlines = Dictionary(uniqueKeysWithValues: svg.elements("path", in: group).map {
            (svg.attribute("fill", of: $0) ?? "", polygons(svg.attribute("d", of: $0) ?? ""))
        })
        for (row, line) in grid.enumerated() {
            for (col, cls) in line.enumerated() {
                let x = plot.left + (Double(col) + 0.5) / 6 * (plot.right - plot.left)
                let y = plot.bottom - (Double(row) + 0.5) / 5 * (plot.bottom - plot.top)
                for (fill, shape) in outlines {
                    XCTAssertEqual(contains(shape, (x, y)), fill == ChartPalette.color(cls), "cell (\(row), \(col)) and \(fill)")
                }
            }
        }
    }

    func testADiagonalBorderIsNotAStaircase() throws {
        let size = 20
        let grid = (0..<size).map { row in (0..<size).map { col in col > row ? 1 : 0 } }
        let (svg, group) = try regions(grid)
        let path = try XCTUnwrap(svg.elements("path", in: group).first)
        let points = polygons(svg.attribute("d", of: path) ?? "").flatMap { $0 }
        let plot = try XCTUnwrap(svg.plotArea)
        let inside = points.filter { $0.0 > plot.left + 1 && $0.0 < plot.right - 1 && $0.1 > plot.top + 1 && $0.1 < plot.bottom - 1 }
        var distinctX = Set<Int>()
        for point in inside { distinctX.insert(Int((point.0 * 10).rounded())) }
        XCTAssertGreaterThan(distinctX.count, inside.count / 2, "a staircase repeats each x twice; a diagonal does not")
    }

    func testRegionsUseGroupOpacityAndClip() throws {
        let (svg, group) = try regions(classes)
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
