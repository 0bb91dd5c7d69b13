/// What resolving a config cell needs to know about an earlier name: its kind, whether it failed, and for runs
/// and sweeps the resolved config a later cell may `extends`.
public struct EarlierCell: Sendable {
    /// The kinds of named cells.
    public enum Kind: String, Sendable {
        /// A single run.
        case run
        /// A sweep.
        case sweep
        /// A comparison.
        case compare
        /// A formula block (a definition or a display).
        case formula
    }

    /// The kind.
    public var kind: Kind
    /// `true` when the cell failed (later cells cannot use it).
    public var failed: Bool
    /// The resolved config of a run or a sweep (without `sweep`).
    public var tree: YAMLNode?

    /// Creates the description.
    public init(kind: Kind, failed: Bool = false, tree: YAMLNode? = nil) {
        self.kind = kind
        self.failed = failed
        self.tree = tree
    }
}

/// The names defined so far, as `ConfigResolver.resolve` looks them up (the runner's session).
public protocol CellLookup {
    /// The earlier cell called `name`, if any.
    func earlierCell(named name: String) -> EarlierCell?
    /// Every earlier name, for did-you-mean hints.
    var earlierNames: [String] { get }
}
