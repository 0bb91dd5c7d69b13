import Notebook
import PythonSyntax
import PythonSyntax

extension PythonRunCode {
    /// Training lines: the closed form through scikit-learn, or a first-order optimizer in nbrun's loop.
    func trainingLines() throws -> [String] {
        guard let optimizer = config["optimizer"], case let .string(name)? = optimizer["name"] else {
            throw Refusal(message: "the run has no optimizer")
        }
        let spelling = try Self.spelling(ofOptimizer: name)
        let regularization = config["regularization"]
        let l1 = literal(regularization?["l1"]), l2 = literal(regularization?["l2"])
        let early = config["early_stopping"].map(literal) ?? "None"
        let comment = PythonSource.comment(spelling.comment { literal(optimizer[$0]) })
        let parameters = spelling.decaysWeightsOnly
            ? "[{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}]" : "model.parameters()"
        guard let constructor = spelling.constructor(parameters: parameters, { literal(optimizer[$0]) }) else {
            return ["", comment, "load(model, least_squares(train_part, l2=\(l2)))", "status, epochs, best_epoch = \"converged\", 1, None"]
        }
        if case .lineSearch = spelling.call {
            return [
                "",
                comment,
                "status, epochs, best_epoch = minimize_model(",
                "    model, criterion, train_part, validation, \(constructor), epochs=\(literal(config["epochs"])),",
                "    tolerance=\(literal(config["tolerance"])), l2=\(l2), early_stopping=\(early))",
            ]
        }
        return [
            "",
            comment,
            "optimizer = \(constructor)",
            "scheduler = \(try schedulerCall())",
            "status, epochs, best_epoch = train(",
            "    model, criterion, train_part, validation, optimizer, scheduler, \(modelIsNetwork ? "generator" : "SeededGenerator(\(literal(config["seed"])))"),",
            "    epochs=\(literal(config["epochs"])), tolerance=\(literal(config["tolerance"])), batch_size=\(batchSize(optimizer)),",
            "    l1=\(l1), l2=\(l2), early_stopping=\(early))",
        ]
    }

    /// The spelling of the optimizer called `name` (a refusal for a name the table lacks, which
    /// `PythonSpellingTests` keeps from shipping).
    static func spelling(ofOptimizer name: String) throws -> PythonSpelling.Optimizer {
        guard let spelling = PythonSpelling.optimizers[name] else { throw Refusal(message: "the \(name) optimizer has no Python spelling") }
        return spelling
    }

    /// Whether the model is a network (it draws its initialization from the run's generator).
    private var modelIsNetwork: Bool { modelName.flatMap { PythonSpelling.models[$0] } == .network }

    /// The torch.optim.lr_scheduler for the run's schedule, `None` for a constant rate.
    func schedulerCall() throws -> String {
        let schedule = config["schedule"]
        func value(_ key: String) -> String { literal(schedule?[key]) }
        switch schedule?["name"] {
        case .string("step")?:
            return "torch.optim.lr_scheduler.StepLR(optimizer, step_size=\(value("every")), gamma=\(value("gamma")))"
        case .string("exponential")?:
            return "torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=\(value("gamma")))"
        case .string("cosine")?:
            return "torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=\(value("period")), eta_min=\(value("min_lr")))"
        case .string("constant")?, nil:
            return "None  # a constant rate"
        default:
            throw Refusal(message: "the \(literal(schedule?["name"])) schedule is not exported yet")
        }
    }

    /// `None` for whole-set batches (`all`), else the number of rows per update.
    private func batchSize(_ optimizer: JSONValue) -> String {
        if case let .int(size)? = optimizer["batch_size"] { return String(size) }
        return "None"
    }
}
