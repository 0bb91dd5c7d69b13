import Output

extension PythonRunCode {
    /// Python spellings of typed settings, as `PythonLiteral` writes the JSON values they mirror.
    enum Python {
        /// A number in shortest round-trip form (`0.5`, `1e-06`, `2`).
        static func number(_ value: Double) -> String { PythonLiteral.make(.number(value)) }
        /// A whole number.
        static func integer(_ value: Int) -> String { String(value) }
        /// A seed.
        static func seed(_ value: UInt64) -> String { String(value) }
        /// `True` or `False`.
        static func flag(_ value: Bool) -> String { PythonLiteral.make(.bool(value)) }
        /// A string literal.
        static func text(_ value: String) -> String { PythonLiteral.make(.string(value)) }
        /// A list of numbers.
        static func list(_ values: [Double]) -> String { PythonLiteral.make(.array(values.map(JSONValue.number))) }
        /// A list of whole numbers.
        static func list(_ values: [Int]) -> String { PythonLiteral.make(.array(values.map(JSONValue.int))) }
        /// A list of strings.
        static func list(_ values: [String]) -> String { PythonLiteral.make(.array(values.map(JSONValue.string))) }
    }
}
