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
    /// ‖θ − θ*‖ per epoch on a log axis (only when listed in `show`).
    case distance
    /// The loss gap J(θ) − J* per epoch on a log axis (only when listed in `show`).
    case gap
    /// A sweep or grid as one chart with a slider (a select per key of a grid) that brings each member forward,
    /// with that member's summary (only when listed in `show`; the static overlay without script).
    case explore

    /// The parts drawn without `show:`: every part but the optimum charts, which a block asks for by name.
    public static let standard: [ShowPart] = allCases.filter { !$0.isOptIn }

    /// `true` for the parts drawn only when `show:` lists them (`distance`, `gap`, `explore`).
    public var isOptIn: Bool { self == .distance || self == .gap || self == .explore }
}
