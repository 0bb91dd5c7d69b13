/// Name resolution and sums, in the order `TapeBuilder` resolves them.
extension PythonFormulaEmitter {
    /// A symbol: sum index, indexed data or parameter, parameter, constant, row count, `e` or `π`.
    mutating func resolve(name: String, subscript subscriptText: String?, display: String, at offset: Int) throws -> Code {
        if let subscriptText, let binding = indices[subscriptText] {
            return try indexed(name: name, binding: binding, display: display, at: offset)
        }
        let full = subscriptText.map { "\(name)_\($0)" } ?? name
        if parameters.contains(full) {
            return Code(text: Self.identifier(full), precedence: 5, value: nil, isNumber: false)
        }
        if subscriptText == nil, let binding = indices[name] {
            switch binding {
            case let .value(row): return Code(text: String(row), precedence: 5, value: Double(row), isNumber: true)
            case let .loop(variable): return Code(text: variable, precedence: 5, value: nil, isNumber: true)
            case .rows: throw unsupported("the index \(name) used as a number in a sum over the data", at: offset)
            }
        }
        if let value = constants[full] ?? constants["\\" + full] {
            if !usedConstants.contains(where: { $0.name == full }) { usedConstants.append((full, value)) }
            return Code(text: Self.identifier(full), precedence: 5, value: value, isNumber: true)
        }
        if subscriptText == nil, hasData, rowCountNames.contains(name) {
            usesRowCount = true
            return Code(text: "N", precedence: 5, value: nil, isNumber: true)
        }
        if full == "e" { return Code(text: "math.e", precedence: 5, value: 2.718281828459045, isNumber: true) }
        if full == "pi" { return Code(text: "math.pi", precedence: 5, value: Double.pi, isNumber: true) }
        throw FormulaError(.compile, "unbound symbol \(display)", at: offset, in: tex)
    }

    /// `x_i` inside a sum over `i`: the parameter `x_3` for `i = 3`, else the data column `x`.
    private mutating func indexed(name: String, binding: IndexBinding, display: String, at offset: Int) throws -> Code {
        if case let .value(row) = binding, parameters.contains("\(name)_\(row)") || constants["\(name)_\(row)"] != nil {
            return try resolve(name: name, subscript: String(row), display: "\(name)_\(row)", at: offset)
        }
        guard hasData else { throw FormulaError(.compile, "no data column \(name) for \(display)", at: offset, in: tex) }
        if parameters.contains(where: { $0.hasPrefix(name + "_") }) {
            throw unsupported("a parameter indexed by a sum's index (\(display)) in a long sum", at: offset)
        }
        if !usedColumns.contains(name) { usedColumns.append(name) }
        let column = Self.identifier(name)
        switch binding {
        case let .value(row): return Code(text: "\(column)[\(row - 1)]", precedence: 5, value: nil, isNumber: false)
        case let .loop(variable): return Code(text: "\(column)[\(variable) - 1]", precedence: 5, value: nil, isNumber: false)
        case .rows: return Code(text: column, precedence: 5, value: nil, isNumber: false, usesColumns: true)
        }
    }

    /// A sum or product: `torch.sum` over the data rows, written out term by term, or a Python generator.
    mutating func sum(index: String, lower: Expression?, upper: Expression?, body: Expression, isProduct: Bool,
                      at offset: Int) throws -> Code {
        let saved = indices[index]
        defer { indices[index] = saved }
        let first = try lower.map { try emit($0) }
        let last = try upper.map { try emit($0) }
        let overRows = hasData && (first == nil || first?.value == 1) && (last == nil || last?.text == "N")
        if overRows, !indices.values.contains(where: { if case .rows = $0 { return true }; return false }),
           Self.usesIndexAsNumber(body, index) == false {
            var trial = self
            trial.indices[index] = .rows
            if let code = try? trial.emit(body), code.usesColumns {
                self = trial
                indices[index] = saved
                return Code(text: "torch.\(isProduct ? "prod" : "sum")(\(code.text))", precedence: 5, value: nil, isNumber: false)
            }
        }
        if overRows { usesRowCount = true }
        let low = first ?? Code(text: "1", precedence: 5, value: 1, isNumber: true)
        let high = overRows && last == nil ? Code(text: "N", precedence: 5, value: nil, isNumber: true) : last
        guard let high else { throw FormulaError(.compile, "\\sum_\(index) without bounds needs data", at: offset, in: tex) }
        if let a = low.value, let b = high.value, a == a.rounded(), b == b.rounded(), b - a < Double(Self.unrolledTerms) {
            var terms: [String] = []
            if a <= b {
                for row in Int(a)...Int(b) {
                    indices[index] = .value(row)
                    let term = try emit(body)
                    terms.append(wrap(term, above: isProduct ? 2 : 1))
                }
            }
            guard !terms.isEmpty else { return Code(text: isProduct ? "1" : "0", precedence: 5, value: isProduct ? 1 : 0, isNumber: true) }
            return Code(text: "(" + terms.joined(separator: isProduct ? " * " : " + ") + ")", precedence: 5, value: nil, isNumber: false)
        }
        let variable = Self.identifier(index)
        indices[index] = .loop(variable)
        let term = try emit(body)
        let range = "range(int(\(low.text)), int(\(high.text)) + 1)"
        return Code(text: "\(isProduct ? "math.prod" : "sum")(\(term.text) for \(variable) in \(range))", precedence: 5, value: nil,
                    isNumber: false)
    }

    /// Whether `index` appears on its own (not as a subscript) in `expression`.
    static func usesIndexAsNumber(_ expression: Expression, _ index: String) -> Bool {
        switch expression.kind {
        case .number, .pi: return false
        case let .symbol(name, subscriptText, _): return subscriptText == nil && name == index
        case let .unary(_, operand): return usesIndexAsNumber(operand, index)
        case let .binary(_, lhs, rhs): return usesIndexAsNumber(lhs, index) || usesIndexAsNumber(rhs, index)
        case let .sum(inner, lower, upper, body, _):
            let bounds = [lower, upper].compactMap { $0 }.contains { usesIndexAsNumber($0, index) }
            return bounds || (inner != index && usesIndexAsNumber(body, index))
        }
    }

    private func unsupported(_ what: String, at offset: Int) -> FormulaError {
        FormulaError(.compile, "not exported to Python: \(what)", at: offset, in: tex)
    }
}
