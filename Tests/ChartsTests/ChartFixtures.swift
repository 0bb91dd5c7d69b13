import Foundation
import Charts
import Output

/// Deterministic example charts shared by the golden-file and structure tests.
enum ChartFixtures {
    /// SplitMix64: a tiny seeded generator so fixture noise is identical on every platform.
    struct Noise {
        var state: UInt64
        /// A uniform value in [-1, 1).
        mutating func next() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 52) - 1
        }
    }

    /// Training and validation loss over 60 epochs, validation bottoming out at epoch 37.
    static func lossCurves() -> Chart {
        let epochs = (1...60).map(Double.init)
        let train = epochs.map { ChartPoint(x: $0, y: 2.2 * exp(-$0 / 9) + 0.12 + 0.02 * sin($0)) }
        let validation = epochs.map { ChartPoint(x: $0, y: 2.2 * exp(-$0 / 9) + 0.3 + 0.00012 * ($0 - 37) * ($0 - 37)) }
        return Chart(title: "Training & validation loss", xLabel: "epoch", yLabel: "loss",
                     series: [ChartSeries(name: "train", points: train),
                              ChartSeries(name: "validation", points: validation, style: .dashedLine, colorIndex: 1)],
                     markers: [ChartMarker(x: 37, label: "best epoch 37")], idPrefix: "loss")
    }

    /// Gradient descent on a quadratic: the gap f(x) − f* falls from 100 to about 0.002 (auto log scale).
    static func logLoss() -> Chart {
        let points = (0...80).map { ChartPoint(x: Double($0), y: 100 * pow(0.875, Double($0))) }
        let momentum = (0...80).map { ChartPoint(x: Double($0), y: 100 * pow(0.8, Double($0)) * (1 + 0.5 * cos(Double($0) / 2))) }
        return Chart(xLabel: "iteration", yLabel: "f(x) − f*",
                     series: [ChartSeries(name: "gradient descent", points: points, style: .lineWithMarkers),
                              ChartSeries(name: "momentum β = 0.9", points: momentum, colorIndex: 2)],
                     idPrefix: "gap")
    }

    /// Noisy samples of y = 2x + 1 with the least-squares line.
    static func scatterFit() -> Chart {
        var noise = Noise(state: 7)
        let samples = (0..<40).map { i -> ChartPoint in
            let x = -1 + 4 * Double(i) / 39 + 0.03 * noise.next()
            return ChartPoint(x: x, y: 2 * x + 1 + 1.2 * noise.next())
        }
        let (slope, intercept) = leastSquares(samples)
        let fit = [-1.0, 3.0].map { ChartPoint(x: $0, y: slope * $0 + intercept) }
        return Chart(title: "Linear regression", xLabel: "x", yLabel: "y",
                     series: [ChartSeries(name: "samples", points: samples, style: .scatter),
                              ChartSeries(name: "fit ŷ = \(ChartNumberFormat.format((slope * 100).rounded() / 100))x + \(ChartNumberFormat.format((intercept * 100).rounded() / 100))",
                                          points: fit, colorIndex: 1)],
                     idPrefix: "fit")
    }

    /// Slope and intercept minimising the squared error.
    static func leastSquares(_ points: [ChartPoint]) -> (Double, Double) {
        let n = Double(points.count)
        let mx = points.map(\.x).reduce(0, +) / n
        let my = points.map(\.y).reduce(0, +) / n
        let sxy = points.map { ($0.x - mx) * ($0.y - my) }.reduce(0, +)
        let sxx = points.map { ($0.x - mx) * ($0.x - mx) }.reduce(0, +)
        return (sxy / sxx, my - sxy / sxx * mx)
    }

    /// Rosenbrock f(x, y) = (1 − x)² + 100 (y − x²)² sampled on [-2, 2] × [-1, 3].
    static func rosenbrockGrid(size: Int = 81) -> [[Double]] {
        (0..<size).map { row in
            let y = -1 + 4 * Double(row) / Double(size - 1)
            return (0..<size).map { col in
                let x = -2 + 4 * Double(col) / Double(size - 1)
                return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
            }
        }
    }

    /// Rosenbrock contours with a gradient-descent-with-momentum path from (-1.5, 2.5) to near (1, 1).
    static func contourPath() -> Chart {
        let grid = rosenbrockGrid(size: 121)
        var (x, y, vx, vy) = (-1.5, 2.5, 0.0, 0.0)
        var path = [ChartPoint(x: x, y: y)]
        for step in 1...3000 {
            let gx = -2 * (1 - x) - 400 * x * (y - x * x)
            let gy = 200 * (y - x * x)
            vx = 0.9 * vx - 0.0002 * gx
            vy = 0.9 * vy - 0.0002 * gy
            x += vx
            y += vy
            if step % 25 == 0 { path.append(ChartPoint(x: x, y: y)) }
        }
        let levels = Chart.contourLevels(for: grid, count: 12)
        return Chart(title: "Momentum on the Rosenbrock function", xLabel: "x₁", yLabel: "x₂",
                     series: [ChartSeries(name: "momentum path", points: path, style: .lineWithMarkers, colorIndex: 1),
                              ChartSeries(name: "minimum (1, 1)", points: [ChartPoint(x: 1, y: 1)], style: .scatter, colorIndex: 4)],
                     width: 520, height: 420, showLegend: true,
                     background: .contour(values: grid, xRange: -2...2, yRange: -1...3, levels: levels), idPrefix: "rosen")
    }

    /// Three classes of points around three centres with the nearest-centre decision regions on a 60×60 grid.
    static func decisionRegions() -> Chart {
        let centres = [(-1.0, -0.5), (1.2, -0.2), (0.1, 1.3)]
        var noise = Noise(state: 42)
        let series = centres.enumerated().map { index, centre -> ChartSeries in
            let points = (0..<30).map { _ in ChartPoint(x: centre.0 + 0.7 * noise.next(), y: centre.1 + 0.7 * noise.next()) }
            return ChartSeries(name: "class \(index)", points: points, style: .scatter, classIndex: index)
        }
        let classes = (0..<60).map { row in
            (0..<60).map { col -> Int in
                let x = -2.5 + 5 * (Double(col) + 0.5) / 60
                let y = -2.5 + 5 * (Double(row) + 0.5) / 60
                let distances = centres.map { ($0.0 - x) * ($0.0 - x) + ($0.1 - y) * ($0.1 - y) }
                return distances.indices.min { distances[$0] < distances[$1] } ?? 0
            }
        }
        return Chart(title: "Nearest-centroid classifier", xLabel: "feature 1", yLabel: "feature 2", series: series,
                     width: 520, height: 420,
                     background: .regions(classes: classes, xRange: -2.5...2.5, yRange: -2.5...2.5), idPrefix: "regions")
    }
}
