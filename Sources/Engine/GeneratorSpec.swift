/// The settings of a synthetic data set (`DataGenerator`), as a config resolves them.
public struct GeneratorSpec: Equatable, Sendable {
    /// Which data set.
    public var kind: DataShape
    /// Number of rows.
    public var count: Int
    /// Linear: true weights (one per feature).
    public var weights: [Double]
    /// Linear: true bias.
    public var bias: Double
    /// Polynomial: coefficients c₀, c₁, … of `Σ cₖ xᵏ`.
    public var coefficients: [Double]
    /// Standard deviation of the Gaussian noise (or blob spread).
    public var noise: Double
    /// Blobs: number of classes or explicit centers.
    public var centers: [[Double]]?
    /// Number of classes (blobs, spiral).
    public var classes: Int
    /// Range of x (linear, polynomial).
    public var xRange: ClosedRange<Double>?
    /// Seed.
    public var seed: UInt64

    /// Creates the settings of a data set.
    public init(kind: DataShape, count: Int, weights: [Double], bias: Double, coefficients: [Double], noise: Double,
                centers: [[Double]]?, classes: Int, xRange: ClosedRange<Double>?, seed: UInt64) {
        self.kind = kind
        self.count = count
        self.weights = weights
        self.bias = bias
        self.coefficients = coefficients
        self.noise = noise
        self.centers = centers
        self.classes = classes
        self.xRange = xRange
        self.seed = seed
    }
}

extension GeneratorSpec {
    /// The number of classes the data set has: the explicit centers' count for blobs, else `classes`.
    public var classCount: Int { centers?.count ?? classes }
}
