import Notebook

/// Where a CSV data spec names its columns, so that an error about a column points at the name that chose it.
public struct CSVColumnLocations: Equatable, Sendable {
    /// The `target:` value.
    public var target: SourceLocation
    /// Each `features:` item, in order (empty when `features` is not given).
    public var features: [SourceLocation]

    /// Locations of the target value and of each feature name.
    public init(target: SourceLocation, features: [SourceLocation] = []) {
        self.target = target
        self.features = features
    }

    /// The location of the column `name`: the feature item that names it, else the target value.
    public func location(of name: String, features names: [String]?) -> SourceLocation {
        if let names, let index = names.firstIndex(of: name), index < features.count { return features[index] }
        return target
    }
}
