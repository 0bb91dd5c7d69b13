import Markup

/// Operators with limits, scripts, fractions, roots, accents, braces and fences.
extension MathMLEmitter {
    private static let thin = "0.1667em"

    /// Writes a function name or large operator, with its scripts, and the spacing TeX gives an Op atom.
    mutating func emitOperator(_ node: MathNode, sub: MathNode?, sup: MathNode?, previous: AtomClass?, next: AtomClass?) {
        let spaceBefore = [.ord, .close, .inner].contains(previous)
        let spaceAfter = [.ord, .op, .inner].contains(next)
        let spacing = [("lspace", spaceBefore ? Self.thin : "0em"), ("rspace", spaceAfter ? Self.thin : "0em")]
        let core: MarkupNode
        var placement: MathNode.LimitsPlacement? = nil
        var isPlainFunction = false
        switch node.kind {
        case .function(let text, _, let limits):
            placement = limits
            if limits == nil {
                isPlainFunction = true
                core = .el("mi", [], [.text(text)])
            } else {
                let movable = limits == .auto ? "true" : "false"
                core = .el("mo", [("form", "prefix"), ("movablelimits", movable)] + spacing, [.text(text)])
            }
        case .largeOperator(let text, _, let limits):
            placement = limits
            let movable = limits == .auto ? [("movablelimits", "true")] : limits == .limits ? [("movablelimits", "false")] : []
            core = .el("mo", [("form", "prefix"), ("largeop", "true")] + movable + spacing, [.text(text)])
        default:
            return
        }
        let thinSpace = MarkupNode.el("mspace", [("width", Self.thin)])
        if isPlainFunction && spaceBefore { output.append(thinSpace) }
        let underOver = placement == .limits || (placement == .auto && display)
        emitScripted(core: [core], sub: sub, sup: sup, underOver: underOver)
        if isPlainFunction {
            output.append(.el("mo", [], [.text("\u{2061}")]))
            if spaceAfter { output.append(thinSpace) }
        }
    }

    /// Writes already-built `core` elements with optional scripts as sub/sup or under/over.
    private mutating func emitScripted(core: [MarkupNode], sub: MathNode?, sup: MathNode?, underOver: Bool) {
        let tags = underOver ? ("munder", "mover", "munderover") : ("msub", "msup", "msubsup")
        let tag: String
        switch (sub, sup) {
        case (nil, nil): output += core; return
        case (_, nil): tag = tags.0
        case (nil, _): tag = tags.1
        default: tag = tags.2
        }
        wrap(tag) { scripted in
            scripted.output = core
            if let sub { scripted.emitScript(sub) }
            if let sup { scripted.emitScript(sup) }
        }
    }

    /// Writes a base with sub- and superscripts; braces take their label under or over.
    mutating func emitScripts(base: MathNode, sub: MathNode?, sup: MathNode?, previous: AtomClass?, next: AtomClass?) {
        switch base.kind {
        case .function, .largeOperator:
            emitOperator(base, sub: sub, sup: sup, previous: previous, next: next)
        case .brace(let inner, let mark, let below):
            let label = below ? sub : sup
            var core = nodes { $0.emitBrace(inner, mark: mark, below: below) }
            if let label {
                core = [.el(below ? "munder" : "mover", [], core + nodes { $0.emitScript(label) })]
            }
            emitScripted(core: core, sub: below ? nil : sub, sup: below ? sup : nil, underOver: false)
        default:
            let (base, sup) = Self.movingPrimes(base: base, sup: sup)
            var core = nodes { $0.emit(base, previous: previous, next: next) }
            if case .row(let list) = base.kind, list.count != 1, !Self.isSingleRow(core) {
                core = [.el("mrow", [], core)]
            }
            emitScripted(core: core, sub: sub, sup: sup, underOver: false)
        }
    }

    /// Whether `nodes` is exactly one `<mrow>`.
    static func isSingleRow(_ nodes: [MarkupNode]) -> Bool {
        guard nodes.count == 1, case .element("mrow", _, _) = nodes[0] else { return false }
        return true
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
        let parts = nodes { $0.emitRow([numerator]); $0.emitRow([denominator]) }
        switch style {
        case .auto: output.append(.el("mfrac", [], parts))
        case .display: output.append(.el("mstyle", [("displaystyle", "true"), ("scriptlevel", "0")], [.el("mfrac", [], parts)]))
        case .text: output.append(.el("mstyle", [("displaystyle", "false"), ("scriptlevel", "0")], [.el("mfrac", [], parts)]))
        case .binomial:
            output.append(.el("mrow", [], [fence("(", form: "prefix"), .el("mfrac", [("linethickness", "0")], parts),
                                           fence(")", form: "postfix")]))
        }
    }

    /// `<msqrt>` or `<mroot>`.
    mutating func emitRoot(_ radicand: MathNode, index: MathNode?) {
        guard let index else {
            wrap("msqrt") { $0.emitRow([radicand]) }
            return
        }
        wrap("mroot") { root in
            root.emitRow([radicand])
            root.emitScript(index)
        }
    }

    /// An accent over (or under) its base.
    mutating func emitAccent(_ base: MathNode, mark: String, stretchy: Bool, below: Bool) {
        if stretchy, mark == "‾" || mark == "_" {
            // Math fonts rarely stretch U+203E horizontally; a CSS rule spans the whole base instead.
            let side = below ? "bottom" : "top"
            wrap("mrow", [("style", "border-\(side):0.06em solid;padding-\(side):0.08em")]) { $0.emitRow([base]) }
            return
        }
        // A full-size arrow is too wide for \vec; Chromium mispositions the combining U+20D7.
        let size = mark == "→" && !stretchy ? [("mathsize", "70%")] : []
        wrap(below ? "munder" : "mover", [(below ? "accentunder" : "accent", "true")]) { accent in
            accent.emitRow([base])
            accent.output.append(.el("mo", [("stretchy", "\(stretchy)")] + size, [.text(mark)]))
        }
    }

    /// A horizontal brace under or over its base.
    mutating func emitBrace(_ base: MathNode, mark: String, below: Bool) {
        emitAccent(base, mark: mark, stretchy: true, below: below)
    }

    /// `\left … \middle … \right` as an mrow with stretchy fences.
    mutating func emitFenced(_ delimiters: [MathNode.Delimiter], parts: [MathNode]) {
        wrap("mrow") { row in
            for (index, delimiter) in delimiters.enumerated() {
                if !delimiter.text.isEmpty {
                    let form = index == 0 ? "prefix" : index == delimiters.count - 1 ? "postfix" : "infix"
                    row.output.append(row.fence(delimiter.text, form: form, stretchy: parts.contains(where: Self.isTall)))
                }
                if index < parts.count { row.emitRow([parts[index]]) }
            }
        }
    }

    /// A stretchy fence operator.
    ///
    /// Content no taller than a letter with scripts gets the unstretched glyph, as TeX's `\left` would
    /// (Chromium otherwise picks a wider size variant).
    func fence(_ text: String, form: String, stretchy: Bool = true) -> MarkupNode {
        let spacing = form == "infix" ? [("lspace", "0.05em"), ("rspace", "0.05em")] : []
        let stretch = stretchy ? [("stretchy", "true"), ("symmetric", "true")] : [("stretchy", "false")]
        return .el("mo", [("fence", "true"), ("form", form)] + stretch + spacing, [.text(text)])
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
        let form: [(String, String)]
        switch role {
        case .open: form = [("form", "prefix")]
        case .close: form = [("form", "postfix")]
        case .relation: form = [("form", "infix"), ("lspace", "0.2778em"), ("rspace", "0.2778em")]
        default: form = [("lspace", "0em"), ("rspace", "0em")]
        }
        let attributes = [("fence", "true"), ("stretchy", "true"), ("symmetric", "true"), ("minsize", length), ("maxsize", length)]
        output.append(.el("mo", attributes + form, delimiter.text.isEmpty ? [] : [.text(delimiter.text)]))
    }
}
