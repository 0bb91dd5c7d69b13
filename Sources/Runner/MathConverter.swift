import Formula
import Notebook

/// Checks TeX while executing (the report renders it); errors are located in the document.
enum MathConverter {
    /// nil when `tex` is valid, else a diagnostic at the error's position inside the TeX, shifted to the
    /// document: the TeX starts at `location`; its later lines start at column `1 + indent`.
    static func check(_ tex: String, at location: SourceLocation, indent: Int = 0, path: String) -> Diagnostic? {
        do {
            try MathML.validate(tex)
            return nil
        } catch let error as FormulaError {
            return diagnostic(error, at: location, indent: indent, path: path)
        } catch {
            return Diagnostic(.error, "\(error)", at: location, file: path)
        }
    }

    /// A formula error located in the document.
    static func diagnostic(_ error: FormulaError, at location: SourceLocation, indent: Int = 0, path: String) -> Diagnostic {
        let line = location.line + error.line - 1
        let column = error.line == 1 ? location.column + error.column - 1 : error.column + indent
        return Diagnostic(.error, error.message, at: SourceLocation(line: line, column: column), file: path, hint: error.hint)
    }
}
