import Notebook
import PythonSyntax

extension PythonRunCode {
    /// Training lines: the closed form through scikit-learn, or a first-order optimizer in nbrun's loop.
    func trainingLines() throws -> [String] {
        guard let optimizer = config["optimizer"], case let .string(name)? = optimizer["name"] else {
            throw Refusal(message: "the run has no optimizer")
        }
        let regularization = config["regularization"]
        let l1 = literal(regularization?["l1"]), l2 = literal(regularization?["l2"])
        let early = config["early_stopping"].map(literal) ?? "None"
        if name == "closed_form" {
            return [
                "",
                "# The normal equations, solved by scikit-learn (Ridge's α = l2·N, since it sums the squared errors).",
                "load(model, least_squares(train_part, l2=\(l2)))",
                "status, epochs, best_epoch = \"converged\", 1, None",
            ]
        }
        if let method = lineSearchCall(name, optimizer) {
            return [
                "",
                PythonSource.comment(method.comment),
                "status, epochs, best_epoch = minimize_model(",
                "    model, criterion, train_part, validation, \(method.call), epochs=\(literal(config["epochs"])),",
                "    tolerance=\(literal(config["tolerance"])), l2=\(l2), early_stopping=\(early))",
            ]
        }
        let (constructor, comment) = try optimizerCall(name, optimizer, parameters: parameterGroups(name, optimizer))
        return [
            "",
            PythonSource.comment(comment),
            "optimizer = \(constructor)",
            "scheduler = \(try schedulerCall())",
            "status, epochs, best_epoch = train(",
            "    model, criterion, train_part, validation, optimizer, scheduler, \(modelIsNetwork ? "generator" : "SeededGenerator(\(literal(config["seed"])))"),",
            "    epochs=\(literal(config["epochs"])), tolerance=\(literal(config["tolerance"])), batch_size=\(batchSize(optimizer)),",
            "    l1=\(l1), l2=\(l2), early_stopping=\(early))",
        ]
    }

    /// Whether the model is a network (it draws its initialization from the run's generator).
    private var modelIsNetwork: Bool { config["model"]?["name"] == .string("mlp") }

    /// The optimizer's parameters: AdamW decays the weights only (nbrun never penalizes a bias), so it gets two
    /// parameter groups.
    private func parameterGroups(_ name: String, _ settings: JSONValue) -> String {
        guard name == "adamw" else { return "model.parameters()" }
        return "[{\"params\": weights(model)}, {\"params\": biases(model), \"weight_decay\": 0.0}]"
    }

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

    /// The line-search method's constructor and the SciPy method it corresponds to, for newton, cg and lbfgs.
    func lineSearchCall(_ name: String, _ settings: JSONValue) -> (call: String, comment: String)? {
        switch name {
        case "newton":
            return ("Newton()", "Newton's method, the Hessian from torch autograd (SciPy: minimize(method=\"Newton-CG\", hess=...)).")
        case "cg":
            return ("ConjugateGradient()", "Polak–Ribière+ conjugate gradients (SciPy: minimize(method=\"CG\")).")
        case "lbfgs":
            return ("LBFGS(memory=\(literal(settings["memory"])))",
                    "L-BFGS (SciPy: minimize(method=\"L-BFGS-B\", options={\"maxcor\": \(literal(settings["memory"]))})).")
        default:
            return nil
        }
    }

    /// `None` for whole-set batches (`all`), else the number of rows per update.
    private func batchSize(_ optimizer: JSONValue) -> String {
        if case let .int(size)? = optimizer["batch_size"] { return String(size) }
        return "None"
    }

    /// The torch.optim constructor for the optimizer's settings and a comment on its update rule.
    func optimizerCall(_ name: String, _ settings: JSONValue, parameters: String) throws -> (String, String) {
        let lr = literal(settings["lr"])
        func value(_ key: String) -> String { literal(settings[key]) }
        switch name {
        case "gd", "sgd":
            return ("torch.optim.SGD(\(parameters), lr=\(lr))", "torch.optim.SGD: θ ← θ − lr·g after every batch.")
        case "momentum", "nesterov":
            let nesterov = name == "nesterov" ? "True" : "False"
            return ("torch.optim.SGD(\(parameters), lr=\(lr), momentum=\(value("momentum")), nesterov=\(nesterov))",
                    "torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·\(name == "nesterov" ? "(g + μb)" : "b").")
        case "adam", "adamw":
            let betas = "betas=(\(value("beta1")), \(value("beta2")))"
            if name == "adamw" {
                return ("torch.optim.AdamW(\(parameters), lr=\(lr), \(betas), eps=\(value("eps")), weight_decay=\(value("weight_decay")), amsgrad=\(value("amsgrad")))",
                        "torch.optim.AdamW: w ← w(1 − lr·wd), then Adam's step; the bias group has no decay (nbrun decays weights only).")
            }
            return ("torch.optim.Adam(\(parameters), lr=\(lr), \(betas), eps=\(value("eps")), amsgrad=\(value("amsgrad")))",
                    "torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).")
        case "adagrad":
            return ("torch.optim.Adagrad(\(parameters), lr=\(lr), eps=\(value("eps")), lr_decay=\(value("lr_decay")))",
                    "torch.optim.Adagrad: s ← s + g², θ ← θ − lr/(1 + (t−1)·lr_decay)·g/(√s + eps).")
        case "rmsprop":
            return ("torch.optim.RMSprop(\(parameters), lr=\(lr), alpha=\(value("alpha")), eps=\(value("eps")), momentum=\(value("momentum")), centered=\(value("centered")))",
                    "torch.optim.RMSprop: v ← αv + (1−α)g², θ ← θ − lr·g/(√v + eps).")
        default:
            throw Refusal(message: "the \(name) optimizer is not exported yet")
        }
    }
}
