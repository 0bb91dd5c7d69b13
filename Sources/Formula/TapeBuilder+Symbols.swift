/// Name resolution and sums.
extension TapeBuilder {
    /// The instruction for a symbol: sum index, indexed data, parameter, constant, row count or `e`.
    mutating func resolve(name: String, subscript subscriptText: String?, display: String, at offset: Int) throws -> Int32 {
        if let subscriptText, let row = indexValues[subscriptText] {
            return try indexed(name: name, row: row, display: display, at: offset)
        }
        let full = subscriptText.map { "\(name)_\($0)" } ?? name
        if let parameter = parameters.firstIndex(of: full) {
            if let slot = parameterSlots[parameter] { return slot }
            let slot = try emit(.parameter, Int32(parameter), at: offset)
            parameterSlots[parameter] = slot
            return slot
        }
        if subscriptText == nil, let value = indexValues[name] {
            return try emit(.constant, constant: Double(value), at: offset)
        }
        if let value = constants[full] ?? constants["\\" + full] {
            return try emit(.constant, constant: value, at: offset)
        }
        if subscriptText == nil, let rowCount, rowCountNames.contains(name) {
            return try emit(.constant, constant: Double(rowCount), at: offset)
        }
        if full == "e" { return try emit(.constant, constant: 2.718281828459045, at: offset) }
        if full == "pi" { return try emit(.constant, constant: Double.pi, at: offset) }
        let hint = data.isEmpty ? "make it an argument of the function or bind it in the front-matter params"
            : "make it an argument, bind it in the front-matter params, or use a data column with an index (\(data.keys.sorted().map { "\($0)_i" }.joined(separator: ", ")))"
        throw FormulaError(.compile, "unbound symbol \(display)", at: offset, in: tex, hint: hint)
    }

    /// `x_i` inside a sum over `i`: the data value of column `x` at the row, or the symbol `x_3` for `i = 3`.
    private mutating func indexed(name: String, row: Int, display: String, at offset: Int) throws -> Int32 {
        if let column = data[name] {
            guard row >= 1, row <= column.count else {
                throw FormulaError(.compile, "the sum reaches row \(row) of \(display) but the data has \(column.count) rows", at: offset, in: tex)
            }
            return try emit(.constant, constant: column[row - 1], at: offset)
        }
        let full = "\(name)_\(row)"
        if parameters.contains(full) || constants[full] != nil {
            return try resolve(name: name, subscript: String(row), display: full, at: offset)
        }
        let columns = data.keys.sorted()
        throw FormulaError(.compile, "no data column \(name) for \(display)", at: offset, in: tex,
                           hint: columns.isEmpty ? "this formula was given no data" : "the data has columns \(columns.joined(separator: ", "))")
    }

    /// Unrolls `\sum_{index=lower}^{upper} body` (or a product) into the tape.
    mutating func buildSum(index: String, lower: Expression?, upper: Expression?, body: Expression,
                           isProduct: Bool, at offset: Int) throws -> Int32 {
        let first = try lower.map { try bound($0, "lower") } ?? 1
        let last: Int
        if let upper {
            last = try bound(upper, "upper")
        } else if let rowCount {
            last = rowCount
        } else {
            throw FormulaError(.compile, "\\sum_\(index) without bounds needs data", at: offset, in: tex,
                               hint: "give the bounds, as in \\sum_{\(index)=1}^{3}, or run the formula on data")
        }
        guard last - first < 10_000_000 else {
            throw FormulaError(.compile, "sum with too many terms", at: offset, in: tex)
        }
        let saved = indexValues[index]
        defer { indexValues[index] = saved }
        var accumulator: Int32?
        if first <= last {
            for row in first...last {
                indexValues[index] = row
                let term = try build(body)
                accumulator = try accumulator.map { try emit(isProduct ? .multiply : .add, $0, term, at: offset) } ?? term
            }
        }
        return try accumulator ?? emit(.constant, constant: isProduct ? 1 : 0, at: offset)
    }

    /// A sum bound, which must be a constant integer.
    private mutating func bound(_ expression: Expression, _ which: String) throws -> Int {
        let index = try build(expression)
        guard let value = constantValue(index), value == value.rounded(), Swift.abs(value) < 1e9 else {
            throw FormulaError(.compile, "the \(which) bound of a sum must be a constant integer", at: expression.offset, in: tex)
        }
        return Int(value)
    }

    /// Symbols used as upper bounds of sums (`\sum_{i=1}^{m}`), which stand for the row count when unbound.
    static func upperBoundNames(_ expression: Expression) -> Set<String> {
        switch expression.kind {
        case .number, .pi, .symbol: return []
        case .unary(_, let operand): return upperBoundNames(operand)
        case .binary(_, let lhs, let rhs): return upperBoundNames(lhs).union(upperBoundNames(rhs))
        case .sum(_, _, let upper, let body, _):
            var names = upperBoundNames(body)
            if let upper, case .symbol(let name, nil, _) = upper.kind { names.insert(name) }
            return names
        }
    }
}
