/// The kind of a callout, GitHub's alert syntax: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case), alone on its line.
public enum Callout: String, CaseIterable, Hashable, Sendable {
    case note, tip, important, warning, caution

    /// The marker as GitHub documents it, `NOTE` for `.note`.
    public var marker: String { rawValue.uppercased() }

    /// The kind a marker names (case-insensitive), nil for an unknown one.
    public init?(marker: String) {
        self.init(rawValue: marker.lowercased())
    }
}
