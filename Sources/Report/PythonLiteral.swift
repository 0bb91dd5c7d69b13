import Foundation
import Notebook
import Output

/// Python source spellings of JSON values and names, for the `--to py` export.
enum PythonLiteral {
    /// `value` as a Python literal: numbers in shortest round-trip form (`0.5`, `1e-06`), `True`/`False`/`None`,
    /// strings JSON-quoted (valid Python), lists and dicts.
    static func make(_ value: JSONValue) -> String {
        switch value {
        case .null: return "None"
        case let .bool(flag): return flag ? "True" : "False"
        case let .int(number): return String(number)
        case let .number(number): return NumberFormat.python(number)
        case let .string(text): return JSONWriter.quote(text)
        case let .array(items): return "[" + items.map(make).joined(separator: ", ") + "]"
        case let .object(pairs):
            return "{" + pairs.map { JSONWriter.quote($0.0) + ": " + make($0.1) }.joined(separator: ", ") + "}"
        }
    }

    /// A Python identifier for run `name`: letters, digits and underscores, prefixed `run_`.
    static func identifier(_ name: String) -> String {
        let mapped = name.unicodeScalars.map { scalar -> String in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) ? String(scalar) : "_"
        }
        return "run_" + mapped.joined()
    }

    /// `text` as `# ` comment lines (empty lines as a bare `#`).
    static func comment(_ text: String, indent: String = "") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? indent + "#" : indent + "# " + line
        }.joined(separator: "\n")
    }
}
