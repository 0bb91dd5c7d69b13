/// Parts of a run's output that `show:` selects.
public enum ShowPart: String, CaseIterable, Codable, Sendable {
    /// Status line and metrics.
    case summary
    /// Loss curve.
    case curve
    /// Loss table.
    case table
    /// Learned parameters.
    case params
    /// Scatter with the fitted curve.
    case fit
    /// Decision boundary.
    case boundary
    /// Contour plot with the path.
    case contour
}
