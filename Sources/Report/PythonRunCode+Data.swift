import Notebook
import PythonSyntax

extension PythonRunCode {
    /// Data lines: regenerate with nbrun's seeded generator, split, expand and standardize as nbrun does.
    /// `data: NAME` reuse regenerates the named run's data (its own polynomial degree wins when it has one).
    func dataLines() throws -> [String] {
        guard var data = config["data"] else { throw Refusal(message: "the run has no data") }
        var seen: Set<String> = []
        while case let .string(source)? = data["from"] {
            guard !seen.contains(source), let earlier = export.config(named: source), let reused = earlier["data"] else {
                throw Refusal(message: "the data of run \"\(source)\" could not be found")
            }
            seen.insert(source)
            data = reused
        }
        let generation = try generationLine(data)
        let seed = literal(data["seed"] ?? config["seed"])
        let degree = literal(config["model"]?["polynomial"]), standardize = literal(data["standardize"])
        let lines = [
            PythonSource.comment("Data: \(generation.description)\(data["csv"] == nil ? ", from nbrun's seeded generator" : "")."),
            "data = \(generation.code)",
        ]
        guard let test = data["test"] else {
            return lines + [
                PythonSource.comment("Validation split (fraction \(literal(data["validation"])), a seeded shuffle), then expansion and standardization."),
                "train_part, validation = split(data, validation=\(literal(data["validation"])), seed=\(seed))",
                "train_part, validation = prepare(train_part, validation, degree=\(degree), standardize=\(standardize))",
            ]
        }
        return lines + [
            PythonSource.comment("Validation and test parts (fractions \(literal(data["validation"])) and \(literal(test)), one seeded shuffle), "
                + "then expansion and standardization fitted on the training part."),
            "train_part, validation, test = split(data, validation=\(literal(data["validation"])), seed=\(seed), test=\(literal(test)))",
            "train_part, validation, test = prepare(train_part, validation, test, degree=\(degree), standardize=\(standardize))",
        ]
    }

    /// The generator call for a `generate:` data spec and a one-line description of it.
    private func generationLine(_ data: JSONValue) throws -> (code: String, description: String) {
        if case let .string(file)? = data["csv"] {
            let features = data["features"].map { ", features=\(literal($0))" } ?? ""
            return ("load_csv(\(PythonSource.string(file)), target=\(literal(data["target"]))\(features))",
                    "the rows of \(file), as nbrun loads them")
        }
        guard case let .string(kind)? = data["generate"] else { throw Refusal(message: "the data source is not exported yet") }
        let n = literal(data["n"]), noise = literal(data["noise"]), seed = literal(data["seed"])
        let range = data["x_range"].map { ", x_range=(\(rangeLiteral($0)))" } ?? ""
        switch kind {
        case "linear":
            return ("generate_linear(n=\(n), weights=\(literal(data["weights"])), bias=\(literal(data["bias"])), noise=\(noise), seed=\(seed)\(range))",
                    "\(n) rows of y = w·x + b + \(noise)·ε")
        case "polynomial":
            return ("generate_polynomial(n=\(n), coefficients=\(literal(data["coefficients"])), noise=\(noise), seed=\(seed)\(range))",
                    "\(n) rows of a polynomial plus \(noise)·ε")
        case "blobs":
            return ("generate_blobs(n=\(n), centers=default_centers(\(literal(data["classes"]))), noise=\(noise), seed=\(seed))",
                    "\(n) points in \(literal(data["classes"])) Gaussian blobs")
        case "moons", "circles", "xor", "spiral":
            let classes = data["classes"].map { ", classes=\(literal($0))" } ?? ""
            return ("generate_shape(\(PythonSource.string(kind)), n=\(n), noise=\(noise), seed=\(seed)\(classes))",
                    "\(n) points of the \(kind) shape")
        default:
            throw Refusal(message: "the \(kind) generator is not exported yet")
        }
    }

    private func rangeLiteral(_ value: JSONValue) -> String {
        guard case let .array(bounds) = value, bounds.count == 2 else { return literal(value) }
        return "float(\(literal(bounds[0]))), float(\(literal(bounds[1])))"
    }
}
