/// How data values map to positions along an axis.
public enum AxisScale {
    /// Equal distances for equal differences.
    case linear
    /// Base-10 logarithmic: equal distances for equal ratios; non-positive values are skipped.
    case log
    /// `log` when every finite value is positive and max/min > 100 (more than two decades), else `linear`.
    case auto

    /// Resolves `.auto` against `values` (non-finite values are ignored); `.linear` and `.log` are returned as is.
    /// Example: a loss falling from 100 to 0.01 resolves to `.log`, values in 1…10 to `.linear`.
    public func resolved(for values: [Double]) -> AxisScale {
        guard self == .auto else { return self }
        var low = Double.infinity
        var high = -Double.infinity
        for value in values where value.isFinite {
            if value <= 0 { return .linear }
            low = min(low, value)
            high = max(high, value)
        }
        return low.isFinite && high / low > 100 ? .log : .linear
    }
}
