import Formula
import Notebook

/// A formula cell that defines a function, as recorded while running the notebook.
struct FormulaEntry {
    /// The parsed definition `name(args) = body`.
    let definition: FunctionDefinition
    /// The TeX source.
    let tex: String
    /// Document position of the TeX's first character, and the fence indentation.
    let location: SourceLocation
    let indent: Int
}
