/// Quality measures of final predictions.
public enum Metric: String, CaseIterable, Sendable {
    /// Mean squared error `(1/n) Σ (y − ŷ)²`.
    case mse
    /// Root mean squared error.
    case rmse
    /// Mean absolute error.
    case mae
    /// Coefficient of determination `1 − SS_res/SS_tot` (sklearn's `r2_score`; 0 when y is constant and the fit is not exact).
    case r2
    /// Fraction of correctly predicted classes.
    case accuracy
    /// Fraction of wrongly predicted classes (Hamming loss for single-label data).
    case hamming

    /// `true` for metrics on class predictions.
    public var needsClasses: Bool { self == .accuracy || self == .hamming }

    /// The metric of `predictions` (values or class indices) against `targets`.
    public func compute(predictions: [Double], targets: [Double]) -> Double {
        let n = Double(max(targets.count, 1))
        switch self {
        case .mse:
            return zip(predictions, targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / n
        case .rmse:
            return Metric.mse.compute(predictions: predictions, targets: targets).squareRoot()
        case .mae:
            return zip(predictions, targets).reduce(0) { $0 + abs($1.0 - $1.1) } / n
        case .r2:
            let mean = targets.reduce(0, +) / n
            let total = targets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            let residual = zip(predictions, targets).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
            if total == 0 { return residual == 0 ? 1 : 0 }
            return 1 - residual / total
        case .accuracy:
            return Double(zip(predictions, targets).filter { $0.0 == $0.1 }.count) / n
        case .hamming:
            return Double(zip(predictions, targets).filter { $0.0 != $0.1 }.count) / n
        }
    }
}

/// Turns raw model outputs into predictions for metrics: values for regression, class indices otherwise.
public enum Prediction {
    /// Regression: the single output. Binary (one logit): 1 when the logit > 0. Multiclass: arg max.
    public static func predict(outputs: Matrix, classification: Bool) -> [Double] {
        (0..<outputs.rows).map { r in
            guard classification else { return outputs[r, 0] }
            if outputs.columns == 1 { return outputs[r, 0] > 0 ? 1 : 0 }
            var best = 0
            for c in 1..<outputs.columns where outputs[r, c] > outputs[r, best] { best = c }
            return Double(best)
        }
    }
}
