import Engine
import Notebook
import Results

extension PythonRunCode {
    /// Training lines: the closed form through scikit-learn, or a first-order optimizer in nbrun's loop.
    func trainingLines() throws -> [String] {
        let optimizer = settings.optimizer
        let l1 = Python.number(settings.regularization.l1), l2 = Python.number(settings.regularization.l2)
        let early = earlyStopping
        let epochs = Python.integer(settings.epochs), tolerance = Python.number(settings.tolerance)
        if optimizer is ClosedForm.Settings {
            return [
                "",
                "# The normal equations, solved by scikit-learn (Ridge's α = l2·N, since it sums the squared errors).",
                "load(model, least_squares(train_part, l2=\(l2)))",
                "status, epochs, best_epoch = \"converged\", 1, None",
            ]
        }
        if let method = lineSearchCall(optimizer) {
            return [
                "",
                "# \(method.comment)",
                "status, epochs, best_epoch = minimize_model(",
                "    model, criterion, train_part, validation, \(method.call), epochs=\(epochs),",
                "    tolerance=\(tolerance), l2=\(l2), early_stopping=\(early))",
            ]
        }
        let (constructor, comment) = try optimizerCall(optimizer, parameters: parameterGroups(optimizer))
        let generator: String
        if case .mlp = settings.model { generator = "generator" } else { generator = "SeededGenerator(\(Python.seed(settings.seed)))" }
        return [
            "",
            "# \(comment)",
            "optimizer = \(constructor)",
            "scheduler = \(schedulerCall)",
            "status, epochs, best_epoch = train(",
            "    model, criterion, train_part, validation, optimizer, scheduler, \(generator),",
            "    epochs=\(epochs), tolerance=\(tolerance), batch_size=\(batchSize(optimizer)),",
            "    l1=\(l1), l2=\(l2), early_stopping=\(early))",
        ]
    }

    /// The early-stopping rule as the prelude's dict, `None` without one.
    private var earlyStopping: String {
        guard let rule = settings.earlyStopping else { return "None" }
        return "{\"patience\": \(Python.integer(rule.patience)), \"min_delta\": \(Python.number(rule.minDelta)), "
            + "\"restore_best\": \(Python.flag(rule.restoreBest))}"
    }

    /// The optimizer's parameters: AdamW decays the weights only (nbrun never penalizes a bias), so it gets two
    /// parameter groups.
    private func parameterGroups(_ optimizer: any OptimizerSettings) -> String {
        guard optimizer is AdamW.Settings else { return "model.parameters()" }
        return "[{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}]"
    }

    /// The torch.optim.lr_scheduler for the run's schedule, `None` for a constant rate.
    var schedulerCall: String {
        switch settings.schedule {
        case let .step(every, gamma):
            return "torch.optim.lr_scheduler.StepLR(optimizer, step_size=\(Python.integer(every)), gamma=\(Python.number(gamma)))"
        case let .exponential(gamma):
            return "torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=\(Python.number(gamma)))"
        case let .cosine(period, minimum):
            return "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=\(Python.integer(period)), eta_min=\(Python.number(minimum)))"
        case .constant:
            return "None  # a constant rate"
        }
    }

    /// The line-search method's constructor and the SciPy method it corresponds to, for newton, cg and lbfgs.
    func lineSearchCall(_ optimizer: any OptimizerSettings) -> (call: String, comment: String)? {
        switch optimizer {
        case is NewtonMethod.Settings:
            return ("Newton()", "Newton's method, the Hessian from torch autograd (SciPy: minimize(method=\"Newton-CG\", hess=...)).")
        case is ConjugateGradient.Settings:
            return ("ConjugateGradient()", "Polak–Ribière+ conjugate gradients (SciPy: minimize(method=\"CG\")).")
        case let lbfgs as LBFGS.Settings:
            let memory = Python.integer(lbfgs.memory)
            return ("LBFGS(memory=\(memory))", "L-BFGS (SciPy: minimize(method=\"L-BFGS-B\", options={\"maxcor\": \(memory)})).")
        default:
            return nil
        }
    }

    /// `None` for whole-set batches (`all`), else the number of rows per update.
    private func batchSize(_ optimizer: any OptimizerSettings) -> String {
        let size: Int?
        switch optimizer {
        case let gd as GradientDescent.Settings: size = gd.batchSize
        case let momentum as Momentum.Settings: size = momentum.batchSize
        case let adagrad as Adagrad.Settings: size = adagrad.batchSize
        case let rmsprop as RMSprop.Settings: size = rmsprop.batchSize
        case let adam as Adam.Settings: size = adam.batchSize
        case let adamW as AdamW.Settings: size = adamW.adam.batchSize
        default: size = nil
        }
        return size.map(Python.integer) ?? "None"
    }
}
