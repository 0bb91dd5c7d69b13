import Notebook
import Output
import PythonSyntax

/// Python source spellings of JSON values, for the `--to py` export.
enum PythonLiteral {
    /// `value` as a Python literal: numbers in shortest round-trip form (`0.5`, `1e-06`), `True`/`False`/`None`,
    /// strings and keys through `PythonSource.string`, lists and dicts.
    static func make(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case let .bool(flag): return flag ? "True" : "False"
        case let .int(number): return String(number)
        case let .number(number): return NumberFormat.python(number)
        case let .string(text): return PythonSource.string(text)
        case let .array(items): return "[" + items.map(make).joined(separator: ", ") + "]"
        case let .object(pairs):
            return "{" + pairs.map { PythonSource.string($0.0) + ": " + make($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// The name of run `name`'s function: `run_` and the name as an identifier (`s[gd]` → `run_s_gd_`).
    static func function(_ name: String) -> String {
        PythonSource.identifier("run_" + name)
    }
}
