import Engine
import Notebook
import PythonSyntax
import Results

extension PythonRunCode {
    /// Training lines: the closed form by QR, a line search, or a first-order optimizer in nbrun's
    /// loop, each spelled from `PythonSpelling.optimizers`.
    func trainingLines() throws -> [String] {
        let optimizer = settings.optimizer, spelling = try Self.spelling(of: optimizer), value = Self.settingLiteral(optimizer)
        let l1 = Python.number(settings.regularization.l1), l2 = Python.number(settings.regularization.l2)
        let early = earlyStopping
        let epochs = Python.integer(settings.epochs), tolerance = Python.number(settings.tolerance)
        let comment = PythonSource.comment(spelling.comment(value))
        let parameters = spelling.decaysWeightsOnly
            ? "[{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}]" : "model.parameters()"
        guard let constructor = spelling.constructor(parameters: parameters, value) else {
            return ["", comment, "load(model, least_squares(train_part, l2=\(l2)))", "status, epochs, best_epoch = \"converged\", 1, None"]
        }
        if case .lineSearch = spelling.call {
            return [
                "",
                comment,
                "status, epochs, best_epoch = minimize_model(",
                "    model, criterion, train_part, validation, \(constructor), epochs=\(epochs),",
                "    tolerance=\(tolerance), l2=\(l2), early_stopping=\(early))",
            ]
        }
        let generator: String
        if case .mlp = settings.model { generator = "generator" } else if linearInitialization != .standard { generator = "generator" } else {
            generator = "SeededGenerator(\(Python.seed(settings.seed)))"
        }
        return [
            "",
            comment,
            "optimizer = \(constructor)",
            "scheduler = \(schedulerCall)",
            "status, epochs, best_epoch = train(",
            "    model, criterion, train_part, validation, optimizer, scheduler, \(generator),",
            "    epochs=\(epochs), tolerance=\(tolerance), batch_size=\(value("batch_size")),",
            "    l1=\(l1), l2=\(l2), early_stopping=\(early)\(clipArgument))",
        ]
    }

    /// `, clip={…}` for the runtime's `train` and `descend` when the run clips its gradients, else nothing (so a
    /// run without clip_grad exports as before).
    var clipArgument: String {
        switch settings.clipping {
        case let .norm(maximum)?: return ", clip={\"max_norm\": \(Python.number(maximum))}"
        case let .value(limit)?: return ", clip={\"value\": \(Python.number(limit))}"
        case nil: return ""
        }
    }

    /// The early-stopping rule as the runtime's dict, `None` without one.
    private var earlyStopping: String {
        guard let rule = settings.earlyStopping else { return "None" }
        return "{\"patience\": \(Python.integer(rule.patience)), \"min_delta\": \(Python.number(rule.minDelta)), "
            + "\"restore_best\": \(Python.flag(rule.restoreBest))}"
    }

    /// The torch.optim.lr_scheduler for the run's schedule, `None` for a constant rate.
    var schedulerCall: String { Self.scheduler(settings.schedule) }

    /// The torch.optim.lr_scheduler call of `schedule` (a warm-up is `SequentialLR` of `LinearLR` and the rest).
    private static func scheduler(_ schedule: Schedule) -> String {
        switch schedule {
        case let .step(every, gamma):
            return "torch.optim.lr_scheduler.StepLR(optimizer, step_size=\(Python.integer(every)), gamma=\(Python.number(gamma)))"
        case let .exponential(gamma):
            return "torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=\(Python.number(gamma)))"
        case let .cosine(period, minimum):
            return "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=\(Python.integer(period)), eta_min=\(Python.number(minimum)))"
        case .constant:
            return "None  # a constant rate"
        case let .warmup(epochs, startFactor, then):
            let linear = "torch.optim.lr_scheduler.LinearLR(optimizer, start_factor=\(Python.number(startFactor)), end_factor=1.0, total_iters=\(Python.integer(epochs)))"
            let rest = then == .constant ? "torch.optim.lr_scheduler.LambdaLR(optimizer, lambda epoch: 1.0)" : scheduler(then)
            return "torch.optim.lr_scheduler.SequentialLR(optimizer, [\(linear), \(rest)], milestones=[\(Python.integer(epochs))])"
        }
    }
}
