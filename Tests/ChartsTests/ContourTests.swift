import XCTest
import TestSupport
@testable import Charts

/// Marching squares, automatic levels, and the contour layer in the SVG.
final class ContourTests: XCTestCase {
    /// f(x, y) = x² + y² on [-1, 1]², 41 × 41 samples.
    private let paraboloid: [[Double]] = (0..<41).map { row in
        (0..<41).map { col in
            let x = -1 + Double(col) / 20
            let y = -1 + Double(row) / 20
            return x * x + y * y
        }
    }

    func testParaboloidLevelsAreClosedCirclesOfTheRightRadius() {
        for level in [0.1, 0.25, 0.5, 0.8] {
            let lines = MarchingSquares.isolines(paraboloid, level: level)
            XCTAssertEqual(lines.count, 1, "level \(level)")
            XCTAssertTrue(lines[0].isClosed, "level \(level)")
            for point in lines[0].points {
                let x = -1 + point.x / 20
                let y = -1 + point.y / 20
                assertClose((x * x + y * y).squareRoot(), level.squareRoot(), absolute: 0.01, "level \(level)")
            }
        }
    }

    func testLevelCrossingTheBorderGivesOpenLines() {
        let lines = MarchingSquares.isolines(paraboloid, level: 1.5)
        XCTAssertEqual(lines.count, 4, "one arc per corner")
        XCTAssertTrue(lines.allSatisfy { !$0.isClosed })
    }

    func testSaddleIsResolvedByTheCentreValue() {
        let lowCentre = MarchingSquares.isolines([[1, 0], [0, 1]], level: 0.6)
        XCTAssertEqual(lowCentre.count, 2)
        let highCentre = MarchingSquares.isolines([[1, 0], [0, 1]], level: 0.4)
        XCTAssertEqual(highCentre.count, 2)
        let cornerNearOrigin = lowCentre.contains { line in line.points.allSatisfy { $0.x + $0.y <= 0.5 } }
        XCTAssertTrue(cornerNearOrigin, "centre below 0.6: the high corner (0, 0) is cut off on its own")
        XCTAssertFalse(highCentre.contains { line in line.points.allSatisfy { $0.x + $0.y <= 0.5 } })
    }

    func testNaNCellsOpenTheCurveWithoutCrashing() {
        var grid = paraboloid
        grid[20][34] = .nan
        let lines = MarchingSquares.isolines(grid, level: 0.5)
        XCTAssertFalse(lines.isEmpty)
        XCTAssertTrue(lines.allSatisfy { !$0.isClosed })
        XCTAssertTrue(lines.flatMap(\.points).allSatisfy { $0.x.isFinite && $0.y.isFinite })
        XCTAssertTrue(MarchingSquares.isolines([[1]], level: 0.5).isEmpty)
        XCTAssertTrue(MarchingSquares.isolines([[1, 2], [3]], level: 0.5).isEmpty, "ragged: shortest row wins")
    }

    func testEachLevelProducesAPathInsideThePlot() throws {
        let levels = Chart.contourLevels(for: paraboloid, count: 8)
        let chart = Chart(xLabel: "x", yLabel: "y",
                          background: .contour(values: paraboloid, xRange: -1...1, yRange: -1...1, levels: levels))
        let svg = try SVGInspection(chart.svg())
        let paths = svg.elements("path", in: try XCTUnwrap(svg.group("contours")))
        XCTAssertEqual(paths.count, levels.count)
        let plot = try XCTUnwrap(svg.plotArea)
        for path in paths {
            let coordinates = svg.coordinates(ofPath: path)
            XCTAssertGreaterThan(coordinates.count, 8)
            for (x, y) in coordinates {
                XCTAssertTrue(x >= plot.left - 0.01 && x <= plot.right + 0.01 && y >= plot.top - 0.01 && y <= plot.bottom + 0.01,
                              "(\(x), \(y)) outside \(plot)")
            }
        }
        let closed = paths.filter { (svg.attribute("d", of: $0) ?? "").hasSuffix("Z") }
        XCTAssertEqual(closed.count, levels.filter { $0 <= 1 }.count, "circles of radius ≤ 1 fit the square (r = 1 touches it)")
    }

    func testLinearLevelsForAParaboloid() {
        XCTAssertEqual(Chart.contourLevels(for: paraboloid, count: 10), [0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 1.8])
    }

    func testGeometricLevelsForRosenbrock() {
        let levels = Chart.contourLevels(for: ChartFixtures.rosenbrockGrid(), count: 10)
        XCTAssertEqual(levels.count, 10)
        XCTAssertGreaterThan(levels[0], 0)
        XCTAssertLessThan(levels[0], 5)
        let ratios = zip(levels.dropFirst(), levels).map { $0 / $1 }
        for ratio in ratios {
            assertClose(ratio, ratios[ratios.count / 2], relative: 0.15, "levels grow geometrically: \(levels)")
        }
        XCTAssertGreaterThan(ratios[0], 1.5)
    }

    func testDegenerateFieldsHaveNoLevels() {
        XCTAssertEqual(Chart.contourLevels(for: [[2, 2], [2, 2]], count: 5), [])
        XCTAssertEqual(Chart.contourLevels(for: [[.nan]], count: 5), [])
        XCTAssertEqual(Chart.contourLevels(for: paraboloid, count: 0), [])
    }
}
