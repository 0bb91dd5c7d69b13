import Engine

extension PythonRunCode {
    /// The torch.optim constructor for the optimizer's settings and a comment on its update rule.
    func optimizerCall(_ optimizer: any OptimizerSettings, parameters: String) throws -> (String, String) {
        typealias P = Python
        switch optimizer {
        case let gd as GradientDescent.Settings:
            return ("torch.optim.SGD(\(parameters), lr=\(P.number(gd.learningRate)))", "torch.optim.SGD: θ ← θ − lr·g after every batch.")
        case let m as Momentum.Settings:
            return ("torch.optim.SGD(\(parameters), lr=\(P.number(m.learningRate)), momentum=\(P.number(m.momentum)), nesterov=\(P.flag(m.nesterov)))",
                    "torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·\(m.nesterov ? "(g + μb)" : "b").")
        case let w as AdamW.Settings:
            let a = w.adam
            return ("torch.optim.AdamW(\(parameters), lr=\(P.number(a.learningRate)), \(betas(a)), eps=\(P.number(a.epsilon)), weight_decay=\(P.number(w.weightDecay)), amsgrad=\(P.flag(a.amsgrad)))",
                    "torch.optim.AdamW: w ← w(1 − lr·wd), then Adam's step; the bias group has no decay (nbrun decays weights only).")
        case let a as Adam.Settings:
            return ("torch.optim.Adam(\(parameters), lr=\(P.number(a.learningRate)), \(betas(a)), eps=\(P.number(a.epsilon)), amsgrad=\(P.flag(a.amsgrad)))",
                    "torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps).")
        case let a as Adagrad.Settings:
            return ("torch.optim.Adagrad(\(parameters), lr=\(P.number(a.learningRate)), eps=\(P.number(a.epsilon)), lr_decay=\(P.number(a.learningRateDecay)))",
                    "torch.optim.Adagrad: s ← s + g², θ ← θ − lr/(1 + (t−1)·lr_decay)·g/(√s + eps).")
        case let r as RMSprop.Settings:
            return ("torch.optim.RMSprop(\(parameters), lr=\(P.number(r.learningRate)), alpha=\(P.number(r.alpha)), eps=\(P.number(r.epsilon)), momentum=\(P.number(r.momentum)), centered=\(P.flag(r.centered)))",
                    "torch.optim.RMSprop: v ← αv + (1−α)g², θ ← θ − lr·g/(√v + eps).")
        default:
            throw Refusal(message: "the \(optimizer.name) optimizer is not exported yet")
        }
    }

    private func betas(_ adam: Adam.Settings) -> String {
        "betas=(\(Python.number(adam.beta1)), \(Python.number(adam.beta2)))"
    }
}
