/// The one table of how the Python export writes each optimizer a config can name: its `torch.optim` class, line
/// search or scikit-learn solve, and which keyword argument each settings key becomes. Optimizers are an open set
/// (a protocol), so the compiler cannot make a switch over them exhaustive; `PythonSpellingTests` holds this table
/// to Config's `Registry` instead: a name without an entry, or a settings key no argument writes, fails that test
/// by name, so a new optimizer cannot reach a lecturer's export as a "not exported" comment. (Losses and models are
/// enums: `PythonRunCode` switches over them exhaustively.)
enum PythonSpelling {
    /// The Python literal of a settings key's value (`None` when it is absent).
    typealias Literal = (String) -> String

    /// How a run's optimizer is written.
    struct Optimizer {
        /// What is called.
        enum Call {
            /// A `torch.optim` class trained in the runtime's loop (`train`), on the model's parameters.
            case torch(String)
            /// One of the runtime's line-search methods (`minimize_model`, `minimize`), by class name.
            case lineSearch(String)
            /// The exact least squares by QR (`least_squares`).
            case exact
        }

        /// A keyword argument.
        enum Argument {
            /// `keyword=` the value of `key`.
            case key(String, from: String)
            /// `keyword=(` the values of two keys `)`.
            case pair(String, from: String, String)
            /// `keyword=` fixed Python.
            case fixed(String, String)
        }

        /// What is called.
        var call: Call
        /// The keyword arguments, in order.
        var arguments: [Argument] = []
        /// Whether a weight decay applies to the weights only (two parameter groups; nbrun never decays a bias).
        var decaysWeightsOnly = false
        /// The comment above the call: the update rule, or the SciPy method it corresponds to.
        var comment: (Literal) -> String

        /// The settings keys the arguments write.
        var keys: Set<String> {
            Set(arguments.flatMap { argument -> [String] in
                switch argument {
                case let .key(_, key): return [key]
                case let .pair(_, first, second): return [first, second]
                case .fixed: return []
                }
            })
        }

        /// The constructor call: `torch.optim.NAME(parameters, k=v, …)` or `NAME(k=v, …)`; `nil` for the exact solve.
        func constructor(parameters: String, _ value: Literal) -> String? {
            let written = arguments.map { argument -> String in
                switch argument {
                case let .key(keyword, key): return "\(keyword)=\(value(key))"
                case let .pair(keyword, first, second): return "\(keyword)=(\(value(first)), \(value(second)))"
                case let .fixed(keyword, code): return "\(keyword)=\(code)"
                }
            }
            switch call {
            case let .torch(name): return "torch.optim.\(name)(" + ([parameters] + written).joined(separator: ", ") + ")"
            case let .lineSearch(name): return "\(name)(" + written.joined(separator: ", ") + ")"
            case .exact: return nil
            }
        }
    }

    /// Settings keys of every first-order optimizer that the training call writes instead (`batch_size=`).
    static let trainingCallKeys: Set<String> = ["batch_size"]

    /// Every optimizer by its config name.
    static let optimizers: [String: Optimizer] = [
        "gd": sgd, "sgd": sgd,
        "momentum": Optimizer(call: .torch("SGD"), arguments: [.key("lr", from: "lr"), .key("momentum", from: "momentum"), .fixed("nesterov", "False")]) { _ in
            "torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·b."
        },
        "nesterov": Optimizer(call: .torch("SGD"), arguments: [.key("lr", from: "lr"), .key("momentum", from: "momentum"), .fixed("nesterov", "True")]) { _ in
            "torch.optim.SGD with momentum: b ← μb + g (b = g at first), θ ← θ − lr·(g + μb)."
        },
        "adam": Optimizer(call: .torch("Adam"), arguments: [.key("lr", from: "lr"), .pair("betas", from: "beta1", "beta2"), .key("eps", from: "eps"),
                                                            .key("amsgrad", from: "amsgrad")]) { _ in
            "torch.optim.Adam: bias-corrected moments m, v; θ ← θ − lr/(1−β1ᵗ)·m/(√v/√(1−β2ᵗ) + eps)."
        },
        "adamw": Optimizer(call: .torch("AdamW"), arguments: [.key("lr", from: "lr"), .pair("betas", from: "beta1", "beta2"), .key("eps", from: "eps"),
                                                              .key("weight_decay", from: "weight_decay"), .key("amsgrad", from: "amsgrad")],
                           decaysWeightsOnly: true) { _ in
            "torch.optim.AdamW: w ← w(1 − lr·wd), then Adam's step; the bias group has no decay (nbrun decays weights only)."
        },
        "adagrad": Optimizer(call: .torch("Adagrad"), arguments: [.key("lr", from: "lr"), .key("eps", from: "eps"), .key("lr_decay", from: "lr_decay")]) { _ in
            "torch.optim.Adagrad: s ← s + g², θ ← θ − lr/(1 + (t−1)·lr_decay)·g/(√s + eps)."
        },
        "rmsprop": Optimizer(call: .torch("RMSprop"), arguments: [.key("lr", from: "lr"), .key("alpha", from: "alpha"), .key("eps", from: "eps"),
                                                                  .key("momentum", from: "momentum"), .key("centered", from: "centered")]) { _ in
            "torch.optim.RMSprop: v ← αv + (1−α)g², θ ← θ − lr·g/(√v + eps)."
        },
        "newton": Optimizer(call: .lineSearch("Newton")) { _ in
            "Newton's method, the Hessian from torch autograd (SciPy: minimize(method=\"Newton-CG\", hess=...))."
        },
        "cg": Optimizer(call: .lineSearch("ConjugateGradient")) { _ in "Polak–Ribière+ conjugate gradients (SciPy: minimize(method=\"CG\"))." },
        "lbfgs": Optimizer(call: .lineSearch("LBFGS"), arguments: [.key("memory", from: "memory")]) { value in
            "L-BFGS (SciPy: minimize(method=\"L-BFGS-B\", options={\"maxcor\": \(value("memory"))}))."
        },
        "closed_form": Optimizer(call: .exact) { _ in
            "Least squares by Householder QR, as nbrun solves it (the minimizer of scikit-learn's Ridge with α = l2·N)."
        },
    ]

    private static let sgd = Optimizer(call: .torch("SGD"), arguments: [.key("lr", from: "lr")]) { _ in
        "torch.optim.SGD: θ ← θ − lr·g after every batch."
    }
}
