import Notebook
import PythonSyntax

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
            if config["objective"] != nil { return .success(try formulaLines()) }
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

    var modelName: String? {
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

    /// The network: `nn.Linear` layers with the activation and `nn.Dropout` between them, initialized from nbrun's
    /// generator, which then also shuffles and drops.
    private func networkLines() -> [String] {
        let model = config["model"]
        return [
            PythonSource.comment("Model: nn.Sequential of nn.Linear layers (hidden widths \(literal(model?["hidden"]))) with \(literal(model?["activation"])) and nn.Dropout(p=\(literal(model?["dropout"]))).\n"
                + "nn.Linear's initialization is drawn from nbrun's generator (seed \(literal(config["seed"]))), which then also shuffles and drops."),
            "generator = SeededGenerator(\(literal(config["seed"])))",
            "model = network([train_part.X.shape[1]] + \(literal(model?["hidden"])) + [\(outputCount)], "
                + "activation=\(literal(model?["activation"])), dropout=\(literal(model?["dropout"])))",
            "initialize(model, generator)",
        ]
    }

    /// The `criterion = …` line for the run's loss, from `PythonSpelling.losses`.
    private func criterionLine() throws -> String {
        guard let lossName else { throw Refusal(message: "the run has no loss") }
        guard let spelling = PythonSpelling.losses[lossName] else { throw Refusal(message: "the \(lossName) loss has no Python spelling") }
        let line = "criterion = " + spelling.criterion { literal(config["loss"]?[$0]) }
        return spelling.note.map { line + "  " + PythonSource.comment($0) } ?? line
    }

    private func modelLines() throws -> [String] {
        guard let modelName, let model = PythonSpelling.models[modelName] else {
            throw Refusal(message: "the \(modelName ?? "missing") model has no Python spelling")
        }
        let criterion = try criterionLine()
        return [""] + (model == .network ? networkLines() : [
            PythonSource.comment("Model: nn.Linear, z = X Wᵀ + b (\(outputCount) output\(outputCount == 1 ? "" : "s")), starting at zero like nbrun's \(modelName) model."),
            "model = linear_model(train_part.X.shape[1], \(outputCount))",
        ]) + [
            PythonSource.comment("Loss: torch.nn's \(lossName ?? ""), mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step."),
            criterion,
        ]
    }

    private func reportLines() -> [String] {
        let classification = lossName.flatMap { PythonSpelling.losses[$0] }?.isClassification ?? false
        let hasDistance = run.metrics.contains { $0.name == "distance_to_optimum" }
        let names = literal(run.parametersJSON["names"])
        var lines = [""]
        if hasDistance {
            lines.append("optimum = least_squares(train_part, l2=\(literal(config["regularization"]?["l2"])))  # for distance_to_optimum")
        }
        lines.append("return report(model, criterion, train_part, validation, status, epochs, metrics=\(literal(config["metrics"])),")
        let hasTest = run.metrics.contains { $0.name == "test_loss" }
        let extra = (hasDistance ? ", optimum=optimum" : "") + (hasTest ? ", test=test" : "")
        lines.append("              classification=\(classification ? "True" : "False"), names=\(names), best_epoch=best_epoch\(extra))")
        return lines
    }
}
