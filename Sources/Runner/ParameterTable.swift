import Engine
import Notebook
import Output
import Results

/// Names and JSON for a model's learned parameters: `w[feature]` and `bias` for one output,
/// `w[feature → class]` and `b[class]` for one output per class, and a layer summary for networks.
struct ParameterTable {
    let model: any Model
    let parameters: [Double]
    /// Feature names of the model's inputs (after expansion).
    let featureNames: [String]
    /// Class names, when the target is categorical.
    let classNames: [String]?

    /// Label of output `o` (the class name for multiclass models; for one-logit models the positive class).
    private func outputName(_ o: Int, of count: Int) -> String {
        guard let classNames, count == classNames.count else { return "output \(o + 1)" }
        return classNames[o]
    }

    /// Display rows; empty for networks (see `summary`).
    var named: [NamedValue] {
        guard let linear = model as? LinearModel else { return [] }
        let d = linear.inputCount, k = linear.outputCount
        if k == 1 {
            return featureNames.enumerated().map { NamedValue("w[\($0.element)]", parameters[$0.offset]) }
                + [NamedValue("bias", parameters[d])]
        }
        var rows: [NamedValue] = []
        for o in 0..<k {
            let name = outputName(o, of: k)
            rows += featureNames.enumerated().map { NamedValue("w[\($0.element) → \(name)]", parameters[o * d + $0.offset]) }
        }
        rows += (0..<k).map { NamedValue("b[\(outputName($0, of: k))]", parameters[k * d + $0]) }
        return rows
    }

    /// A line per layer plus the total, for networks; `nil` for linear models.
    var summary: [String]? {
        guard !(model is LinearModel) else { return nil }
        let weights = model.penalized.filter { $0 }.count
        return model.layerSummary + ["total: \(model.parameterCount) parameters (\(weights) weights, \(model.parameterCount - weights) biases)"]
    }

    /// `{"weights": […], "bias": b, "names": […]}` for one output; `weights` as k rows and `bias` as k values
    /// (plus `classes`) for several; `{"layers": [{"weights": [[…]], "bias": […]}, …]}` for networks.
    var json: JSONValue {
        if let mlp = model as? MLPModel { return networkJSON(mlp) }
        guard let linear = model as? LinearModel else { return .null }
        let d = linear.inputCount, k = linear.outputCount
        let names = JSONValue.array(featureNames.map(JSONValue.string))
        if k == 1 {
            return .object([("weights", .array(parameters.prefix(d).map(JSONValue.finite))), ("bias", .finite(parameters[d])),
                            ("names", names)])
        }
        let rows = (0..<k).map { o in JSONValue.array((0..<d).map { .finite(parameters[o * d + $0]) }) }
        return .object([("weights", .array(rows)), ("bias", .array((0..<k).map { .finite(parameters[k * d + $0]) })),
                        ("names", names), ("classes", .array((0..<k).map { .string(outputName($0, of: k)) }))])
    }

    private func networkJSON(_ mlp: MLPModel) -> JSONValue {
        var layers: [JSONValue] = []
        var offset = 0
        for l in 1...mlp.layerCount {
            let inputs = mlp.widths[l - 1], outputs = mlp.widths[l]
            let rows = (0..<outputs).map { o in JSONValue.array((0..<inputs).map { .finite(parameters[offset + o * inputs + $0]) }) }
            let bias = (0..<outputs).map { JSONValue.finite(parameters[offset + outputs * inputs + $0]) }
            layers.append(.object([("weights", .array(rows)), ("bias", .array(bias))]))
            offset += outputs * (inputs + 1)
        }
        return .object([("layers", .array(layers)), ("names", .array(featureNames.map(JSONValue.string)))])
    }
}
