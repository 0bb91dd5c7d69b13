import Notebook

/// Dispatch of `\commands` to symbols, functions and structures.
extension TeXParser {
    /// Parses the command `\name` whose token has just been consumed.
    mutating func parseCommand(_ name: String, token: TeXToken) throws -> MathNode {
        let node = { (kind: MathNode.Kind) in MathNode(kind: kind, offset: token.offset, end: token.end) }
        if let text = TeXSymbols.greek[name] {
            let capital = text.first?.isUppercase == true && !name.hasPrefix("var")
            return styledIdentifier(text, name: name, token: token, upright: capital)
        }
        if let entry = TeXSymbols.ordinary[name] {
            return node(.identifier(text: entry.text, name: name, upright: entry.upright))
        }
        if let role = Self.delimiterRoles[name], let text = TeXSymbols.delimiters["\\" + name] {
            return node(.symbol(text: text, name: "\\" + name, role: role))
        }
        if let entry = TeXSymbols.operators[name] {
            return node(.symbol(text: entry.text, name: "\\" + name, role: entry.role))
        }
        if let em = TeXSymbols.spaces[name] {
            return node(.space(em))
        }
        if let entry = TeXSymbols.largeOperators[name] {
            return node(.largeOperator(text: entry.text, name: name, limits: entry.limits))
        }
        if TeXSymbols.functions[name] != nil {
            return parseFunction(name, token: token)
        }
        if let accent = TeXSymbols.accents[name] {
            let base = try parseArgument(for: "\\" + name, at: token.offset)
            let kind = MathNode.Kind.accent(base, mark: accent.mark, stretchy: accent.stretchy, below: accent.below)
            return MathNode(kind: kind, offset: token.offset, end: base.end)
        }
        if let newFont = TeXSymbols.fonts[name] {
            let saved = font
            font = newFont
            defer { font = saved }
            let argument = try parseArgument(for: "\\" + name, at: token.offset)
            return argument
        }
        if let structure = try parseStructure(name, token: token) {
            return structure
        }
        throw unknownCommand(name, at: token.offset)
    }

    /// Roles of delimiter commands used outside `\left`/`\right`.
    static let delimiterRoles: [String: MathNode.OperatorRole] = [
        "{": .open, "}": .close, "lbrace": .open, "rbrace": .close, "|": .fence, "vert": .fence,
        "Vert": .fence, "lvert": .open, "rvert": .close, "lVert": .open, "rVert": .close,
        "langle": .open, "rangle": .close, "lfloor": .open, "rfloor": .close, "lceil": .open,
        "rceil": .close, "llbracket": .open, "rrbracket": .close,
    ]

    /// A named function; `\arg\min` and `\arg\max` fuse into one operator taking limits.
    private mutating func parseFunction(_ name: String, token: TeXToken) -> MathNode {
        var functionName = name
        var end = token.end
        if name == "arg" {
            let saved = position
            skipSpaces()
            if let next = peek, case .command(let following) = next.kind, following == "min" || following == "max" {
                functionName = "arg" + following
                end = next.end
                position += 1
            } else {
                position = saved
            }
        }
        let entry = TeXSymbols.functions[functionName] ?? (functionName, false)
        let limits: MathNode.LimitsPlacement? = entry.limits ? .auto : nil
        return MathNode(kind: .function(text: entry.text, name: functionName, limits: limits), offset: token.offset, end: end)
    }

    /// The error for an unknown command, with a did-you-mean hint for near misses.
    func unknownCommand(_ name: String, at offset: Int) -> FormulaError {
        if let hint = Self.unsupportedHints[name] {
            return error("unsupported command \\\(name)", at: offset, hint: hint)
        }
        let suggestion = Suggestion.closest(to: name, in: Self.knownCommands).map { "did you mean \\\($0)?" }
        return error("unknown command \\\(name)", at: offset, hint: suggestion)
    }

    /// Commands that exist in LaTeX but are deliberately rejected, with advice.
    static let unsupportedHints: [String: String] = [
        "label": "labels are not supported; refer to the formula in the text",
        "over": "write \\frac{a}{b}",
        "choose": "write \\binom{n}{k}",
        "hline": "\\hline may only start a row of an array or matrix",
        "def": "macro definitions are not supported",
        "cancel": "MathML Core has no strike-through notation (menclose)", "bcancel": "MathML Core has no strike-through notation (menclose)",
        "xcancel": "MathML Core has no strike-through notation (menclose)", "sout": "MathML Core has no strike-through notation (menclose)",
        "colorbox": "background colours are not supported; use \\textcolor or \\boxed",
        "fcolorbox": "background colours are not supported; use \\textcolor or \\boxed",
        "href": "links are not supported inside math; put the link in the prose", "url": "links are not supported inside math; put the link in the prose",
        "includegraphics": "images are not supported inside math", "verb": "write \\texttt{…} or use a code span in the prose",
        "htmlClass": "HTML extensions are not supported", "htmlId": "HTML extensions are not supported",
        "htmlStyle": "HTML extensions are not supported", "htmlData": "HTML extensions are not supported",
        "raisebox": "MathML Core cannot shift a box vertically", "llap": "write \\mathrlap or rearrange the formula",
        "mathllap": "write \\mathrlap or rearrange the formula", "clap": "write \\mathrlap or rearrange the formula",
        "mathclap": "write \\mathrlap or rearrange the formula",
        "kern": "write \\hspace{…} or \\, \\: \\; \\quad", "mkern": "write \\hspace{…} or \\, \\: \\; \\quad",
        "mskip": "write \\hspace{…} or \\, \\: \\; \\quad", "hskip": "write \\hspace{…} or \\, \\: \\; \\quad",
        "ce": "chemical equations (mhchem) are not supported", "pu": "physical units (mhchem) are not supported",
        "hdashline": "dashed rules are not supported; use \\hline", "sideset": "write the scripts on the operator",
        "mathchoice": "write the formula for one style", "rule": "rules are not supported", "char": "type the character itself",
        "bra": "write \\langle x \\rvert", "ket": "write \\lvert x \\rangle", "braket": "write \\langle x \\mid y \\rangle",
        "overbracket": "write \\overbrace", "underbracket": "write \\underbrace",
        "newcommand": "macro definitions are not supported",
    ]

    /// Every command name the parser accepts, for did-you-mean suggestions.
    static let knownCommands: [String] = {
        var names = Set(TeXSymbols.greek.keys)
        names.formUnion(TeXSymbols.ordinary.keys)
        names.formUnion(TeXSymbols.operators.keys)
        names.formUnion(TeXSymbols.functions.keys)
        names.formUnion(TeXSymbols.largeOperators.keys)
        names.formUnion(TeXSymbols.accents.keys)
        names.formUnion(TeXSymbols.fonts.keys)
        names.formUnion(TeXSymbols.sizedDelimiters.keys)
        names.formUnion(delimiterRoles.keys)
        names.formUnion(TeXSymbols.spaces.keys)
        names.formUnion(structureCommands)
        names.formUnion(extraCommands)
        names.formUnion(styleCommands.keys)
        return names.filter { $0.first?.isLetter == true }.sorted()
    }()
}
