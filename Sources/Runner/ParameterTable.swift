import Engine
import Notebook
import Results

/// Names and shapes of a model's learned parameters: `w[feature]` and `bias` for one output,
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

    /// The parameters as the model shapes them: one row of weights and a bias for one output, k rows and k biases
    /// (with the class names) for several, the layers of a network.
    var learned: LearnedParameters {
        if let mlp = model as? MLPModel { return network(mlp) }
        guard let linear = model as? LinearModel else { return .none }
        let d = linear.inputCount, k = linear.outputCount
        if k == 1 { return .linear(weights: Array(parameters.prefix(d)), bias: parameters[d], features: featureNames) }
        let rows = (0..<k).map { o in (0..<d).map { parameters[o * d + $0] } }
        return .perClass(weights: rows, bias: (0..<k).map { parameters[k * d + $0] }, features: featureNames,
                         classes: (0..<k).map { outputName($0, of: k) })
    }

    private func network(_ mlp: MLPModel) -> LearnedParameters {
        var layers: [LearnedParameters.Layer] = []
        var offset = 0
        for l in 1...mlp.layerCount {
            let inputs = mlp.widths[l - 1], outputs = mlp.widths[l]
            let rows = (0..<outputs).map { o in (0..<inputs).map { parameters[offset + o * inputs + $0] } }
            let bias = (0..<outputs).map { parameters[offset + outputs * inputs + $0] }
            layers.append(LearnedParameters.Layer(weights: rows, bias: bias))
            offset += outputs * (inputs + 1)
        }
        return .network(layers: layers, features: featureNames)
    }
}
