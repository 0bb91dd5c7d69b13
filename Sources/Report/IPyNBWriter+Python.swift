import Notebook
import Output

extension IPyNBWriter {
    /// The first cell: the Python prelude every run cell calls (`cell-0`, no outputs).
    static func preludeCell(_ python: PythonExport) -> JSONValue {
        let source = "# nbrun's engine in plain Python (numpy for the data, PyTorch for models and training; closed-form runs use scikit-learn). Run this cell first.\n\n"
            + python.prelude
        return .object([("cell_type", .string("code")), ("execution_count", .null), ("id", .string("cell-0")),
                        ("metadata", .object([("nbrun", .object([("kind", .string("prelude"))]))])), ("outputs", .array([])),
                        ("source", lines(source))])
    }
}
