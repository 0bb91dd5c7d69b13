import Notebook

extension PythonRunCode {
    /// Training lines: the closed form through scikit-learn, or a first-order optimizer in nbrun's loop.
    func trainingLines() throws -> [String] {
        guard let optimizer = config["optimizer"], case let .string(name)? = optimizer["name"] else {
            throw Refusal(message: "the run has no optimizer")
        }
        if name == "closed_form" {
            return [
                "",
                "# The normal equations, solved by scikit-learn (Ridge's α = l2·N, since it sums the squared errors).",
                "theta = least_squares(train_part, l2=objective.l2)",
                "status, epochs, best_epoch = \"converged\", 1, None",
            ]
        }
        if let method = lineSearchCall(name, optimizer) {
            return [
                "",
                "# \(method.comment)",
                "method = \(method.call)",
                "status, epochs, theta, best_epoch = minimize(",
                "    objective, method, validation, epochs=\(literal(config["epochs"])), tolerance=\(literal(config["tolerance"])),",
                "    early_stopping=\(config["early_stopping"].map(literal) ?? "None"))",
            ]
        }
        let (constructor, comment) = try optimizerCall(name, optimizer)
        let early = config["early_stopping"].map(literal) ?? "None"
        return [
            "",
            "# \(comment)",
            "optimizer = \(constructor)",
            "status, epochs, theta, best_epoch = train(",
            "    objective, optimizer, validation, epochs=\(literal(config["epochs"])), tolerance=\(literal(config["tolerance"])),",
            "    batch_size=\(batchSize(optimizer)), schedule=\(literal(config["schedule"])), seed=\(literal(config["seed"])),",
            "    early_stopping=\(early))",
        ]
    }

    /// The line-search method's constructor and the SciPy method it corresponds to, for newton, cg and lbfgs.
    private func lineSearchCall(_ name: String, _ settings: JSONValue) -> (call: String, comment: String)? {
        switch name {
        case "newton":
            return ("Newton(\(JSONWriter.quote(lossName ?? "")))", "Newton's method with the exact Hessian (SciPy: minimize(method=\"Newton-CG\", hess=...)).")
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

    /// The optimizer's constructor call and the torch.optim class it follows.
    private func optimizerCall(_ name: String, _ settings: JSONValue) throws -> (String, String) {
        let lr = literal(settings["lr"])
        func value(_ key: String) -> String { literal(settings[key]) }
        switch name {
        case "gd", "sgd":
            return ("SGD(lr=\(lr))", "torch.optim.SGD(params, lr=\(lr)): θ ← θ − lr·g after every batch.")
        case "momentum", "nesterov":
            let nesterov = name == "nesterov" ? "True" : "False"
            return ("SGD(lr=\(lr), momentum=\(value("momentum")), nesterov=\(nesterov))",
                    "torch.optim.SGD(params, lr=\(lr), momentum=\(value("momentum")), nesterov=\(nesterov)).")
        case "adam", "adamw":
            let decay = name == "adamw" ? ", weight_decay=\(value("weight_decay")), penalized=objective.model.penalized" : ""
            return ("Adam(lr=\(lr), beta1=\(value("beta1")), beta2=\(value("beta2")), eps=\(value("eps")), amsgrad=\(value("amsgrad"))\(decay))",
                    name == "adamw" ? "torch.optim.AdamW rules (here the decay applies to the weights only, never the bias)."
                        : "torch.optim.Adam(params, lr=\(lr), betas=(\(value("beta1")), \(value("beta2"))), eps=\(value("eps"))) rules.")
        case "adagrad":
            return ("Adagrad(lr=\(lr), eps=\(value("eps")), lr_decay=\(value("lr_decay")))", "torch.optim.Adagrad rules.")
        case "rmsprop":
            return ("RMSprop(lr=\(lr), alpha=\(value("alpha")), eps=\(value("eps")), momentum=\(value("momentum")), centered=\(value("centered")))",
                    "torch.optim.RMSprop rules.")
        default:
            throw Refusal(message: "the \(name) optimizer is not exported yet")
        }
    }
}
