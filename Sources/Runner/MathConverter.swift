import Formula
import Notebook

/// Converts TeX to MathML for the report; errors are located in the document.
enum MathConverter {
    /// MathML for `tex`, or a diagnostic at the error's position inside the TeX, shifted to the document:
    /// the TeX starts at `location`; its later lines start at column `1 + indent`.
    static func convert(_ tex: String, display: Bool, at location: SourceLocation, indent: Int = 0,
                        path: String) -> (String?, Diagnostic?) {
        do {
            return (try MathML.render(tex, display: display), nil)
        } catch let error as FormulaError {
            return (nil, diagnostic(error, at: location, indent: indent, path: path))
        } catch {
            return (nil, Diagnostic(.error, "\(error)", at: location, file: path))
        }
    }

    /// A formula error located in the document.
    static func diagnostic(_ error: FormulaError, at location: SourceLocation, indent: Int = 0, path: String) -> Diagnostic {
        let line = location.line + error.line - 1
        let column = error.line == 1 ? location.column + error.column - 1 : error.column + indent
        return Diagnostic(.error, error.message, at: SourceLocation(line: line, column: column), file: path, hint: error.hint)
    }
}
