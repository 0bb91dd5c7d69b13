import Config
import Engine

/// Maps a generator spec to the engine's data generators.
enum Generators {
    static func make(_ spec: GeneratorSpec) -> Dataset {
        switch spec.kind {
        case .polynomial:
            let range = spec.xRange ?? -1...1
            return DataGenerator.polynomial(count: spec.count, coefficients: spec.coefficients, noise: spec.noise,
                                            low: range.lowerBound, high: range.upperBound, seed: spec.seed)
        case .blobs:
            let centers = spec.centers ?? DataGenerator.defaultCenters(spec.classes)
            return DataGenerator.blobs(count: spec.count, centers: centers, spread: spec.noise, seed: spec.seed)
        case .linear:
            let range = spec.xRange ?? 0...1
            return DataGenerator.linear(count: spec.count, weights: spec.weights, bias: spec.bias, noise: spec.noise,
                                        low: range.lowerBound, high: range.upperBound, seed: spec.seed)
        case .moons, .circles, .xor, .spiral:
            return DataGenerator.shapes(spec.kind, count: spec.count, classes: spec.classes, noise: spec.noise, seed: spec.seed)
        }
    }
}
