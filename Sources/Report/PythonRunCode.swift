import Notebook

/// The body of one run's Python function, built from its resolved config (`RunResult.config`): data, model,
/// objective, optimizer, training and the report in nbrun's JSON shape.
struct PythonRunCode {
    /// Why a run has no Python equivalent in this export.
    struct Refusal: Error, Equatable {
        /// Lower-case reason.
        var message: String
    }

    /// The run.
    let run: RunResult
    /// The export, for the configs of runs whose data a run reuses.
    let export: PythonExport

    var config: JSONValue { run.config }

    /// The lines of the function body (unindented), or why the run is not exported.
    func body() -> Result<[String], Refusal> {
        do {
            var lines = try dataLines()
            lines += try modelLines()
            lines += try trainingLines()
            lines += reportLines()
            return .success(lines)
        } catch let refusal as Refusal {
            return .failure(refusal)
        } catch {
            return .failure(Refusal(message: "\(error)"))
        }
    }

    /// `config[key]` as a Python literal (`None` when absent).
    func literal(_ value: JSONValue?) -> String {
        value.map(PythonLiteral.make) ?? "None"
    }

    private var modelName: String? {
        if case let .string(name)? = config["model"]?["name"] { return name }
        return nil
    }

    var lossName: String? {
        if case let .string(name)? = config["loss"]?["name"] { return name }
        return nil
    }

    /// The number of model outputs, read off the learned parameters (k rows of weights, or one).
    private var outputCount: Int {
        if case let .array(rows)? = run.parametersJSON["weights"], case .array? = rows.first { return rows.count }
        if case let .array(layers)? = run.parametersJSON["layers"], case let .array(bias)? = layers.last?["bias"] { return bias.count }
        return 1
    }

    /// The network: `nn.Linear` layers with the activation and `nn.Dropout` between them.
    private func networkLines() throws -> [String] {
        guard case .string("newton")? = config["optimizer"]?["name"] else {
            let model = config["model"]
            return [
                "# Model: nn.Sequential of nn.Linear layers \(literal(model?["hidden"])) with \(literal(model?["activation"])) and nn.Dropout(p=\(literal(model?["dropout"]))),",
                "# initialized like nn.Linear from the run's seeded generator (inside train()).",
                "model = MLP(widths=[train_part.X.shape[1]] + \(literal(model?["hidden"])) + [\(outputCount)], "
                    + "activation=\(literal(model?["activation"])), dropout=\(literal(model?["dropout"])))",
            ]
        }
        throw Refusal(message: "newton on a network (a difference Hessian) is not exported yet")
    }

    private func modelLines() throws -> [String] {
        guard config["objective"] == nil else { throw Refusal(message: "formula objectives are not exported yet") }
        guard let modelName, ["linear", "logistic", "softmax", "mlp"].contains(modelName) else {
            throw Refusal(message: "\(modelName ?? "this") models are not exported yet")
        }
        guard let lossName else { throw Refusal(message: "the run has no loss") }
        let loss: String
        switch lossName {
        case "huber":
            loss = "lambda z, y: huber(z, y, delta=\(literal(config["loss"]?["delta"])))"
        case "mse", "mae", "bce", "cross_entropy", "hinge":
            loss = lossName
        default:
            throw Refusal(message: "the \(lossName) loss is not exported yet")
        }
        let regularization = config["regularization"]
        return [""] + (modelName == "mlp" ? try networkLines() : [
            "# Model: z = X Wᵀ + b (\(outputCount) output\(outputCount == 1 ? "" : "s")), starting at zero like nbrun's \(modelName) model.",
            "model = Linear(inputs=train_part.X.shape[1], outputs=\(outputCount))",
        ]) + [
            "# Objective: (1/N) Σ \(lossName)_i + l1·Σ|w| + l2·Σw² (the bias is never penalized).",
            "objective = Objective(model, \(loss), train_part, l1=\(literal(regularization?["l1"])), l2=\(literal(regularization?["l2"])))",
        ]
    }

    private func reportLines() -> [String] {
        let classification = ["bce", "cross_entropy", "hinge"].contains(lossName ?? "")
        let hasDistance = run.metrics.contains { $0.name == "distance_to_optimum" }
        let names = literal(run.parametersJSON["names"])
        var lines = [""]
        if hasDistance, case .string("closed_form")? = config["optimizer"]?["name"] {
            lines.append("optimum = theta  # the closed form is the optimum: distance_to_optimum is 0")
        } else if hasDistance {
            lines.append("optimum = least_squares(train_part, l2=objective.l2)  # for distance_to_optimum")
        }
        lines.append("return report(objective, validation, theta, status, epochs, metrics=\(literal(config["metrics"])),")
        let extra = hasDistance ? ", optimum=optimum" : ""
        lines.append("              classification=\(classification ? "True" : "False"), names=\(names), best_epoch=best_epoch\(extra))")
        return lines
    }
}
