import Config
import Engine

/// Maps a generator spec to the engine's data generators.
enum Generators {
    /// The data set `spec` describes; stops with `DeadlineExceeded` once `deadline` passes.
    static func make(_ spec: GeneratorSpec, deadline: Deadline?) throws(DeadlineExceeded) -> Dataset {
        switch spec.kind {
        case .polynomial:
            let range = spec.xRange ?? -1...1
            return try DataGenerator.polynomial(count: spec.count, coefficients: spec.coefficients, noise: spec.noise,
                                            low: range.lowerBound, high: range.upperBound, seed: spec.seed, limit: deadline)
        case .blobs:
            let centers = spec.centers ?? DataGenerator.defaultCenters(spec.classes)
            return try DataGenerator.blobs(count: spec.count, centers: centers, spread: spec.noise, seed: spec.seed, limit: deadline)
        case .linear:
            let range = spec.xRange ?? 0...1
            return try DataGenerator.linear(count: spec.count, weights: spec.weights, bias: spec.bias, noise: spec.noise,
                                        low: range.lowerBound, high: range.upperBound, seed: spec.seed, limit: deadline)
        case .moons, .circles, .xor, .spiral:
            return try DataGenerator.shapes(spec.kind, count: spec.count, classes: spec.classes, noise: spec.noise, seed: spec.seed, limit: deadline)
        }
    }
}
