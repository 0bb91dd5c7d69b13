import Notebook
import Output

extension IPyNBWriter {
    /// The code cell after the title: imports the runtime module from the notebook's folder (Jupyter and nbclient
    /// run a notebook with its own folder as the working directory) and checks its version (`PythonExport.setup`).
    static func setupCell(_ python: PythonExport, id: String) -> JSONValue {
        let source = "# Run this cell first: nbrun's engine is nbrun_runtime.py, beside this notebook with its data.\n"
            + python.setup(folder: "os.getcwd()")
        return .object([("cell_type", .string("code")), ("execution_count", .null), ("id", .string(id)),
                        ("metadata", .object([("nbrun", .object([("kind", .string("setup"))]))])), ("outputs", .array([])),
                        ("source", lines(source))])
    }
}
