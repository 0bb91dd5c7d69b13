import XCTest
import TestSupport
import Charts

/// Golden SVG files; re-record with `NBRUN_RECORD_SNAPSHOTS=1` and look at the rendering before committing.
final class ChartSnapshotTests: XCTestCase {
    func testLossCurvesWithMarker() {
        assertSnapshot(ChartFixtures.lossCurves().svg(), named: "loss-curves.svg")
    }

    func testLogScaleCurve() {
        assertSnapshot(ChartFixtures.logLoss().svg(), named: "log-loss.svg")
    }

    func testScatterWithFittedLine() {
        assertSnapshot(ChartFixtures.scatterFit().svg(), named: "scatter-fit.svg")
    }

    func testContourWithPath() {
        assertSnapshot(ChartFixtures.contourPath().svg(), named: "contour-path.svg")
    }

    func testDecisionRegionsWithScatter() {
        assertSnapshot(ChartFixtures.decisionRegions().svg(), named: "decision-regions.svg")
    }

    func testRenderingIsDeterministic() {
        for chart in [ChartFixtures.lossCurves(), ChartFixtures.contourPath(), ChartFixtures.decisionRegions()] {
            XCTAssertEqual(chart.svg(), chart.svg())
        }
    }
}
