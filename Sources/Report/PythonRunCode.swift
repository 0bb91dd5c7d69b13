import Engine
import Notebook
import PythonSyntax
import Results

/// The body of one run's Python function, built from its resolved settings (`RunResult.resolved`): data, model,
/// objective, optimizer, training and the report in nbrun's JSON shape.
struct PythonRunCode {
    /// Why a run has no Python equivalent in this export.
    struct Refusal: Error, Equatable {
        /// Lower-case reason.
        var message: String
    }

    /// The run.
    let run: RunResult
    /// The run's settings.
    let settings: ResolvedRun
    /// The export, for the settings of runs whose data a run reuses.
    let export: PythonExport

    /// The lines of the function body (unindented), or why the run is not exported.
    func body() -> Result<[String], Refusal> {
        do {
            if let objective = settings.objective { return .success(try formulaLines(objective)) }
            var lines = try dataLines()
            lines += try crossValidationLines()
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

    /// The number of model outputs, read off the learned parameters (k rows of weights, or one).
    private var outputCount: Int { run.learned.outputCount }

    /// The network: `nn.Linear` layers with the activation and `nn.Dropout` between them, initialized from nbrun's
    /// generator, which then also shuffles and drops.
    private func networkLines(_ network: MLPModel.Settings) -> [String] {
        let hidden = Python.list(network.hidden), activation = Python.text(network.activation.rawValue)
        let dropout = Python.number(network.dropout), seed = Python.seed(settings.seed)
        return [
            PythonSource.comment("Model: nn.Sequential of nn.Linear layers (hidden widths \(hidden)) with \(activation) and nn.Dropout(p=\(dropout)).\n"
                + "nn.Linear's initialization is drawn from nbrun's generator (seed \(seed)), which then also shuffles and drops."),
            "generator = SeededGenerator(\(seed))",
            "model = network([train_part.X.shape[1]] + \(hidden) + [\(outputCount)], activation=\(activation), dropout=\(dropout))",
            network.initialization == .standard ? "initialize(model, generator)" : initLine("[m for m in model if isinstance(m, nn.Linear)]", network.initialization),
        ]
    }

    /// The prelude's `init_weights` call for a chosen initialization of `layers`.
    private func initLine(_ layers: String, _ scheme: Initialization) -> String {
        let scale = scheme.scale.map(Python.number) ?? "None"
        return "init_weights(\(layers), generator, \(Python.text(scheme.name)), scale=\(scale))  "
            + PythonSource.comment("init: \(scheme.name), biases at 0")
    }

    /// The chosen initialization of a linear or logistic model (the default start, zeros, is `.standard`).
    var linearInitialization: Initialization {
        switch settings.model {
        case let .linear(model), let .logistic(model): return model.initialization
        case .softmax, .mlp: return .standard
        }
    }

    /// The torch.nn loss for the run's loss, as a function of the outputs (rows × k) and the targets.
    private var criterionLine: String {
        switch settings.loss {
        case .mse: return "criterion = lambda z, y: nn.MSELoss()(z[:, 0], y)  # mean of (ŷ − y)²"
        case .mae: return "criterion = lambda z, y: nn.L1Loss()(z[:, 0], y)  # mean of |ŷ − y|"
        case let .huber(huber): return "criterion = lambda z, y: nn.HuberLoss(delta=\(Python.number(huber.delta)))(z[:, 0], y)"
        case .bce: return "criterion = lambda z, y: nn.BCEWithLogitsLoss()(z[:, 0], y)  # on the logit z"
        case .crossEntropy: return "criterion = lambda z, y: nn.CrossEntropyLoss()(z, y.long())  # on the logits z"
        case .hinge: return "criterion = hinge  # labels ±1, multiclass Crammer–Singer (in nbrun_runtime.py)"
        }
    }

    func modelLines() throws -> [String] {
        var model: [String]
        switch settings.model {  // exhaustive: a new model does not build until it has its torch spelling here
        case let .mlp(network):
            model = networkLines(network)
        case .linear, .logistic, .softmax:
            let name = settings.model.name
            model = [
                PythonSource.comment("Model: nn.Linear, z = X Wᵀ + b (\(outputCount) output\(outputCount == 1 ? "" : "s")), starting at zero like nbrun's \(name) model."),
                "model = linear_model(train_part.X.shape[1], \(outputCount))",
            ]
            if linearInitialization != .standard {
                model += ["generator = SeededGenerator(\(Python.seed(settings.seed)))", initLine("[model]", linearInitialization)]
            }
        }
        return [""] + model + [
            PythonSource.comment("Loss: torch.nn's \(settings.loss.name), mean over rows; the objective adds l2·Σw² (never the bias), L1 is a proximal step."),
            criterionLine,
        ]
    }

    private func reportLines() -> [String] {
        let hasDistance = run.metrics.contains { $0.name == "distance_to_optimum" }
        let names = run.learned.features.map(Python.list) ?? "None"
        var lines = [""]
        if hasDistance {
            lines.append("optimum = least_squares(train_part, l2=\(Python.number(settings.regularization.l2)))  # for distance_to_optimum")
        }
        lines.append("return report(model, criterion, train_part, validation, status, epochs, metrics=\(Python.list(settings.metrics.map(\.rawValue))),")
        let hasTest = run.metrics.contains { $0.name == "test_loss" }
        let extra = (hasDistance ? ", optimum=optimum, l2=\(Python.number(settings.regularization.l2))" : "") + (hasTest ? ", test=test" : "")
            + (settings.data?.crossValidation != nil ? ", cv=cv" : "")
        let classification = Python.flag(settings.loss.isClassification)
        lines.append("              classification=\(classification), names=\(names), best_epoch=best_epoch\(extra))")
        return lines
    }
}
