/// Tables of the TeX commands the renderer knows, by kind.
enum TeXSymbols {
    /// Greek letters and variants. Capitals are upright, as in TeX.
    static let greek: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "varkappa": "ϰ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "omicron": "ο", "pi": "π",
        "varpi": "ϖ", "rho": "ρ", "varrho": "ϱ", "sigma": "σ", "varsigma": "ς", "tau": "τ",
        "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "varGamma": "𝛤", "varDelta": "𝛥", "varTheta": "𝛩", "varLambda": "𝛬", "varSigma": "𝛴",
        "varPhi": "𝛷", "varPsi": "𝛹", "varOmega": "𝛺",
    ]

    /// Ordinary symbols rendered as `<mi>`; `upright` ones get `mathvariant="normal"`.
    static let ordinary: [String: (text: String, upright: Bool)] = [
        "infty": ("∞", false), "nabla": ("∇", true), "partial": ("∂", false), "forall": ("∀", true),
        "exists": ("∃", true), "nexists": ("∄", true), "emptyset": ("∅", true), "varnothing": ("⌀", true),
        "ell": ("ℓ", false), "hbar": ("ℏ", false), "Re": ("ℜ", true), "Im": ("ℑ", true),
        "aleph": ("ℵ", true), "top": ("⊤", true), "intercal": ("⊺", true), "bot": ("⊥", true),
        "prime": ("′", true), "dagger": ("†", true), "ddagger": ("‡", true), "angle": ("∠", true),
        "triangle": ("△", true), "square": ("□", true), "Box": ("□", true), "blacksquare": ("■", true),
        "lozenge": ("◊", true), "bigstar": ("★", true), "checkmark": ("✓", true), "degree": ("°", true),
        "%": ("%", true), "$": ("$", true), "#": ("#", true), "&": ("&", true), "_": ("_", true),
        "imath": ("ı", false), "jmath": ("ȷ", false), "wp": ("℘", true), "mho": ("℧", true),
        "clubsuit": ("♣", true), "diamondsuit": ("♢", true), "heartsuit": ("♡", true),
        "spadesuit": ("♠", true), "flat": ("♭", true), "sharp": ("♯", true), "natural": ("♮", true),
    ]

    /// Operators and relations rendered as `<mo>`.
    static let operators: [String: (text: String, role: MathNode.OperatorRole)] = {
        var table: [String: (text: String, role: MathNode.OperatorRole)] = [:]
        for (name, text) in relations { table[name] = (text, .relation) }
        for (name, text) in binaries { table[name] = (text, .binary) }
        for (name, text) in misc { table[name] = (text, .ordinary) }
        table["colon"] = (":", .punctuation)
        table["ldotp"] = (".", .punctuation)
        table["cdotp"] = ("·", .punctuation)
        table["neg"] = ("¬", .ordinary)
        table["lnot"] = ("¬", .ordinary)
        return table
    }()

    private static let relations: [String: String] = [
        "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
        "sim": "∼", "simeq": "≃", "propto": "∝", "equiv": "≡", "cong": "≅", "ll": "≪", "gg": "≫",
        "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂", "subseteq": "⊆", "supset": "⊃",
        "supseteq": "⊇", "subsetneq": "⊊", "to": "→", "rightarrow": "→", "leftarrow": "←", "gets": "←",
        "mapsto": "↦", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⟺",
        "implies": "⟹", "impliedby": "⟸", "leftrightarrow": "↔", "longrightarrow": "⟶",
        "longleftarrow": "⟵", "Longrightarrow": "⟹", "longmapsto": "⟼", "uparrow": "↑",
        "downarrow": "↓", "nearrow": "↗", "searrow": "↘", "perp": "⊥", "parallel": "∥",
        "models": "⊨", "vdash": "⊢", "coloneqq": "≔", "triangleq": "≜", "doteq": "≐",
        "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰", "leqslant": "⩽", "geqslant": "⩾",
        "lesssim": "≲", "gtrsim": "≳", "mid": "∣", "nmid": "∤", "asymp": "≍", "approxeq": "≊",
        "hookrightarrow": "↪", "rightleftharpoons": "⇌", "sqsubseteq": "⊑", "eqqcolon": "≕",
        "nsim": "≁", "leqq": "≦", "geqq": "≧", "lt": "<", "gt": ">",
    ]

    private static let binaries: [String: String] = [
        "pm": "±", "mp": "∓", "cdot": "⋅", "times": "×", "div": "÷", "ast": "∗", "star": "⋆",
        "circ": "∘", "bullet": "∙", "odot": "⊙", "oplus": "⊕", "otimes": "⊗", "ominus": "⊖",
        "oslash": "⊘", "cup": "∪", "cap": "∩", "setminus": "∖", "wedge": "∧", "land": "∧",
        "vee": "∨", "lor": "∨", "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎", "amalg": "⨿",
        "diamond": "⋄", "bigtriangleup": "△", "smallsetminus": "∖", "ltimes": "⋉", "rtimes": "⋊",
    ]

    private static let misc: [String: String] = [
        "ldots": "…", "dots": "…", "dotsc": "…", "dotsb": "⋯", "cdots": "⋯", "vdots": "⋮",
        "ddots": "⋱", "backslash": "∖", "lbrack": "[", "rbrack": "]",
    ]

    /// Named functions set upright; `limits` marks those taking under-scripts (`\min_x`).
    static let functions: [String: (text: String, limits: Bool)] = [
        "arccos": ("arccos", false), "arcsin": ("arcsin", false), "arctan": ("arctan", false),
        "arg": ("arg", false), "cos": ("cos", false), "cosh": ("cosh", false), "cot": ("cot", false),
        "coth": ("coth", false), "csc": ("csc", false), "deg": ("deg", false), "det": ("det", true),
        "dim": ("dim", false), "exp": ("exp", false), "gcd": ("gcd", true), "hom": ("hom", false),
        "inf": ("inf", true), "ker": ("ker", false), "lg": ("lg", false), "lim": ("lim", true),
        "liminf": ("lim inf", true), "limsup": ("lim sup", true), "ln": ("ln", false),
        "log": ("log", false), "max": ("max", true), "min": ("min", true), "Pr": ("Pr", true),
        "sec": ("sec", false), "sin": ("sin", false), "sinh": ("sinh", false), "sup": ("sup", true),
        "tan": ("tan", false), "tanh": ("tanh", false), "argmin": ("arg min", true),
        "argmax": ("arg max", true), "sgn": ("sgn", false), "tr": ("tr", false),
        "Tr": ("Tr", false), "diag": ("diag", false), "rank": ("rank", false), "sign": ("sign", false),
        "softmax": ("softmax", false), "Var": ("Var", false), "Cov": ("Cov", false),
        "mod": ("mod", false), "bmod": ("mod", false),
    ]

    /// Large operators with their default limit placement.
    static let largeOperators: [String: (text: String, limits: MathNode.LimitsPlacement)] = [
        "sum": ("∑", .auto), "prod": ("∏", .auto), "coprod": ("∐", .auto), "int": ("∫", .scripts),
        "iint": ("∬", .scripts), "iiint": ("∭", .scripts), "oint": ("∮", .scripts),
        "bigcup": ("⋃", .auto), "bigcap": ("⋂", .auto), "bigoplus": ("⨁", .auto),
        "bigotimes": ("⨂", .auto), "bigvee": ("⋁", .auto), "bigwedge": ("⋀", .auto),
        "bigsqcup": ("⨆", .auto),
    ]

    /// Accents: mark character, whether it stretches, whether it sits below.
    static let accents: [String: (mark: String, stretchy: Bool, below: Bool)] = [
        "hat": ("ˆ", false, false), "widehat": ("^", true, false), "bar": ("‾", false, false),
        "overline": ("‾", true, false), "tilde": ("˜", false, false), "widetilde": ("~", true, false),
        "vec": ("→", false, false), "overrightarrow": ("→", true, false),
        "overleftarrow": ("←", true, false), "dot": ("˙", false, false), "ddot": ("¨", false, false),
        "dddot": ("⃛", false, false), "check": ("ˇ", false, false), "breve": ("˘", false, false),
        "acute": ("´", false, false), "grave": ("`", false, false), "mathring": ("˚", false, false),
        "underline": ("_", true, true), "widecheck": ("ˇ", true, false),
        "overleftrightarrow": ("↔", true, false), "underrightarrow": ("→", true, true),
        "underleftarrow": ("←", true, true), "underleftrightarrow": ("↔", true, true),
        "utilde": ("~", true, true),
    ]

    /// Spacing commands in em.
    static let spaces: [String: Double] = [
        ",": 3.0 / 18, "thinspace": 3.0 / 18, ":": 4.0 / 18, ">": 4.0 / 18, "medspace": 4.0 / 18,
        ";": 5.0 / 18, "thickspace": 5.0 / 18, "!": -3.0 / 18, "negthinspace": -3.0 / 18,
        "negmedspace": -4.0 / 18, "negthickspace": -5.0 / 18, "quad": 1, "qquad": 2,
        " ": 1.0 / 3, "enspace": 0.5,
    ]

    /// Delimiters usable after `\left`, `\right`, `\big…`, by TeX spelling.
    static let delimiters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "\\{": "{", "\\}": "}", "\\lbrace": "{",
        "\\rbrace": "}", "|": "|", "\\vert": "|", "\\lvert": "|", "\\rvert": "|", "\\|": "‖",
        "\\Vert": "‖", "\\lVert": "‖", "\\rVert": "‖", "\\langle": "⟨", "\\rangle": "⟩",
        "<": "⟨", ">": "⟩", "\\lfloor": "⌊", "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉",
        ".": "", "/": "/", "\\backslash": "∖", "\\lbrack": "[", "\\rbrack": "]",
        "\\uparrow": "↑", "\\downarrow": "↓", "\\updownarrow": "↕", "\\llbracket": "⟦",
        "\\rrbracket": "⟧",
    ]

    /// Font commands and the alphabet they select.
    static let fonts: [String: MathAlphabet.Font] = [
        "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic, "mathrm": .roman,
        "mathbb": .doubleStruck, "mathcal": .script, "mathscr": .script, "mathfrak": .fraktur,
        "mathit": .italic, "mathsf": .sansSerif, "mathtt": .monospace, "mathnormal": .normal,
        "mathbfit": .boldItalic, "pmb": .boldItalic,
    ]

    /// Sizes of `\big`, `\Big`, `\bigg`, `\Bigg` in em, with the role their suffix gives.
    static let sizedDelimiters: [String: (size: Double, role: MathNode.OperatorRole)] = {
        var table: [String: (size: Double, role: MathNode.OperatorRole)] = [:]
        for (name, size) in [("big", 1.2), ("Big", 1.8), ("bigg", 2.4), ("Bigg", 3.0)] {
            table[name] = (size, .ordinary)
            table[name + "l"] = (size, .open)
            table[name + "r"] = (size, .close)
            table[name + "m"] = (size, .relation)
        }
        return table
    }()
}
