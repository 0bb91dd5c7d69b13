/// Turns formula definitions into differentiable objectives.
public enum FormulaCompiler {
    /// Parses `tex` as `name(args) = body`; nil when it is valid TeX that is not a definition.
    ///
    /// - Throws: `FormulaError` for invalid TeX.
    public static func parseDefinition(_ tex: String) throws -> FunctionDefinition? {
        try FunctionDefinition.parse(tex)
    }

    /// Compiles `definition` into an objective of its parameters.
    ///
    /// - Parameters:
    ///   - constants: values of the other free symbols, keyed by name (`lambda` for `\lambda`, `w_0` for `w_0`).
    ///   - data: data columns by name (`x` binds `x_i` inside `\sum_i`); `N` is then the row count.
    /// - Throws: `FormulaError` (kind `.compile`) for an unbound symbol, an unused parameter, or a
    ///   construct that cannot be evaluated; kind `.evaluation` for a constant part that is undefined.
    public static func compile(_ definition: FunctionDefinition, constants: [String: Double] = [:],
                               data: [String: [Double]]? = nil) throws -> CompiledObjective {
        let tex = definition.tex
        let expression = try ExpressionParser.parseAll(definition.body, tex: tex, end: definition.bodyEnd)
        let columns = data ?? [:]
        let lengths = Set(columns.values.map(\.count))
        guard lengths.count <= 1 else {
            let summary = columns.keys.sorted().map { "\($0): \(columns[$0]!.count)" }.joined(separator: ", ")
            throw FormulaError(.compile, "data columns have different lengths (\(summary))", at: definition.body.first?.offset ?? 0, in: tex)
        }
        var builder = TapeBuilder(tex: tex, parameters: definition.parameters, constants: constants, data: columns,
                                  rowCount: data == nil ? nil : (lengths.first ?? 0))
        builder.rowCountNames.formUnion(TapeBuilder.upperBoundNames(expression))
        let result = try builder.build(expression)
        for (index, parameter) in definition.parameters.enumerated() where builder.parameterSlots[index] == nil {
            throw FormulaError(.compile, "\(definition.name) is a function of \(parameter) that never uses \(parameter)",
                               at: definition.parameterOffsets[index], in: tex)
        }
        return CompiledObjective(name: definition.name, parameterNames: definition.parameters, tape: builder.tape,
                                 result: Int(result), tex: tex)
    }

    /// Parses and compiles `tex`, which must be a definition.
    ///
    /// - Throws: `FormulaError` when `tex` is not a definition, or as `compile` does.
    public static func compile(_ tex: String, constants: [String: Double] = [:],
                               data: [String: [Double]]? = nil) throws -> CompiledObjective {
        guard let definition = try parseDefinition(tex) else {
            throw FormulaError(.compile, "not a function definition", at: 0, in: tex, hint: "write it as f(x, y) = …")
        }
        return try compile(definition, constants: constants, data: data)
    }
}
