import Engine
import Notebook
import PythonSyntax
import Results

extension PythonRunCode {
    /// Data lines: regenerate with nbrun's seeded generator, split, expand and standardize as nbrun does.
    /// `data: NAME` reuse regenerates the named run's data (its own polynomial degree wins when it has one).
    func dataLines() throws -> [String] {
        guard var data = settings.data else { throw Refusal(message: "the run has no data") }
        var seen: Set<String> = []
        while case let .reuse(source) = data.source {
            guard !seen.contains(source), let reused = export.settings(named: source)?.data else {
                throw Refusal(message: "the data of run \"\(source)\" could not be found")
            }
            seen.insert(source)
            data = reused
        }
        let generation = try generationLine(data.source)
        let seed = Python.seed(data.splitSeed), validation = Python.number(data.validation)
        let degree = settings.model.polynomialDegree.map(Python.integer) ?? "None", standardize = Python.flag(data.standardize)
        let generated: Bool
        if case .generate = data.source { generated = true } else { generated = false }
        let lines = [
            PythonSource.comment("Data: \(generation.description)\(generated ? ", from nbrun's seeded generator" : "")."),
            "data = \(generation.code)",
        ]
        guard data.test > 0 else {
            return lines + [
                PythonSource.comment("Validation split (fraction \(validation), a seeded shuffle), then expansion and standardization."),
                "train_part, validation = split(data, validation=\(validation), seed=\(seed))",
                "train_part, validation = prepare(train_part, validation, degree=\(degree), standardize=\(standardize))",
            ]
        }
        let test = Python.number(data.test)
        return lines + [
            PythonSource.comment("Validation and test parts (fractions \(validation) and \(test), one seeded shuffle), "
                + "then expansion and standardization fitted on the training part."),
            "train_part, validation, test = split(data, validation=\(validation), seed=\(seed), test=\(test))",
            "train_part, validation, test = prepare(train_part, validation, test, degree=\(degree), standardize=\(standardize))",
        ]
    }

    /// The loading or generator call for a data source and a one-line description of it.
    private func generationLine(_ source: ResolvedData.Source) throws -> (code: String, description: String) {
        switch source {
        case let .csv(file, target, features):
            let chosen = features.map { ", features=\(Python.list($0))" } ?? ""
            return ("load_csv(\(Python.text(PythonExportFolder.exportedPath(file))), target=\(Python.text(target))\(chosen))", "the rows of \(file), as nbrun loads them")
        case let .generate(generator):
            return generatorLine(generator)
        case let .reuse(run):
            throw Refusal(message: "the data of run \"\(run)\" could not be found")
        }
    }

    /// The generator call for a synthetic data set and a one-line description of it.
    private func generatorLine(_ g: GeneratorSpec) -> (code: String, description: String) {
        let n = Python.integer(g.count), noise = Python.number(g.noise), seed = Python.seed(g.seed)
        let range = g.xRange.map { ", x_range=(float(\(Python.number($0.lowerBound))), float(\(Python.number($0.upperBound))))" } ?? ""
        switch g.kind {
        case .linear:
            return ("generate_linear(n=\(n), weights=\(Python.list(g.weights)), bias=\(Python.number(g.bias)), noise=\(noise), seed=\(seed)\(range))",
                    "\(n) rows of y = w·x + b + \(noise)·ε")
        case .polynomial:
            return ("generate_polynomial(n=\(n), coefficients=\(Python.list(g.coefficients)), noise=\(noise), seed=\(seed)\(range))",
                    "\(n) rows of a polynomial plus \(noise)·ε")
        case .blobs:
            return ("generate_blobs(n=\(n), centers=default_centers(\(g.classCount)), noise=\(noise), seed=\(seed))",
                    "\(n) points in \(g.classCount) Gaussian blobs")
        case .moons, .circles, .xor, .spiral:
            let classes = g.kind == .spiral ? ", classes=\(g.classCount)" : ""
            return ("generate_shape(\(Python.text(g.kind.rawValue)), n=\(n), noise=\(noise), seed=\(seed)\(classes))",
                    "\(n) points of the \(g.kind.rawValue) shape")
        }
    }
}
