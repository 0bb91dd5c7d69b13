import Engine
import Notebook
import Results

/// Samples the data and model for the fit and decision-boundary plots.
enum PlotBuilder {
    /// Scatter and fitted curve for regression on one raw feature.
    static func fit(data: PreparedData, parameters: [Double], objective: TrainingObjective) -> FitPlot? {
        guard !objective.loss.isClassification, data.rawTrain.featureCount == 1 else { return nil }
        let xs = data.rawTrain.features.column(0) + (data.rawValidation?.features.column(0) ?? [])
        guard let low = xs.min(), let high = xs.max(), high > low else { return nil }
        let samples = data.degree == nil ? 2 : 120
        let grid = (0..<samples).map { low + (high - low) * Double($0) / Double(samples - 1) }
        let inputs = data.transform(Matrix(rows: samples, columns: 1, storage: grid))
        let predicted = objective.model.outputs(inputs, parameters: parameters)
        let curve = (0..<samples).map { [grid[$0], predicted[$0, 0]] }
        func points(_ set: Dataset?) -> [[Double]] {
            guard let set else { return [] }
            return (0..<set.count).map { [set.features[$0, 0], set.targets[$0]] }
        }
        return FitPlot(points: points(data.rawTrain), validationPoints: points(data.rawValidation), curve: curve,
                       xLabel: data.rawTrain.featureNames[0], yLabel: data.rawTrain.targetName)
    }

    /// Predicted class on a grid over two raw features, with the points; the grid's pass checks `limit` (3,600 rows of
    /// a large network take seconds).
    static func boundary(data: PreparedData, parameters: [Double], objective: TrainingObjective,
                         limit: Deadline?) throws(DeadlineExceeded) -> BoundaryPlot? {
        guard objective.loss.isClassification, data.rawTrain.featureCount == 2 else { return nil }
        let all = [data.rawTrain] + (data.rawValidation.map { [$0] } ?? [])
        let x1 = all.flatMap { $0.features.column(0) }, x2 = all.flatMap { $0.features.column(1) }
        guard let xr = padded(x1), let yr = padded(x2) else { return nil }
        let size = 60
        var grid = Matrix(rows: size * size, columns: 2)
        for row in 0..<size {
            for col in 0..<size {
                grid[row * size + col, 0] = xr.lowerBound + (xr.upperBound - xr.lowerBound) * (Double(col) + 0.5) / Double(size)
                grid[row * size + col, 1] = yr.lowerBound + (yr.upperBound - yr.lowerBound) * (Double(row) + 0.5) / Double(size)
            }
        }
        let outputs = try objective.model.outputs(data.transform(grid), parameters: parameters, limit: limit)
        let predicted = Prediction.predict(outputs: outputs, classification: true)
        let classes = (0..<size).map { row in (0..<size).map { Int(predicted[row * size + $0]) } }
        let points = all.flatMap { set in
            (0..<set.count).map { ClassPoint(x: set.features[$0, 0], y: set.features[$0, 1], label: Int(set.targets[$0])) }
        }
        let names = data.rawTrain.classNames ?? (0..<data.rawTrain.classCount).map { "class \($0)" }
        var plot = BoundaryPlot(classes: classes, xRange: xr, yRange: yr, points: points, classNames: names,
                                xLabel: data.rawTrain.featureNames[0], yLabel: data.rawTrain.featureNames[1])
        plot.validationCount = data.rawValidation?.count ?? 0
        return plot
    }

    private static func padded(_ values: [Double]) -> ClosedRange<Double>? {
        guard let low = values.min(), let high = values.max() else { return nil }
        let pad = max((high - low) * 0.05, 1e-6)
        return (low - pad)...(high + pad)
    }
}
