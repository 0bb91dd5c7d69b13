/// Operators with limits, scripts, fractions, roots, accents, braces and fences.
extension MathMLEmitter {
    private static let thin = "0.1667em"

    /// Writes a function name or large operator, with its scripts, and the spacing TeX gives an Op atom.
    mutating func emitOperator(_ node: MathNode, sub: MathNode?, sup: MathNode?, previous: AtomClass?, next: AtomClass?) {
        let spaceBefore = [.ord, .close, .inner].contains(previous)
        let spaceAfter = [.ord, .op, .inner].contains(next)
        var core: String
        var placement: MathNode.LimitsPlacement? = nil
        var isPlainFunction = false
        switch node.kind {
        case .function(let text, _, let limits):
            placement = limits
            if limits == nil {
                isPlainFunction = true
                core = "<mi>\(esc(text))</mi>"
            } else {
                let movable = limits == .auto ? "true" : "false"
                core = "<mo form=\"prefix\" movablelimits=\"\(movable)\" lspace=\"\(spaceBefore ? Self.thin : "0em")\""
                    + " rspace=\"\(spaceAfter ? Self.thin : "0em")\">\(esc(text))</mo>"
            }
        case .largeOperator(let text, _, let limits):
            placement = limits
            let movable = limits == .auto ? " movablelimits=\"true\"" : limits == .limits ? " movablelimits=\"false\"" : ""
            core = "<mo form=\"prefix\" largeop=\"true\"\(movable) lspace=\"\(spaceBefore ? Self.thin : "0em")\""
                + " rspace=\"\(spaceAfter ? Self.thin : "0em")\">\(esc(text))</mo>"
        default:
            return
        }
        if isPlainFunction && spaceBefore { output += "<mspace width=\"\(Self.thin)\"></mspace>" }
        let underOver = placement == .limits || (placement == .auto && display)
        emitScripted(core: core, sub: sub, sup: sup, underOver: underOver)
        if isPlainFunction {
            output += "<mo>\u{2061}</mo>"
            if spaceAfter { output += "<mspace width=\"\(Self.thin)\"></mspace>" }
        }
    }

    /// Writes already-rendered `core` markup with optional scripts as sub/sup or under/over.
    private mutating func emitScripted(core: String, sub: MathNode?, sup: MathNode?, underOver: Bool) {
        let tags = underOver ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        let tag: String
        switch (sub, sup) {
        case (nil, nil): output += core; return
        case (_, nil): tag = tags.0
        case (nil, _): tag = tags.1
        default: tag = tags.2
        }
        output += "<\(tag)>" + core
        if let sub { emitScript(sub) }
        if let sup { emitScript(sup) }
        output += "</\(tag)>"
    }

    /// Writes a base with sub- and superscripts; braces take their label under or over.
    mutating func emitScripts(base: MathNode, sub: MathNode?, sup: MathNode?, previous: AtomClass?, next: AtomClass?) {
        switch base.kind {
        case .function, .largeOperator:
            emitOperator(base, sub: sub, sup: sup, previous: previous, next: next)
        case .brace(let inner, let mark, let below):
            let label = below ? sub : sup
            var braced = child()
            braced.emitBrace(inner, mark: mark, below: below)
            var core = braced.output
            if let label {
                var labelled = child()
                labelled.emitScript(label)
                let tag = below ? "munder" : "mover"
                core = "<\(tag)>\(core)\(labelled.output)</\(tag)>"
            }
            emitScripted(core: core, sub: below ? nil : sub, sup: below ? sup : nil, underOver: false)
        default:
            let (base, sup) = Self.movingPrimes(base: base, sup: sup)
            var inner = child()
            inner.emit(base, previous: previous, next: next)
            if case .row(let nodes) = base.kind, nodes.count != 1, !inner.output.hasPrefix("<mrow>") {
                inner.output = "<mrow>\(inner.output)</mrow>"
            }
            emitScripted(core: inner.output, sub: sub, sup: sup, underOver: false)
        }
    }

    /// Primes are set after the base at full size (math fonts raise U+2032 themselves), not as a superscript.
    static func movingPrimes(base: MathNode, sup: MathNode?) -> (MathNode, MathNode?) {
        guard let sup else { return (base, nil) }
        if case .symbol(_, "'", _) = sup.kind {
            return (MathNode(kind: .row([base, sup]), offset: base.offset, end: sup.end), nil)
        }
        if case .row(let nodes) = sup.kind, let first = nodes.first, case .symbol(_, "'", _) = first.kind {
            let rest = MathNode(kind: .row(Array(nodes.dropFirst())), offset: first.end, end: sup.end)
            return (MathNode(kind: .row([base, first]), offset: base.offset, end: first.end), rest)
        }
        return (base, sup)
    }

    /// `\frac` (`<mfrac>`), `\dfrac`/`\tfrac` (with a style), `\binom` (no rule, in parentheses).
    mutating func emitFraction(_ numerator: MathNode, _ denominator: MathNode, _ style: MathNode.FractionStyle) {
        let open: String
        let close: String
        switch style {
        case .auto: (open, close) = ("<mfrac>", "</mfrac>")
        case .display: (open, close) = ("<mstyle displaystyle=\"true\" scriptlevel=\"0\"><mfrac>", "</mfrac></mstyle>")
        case .text: (open, close) = ("<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac>", "</mfrac></mstyle>")
        case .binomial:
            (open, close) = ("<mrow>" + fence("(", form: "prefix") + "<mfrac linethickness=\"0\">",
                             "</mfrac>" + fence(")", form: "postfix") + "</mrow>")
        }
        output += open
        emitRow([numerator])
        emitRow([denominator])
        output += close
    }

    /// `<msqrt>` or `<mroot>`.
    mutating func emitRoot(_ radicand: MathNode, index: MathNode?) {
        guard let index else {
            output += "<msqrt>"
            emitRow([radicand])
            output += "</msqrt>"
            return
        }
        output += "<mroot>"
        emitRow([radicand])
        emitScript(index)
        output += "</mroot>"
    }

    /// An accent over (or under) its base.
    mutating func emitAccent(_ base: MathNode, mark: String, stretchy: Bool, below: Bool) {
        if stretchy, mark == "‾" || mark == "_" {
            // Math fonts rarely stretch U+203E horizontally; a CSS rule spans the whole base instead.
            let side = below ? "bottom" : "top"
            output += "<mrow style=\"border-\(side):0.06em solid;padding-\(side):0.08em\">"
            emitRow([base])
            output += "</mrow>"
            return
        }
        let tag = below ? "munder" : "mover"
        let attribute = below ? "accentunder" : "accent"
        output += "<\(tag) \(attribute)=\"true\">"
        emitRow([base])
        // A full-size arrow is too wide for \vec; Chromium mispositions the combining U+20D7.
        let size = mark == "→" && !stretchy ? " mathsize=\"70%\"" : ""
        output += "<mo stretchy=\"\(stretchy)\"\(size)>\(esc(mark))</mo></\(tag)>"
    }

    /// A horizontal brace under or over its base.
    mutating func emitBrace(_ base: MathNode, mark: String, below: Bool) {
        emitAccent(base, mark: mark, stretchy: true, below: below)
    }

    /// `\left … \middle … \right` as an mrow with stretchy fences.
    mutating func emitFenced(_ delimiters: [MathNode.Delimiter], parts: [MathNode]) {
        output += "<mrow>"
        for (index, delimiter) in delimiters.enumerated() {
            if !delimiter.text.isEmpty {
                let form = index == 0 ? "prefix" : index == delimiters.count - 1 ? "postfix" : "infix"
                output += fence(delimiter.text, form: form, stretchy: parts.contains(where: Self.isTall))
            }
            if index < parts.count { emitRow([parts[index]]) }
        }
        output += "</mrow>"
    }

    /// A stretchy fence operator.
    ///
    /// Content no taller than a letter with scripts gets the unstretched glyph, as TeX's `\left` would
    /// (Chromium otherwise picks a wider size variant).
    func fence(_ text: String, form: String, stretchy: Bool = true) -> String {
        let spacing = form == "infix" ? " lspace=\"0.05em\" rspace=\"0.05em\"" : ""
        let stretch = stretchy ? " stretchy=\"true\" symmetric=\"true\"" : " stretchy=\"false\""
        return "<mo fence=\"true\" form=\"\(form)\"\(stretch)\(spacing)>\(esc(text))</mo>"
    }

    /// Whether `node` is taller than text with scripts: fractions, large operators, tables, stacks, roots of such.
    static func isTall(_ node: MathNode) -> Bool {
        switch node.kind {
        case .fraction, .table, .brace, .sizedDelimiter, .style: return true
        case .largeOperator: return true
        case .row(let nodes): return nodes.contains(where: isTall)
        case .scripts(let base, let sub, let sup):
            if case .function(_, _, let limits?) = base.kind, limits != .scripts, sub != nil || sup != nil { return true }
            return isTall(base) || [sub, sup].contains { $0.map(isTall) ?? false }
        case .root(let radicand, _): return isTall(radicand)
        case .accent(let base, _, _, _): return isTall(base)
        case .stack: return true
        case .fenced(_, let parts): return parts.contains(where: isTall)
        default: return false
        }
    }

    /// A delimiter of fixed size (`\big(`, `\Bigr]`, …).
    mutating func emitSized(_ delimiter: MathNode.Delimiter, size: Double, role: MathNode.OperatorRole) {
        let length = Self.em(size)
        let form: String
        switch role {
        case .open: form = " form=\"prefix\""
        case .close: form = " form=\"postfix\""
        case .relation: form = " form=\"infix\" lspace=\"0.2778em\" rspace=\"0.2778em\""
        default: form = " lspace=\"0em\" rspace=\"0em\""
        }
        let text = delimiter.text.isEmpty ? "" : esc(delimiter.text)
        output += "<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" minsize=\"\(length)\" maxsize=\"\(length)\"\(form)>\(text)</mo>"
    }
}
