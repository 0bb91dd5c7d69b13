/// A vertical dashed rule at a given x with a short label, e.g. "best epoch 37".
public struct ChartMarker {
    /// Position in data coordinates; a marker outside the x domain is not drawn.
    public var x: Double
    /// Label drawn at the top of the rule (escaped).
    public var label: String

    /// Creates a marker at `x` labelled `label`.
    public init(x: Double, label: String) {
        self.x = x
        self.label = label
    }
}
