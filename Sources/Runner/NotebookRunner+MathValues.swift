import Foundation
import Notebook
import Results

/// Inline values inside math (`` $w = `{fit.params.weights[0]}`$ ``, and in `$$…$$`): the formatted number goes
/// into the TeX before it becomes MathML, so the page shows `w = 0.25` as math, never the raw `$…$` source.
extension NotebookRunner {
    /// `block` with the values of its math spans put into their TeX. A value that cannot be shown (an error of its
    /// own, reported once) leaves its span as written, marked with that error; a value that reads a failed run
    /// shows as `?` (the failure's note counts it); text that is not a number is a located error, since TeX would
    /// read it as letters and commands.
    mutating func substituteValues(in block: Block, runs: RunIndex, mathErrors: inout [SourceLocation: Diagnostic]) -> Block {
        var errors = mathErrors
        let rewritten = block.replacingMath { inline in
            guard case let .math(tex, display) = inline.kind else { return inline }
            let embedded = MathValues.find(in: tex, start: inline.range.start)
            guard !embedded.isEmpty else { return inline }
            var failure: Diagnostic?
            var numbers: [String] = []
            for value in embedded {
                switch texNumber(value, runs: runs) {
                case let .success(number): numbers.append(number)
                case let .failure(error): failure = failure ?? error
                }
            }
            if let failure {
                errors[inline.range.start] = failure
                return inline
            }
            var copy = inline
            var next = numbers.makeIterator()
            let substituted = MathValues.substituting(tex, embedded) { _ in next.next() ?? "" }
            if let error = MathConverter.check(substituted, at: inline.range.start, path: notebook.path) {
                diagnostics.append(error)
                errors[inline.range.start] = error
                return inline
            }
            copy.kind = .math(tex: substituted, display: display)
            return copy
        }
        mathErrors = errors
        return rewritten
    }

    /// The TeX of one value in math: its formatted number (`%` and `,` made literal), `?` when it reads a failed
    /// run, or the reported error.
    private mutating func texNumber(_ value: MathValues.Embedded, runs: RunIndex) -> Result<String, Diagnostic> {
        let inline = Inline(.value(value.reference, literal: value.literal), range: SourceRange(at: value.location))
        let isStatus = [[.key("status")], [.key("status_line")]].contains(value.reference.path)
        switch isStatus ? .status(.converged) : resolve(inline, runs: runs) {
        case let .text(shown)?:
            if options.checkOnly { return .success("0") }
            if let number = Self.texNumber(shown) { return .success(number) }
            let error = Diagnostic(.error, "\(value.literal) is '\(shown)', not a number, so it cannot stand in math", at: value.location,
                                   file: notebook.path, hint: "write it outside the $…$, or name a number (metrics, params, history)")
            diagnostics.append(error)
            return .failure(error)
        case let .failed(diagnostic)?:
            reportValueError(diagnostic, reading: inline)
            return diagnostic.dependsOn == nil ? .failure(diagnostic) : .success("?")
        case .members?:
            let error = Diagnostic(.error, "\(value.literal) follows a slider, so it cannot stand in math", at: value.location,
                                   file: notebook.path, hint: "write it outside the $…$, or name one member")
            diagnostics.append(error)
            return .failure(error)
        case .status?, .statusSentence?, nil:
            let error = Diagnostic(.error, "\(value.literal) is a status, not a number, so it cannot stand in math", at: value.location,
                                   file: notebook.path, hint: "write it outside the $…$")
            diagnostics.append(error)
            return .failure(error)
        }
    }

    /// `shown` as TeX when it is a formatted number (`0.25`, `-1.5e-05`, `1,234`, `12.5%`, `inf`), else nil.
    static func texNumber(_ shown: String) -> String? {
        let trimmed = shown.trimmingCharacters(in: .whitespaces)
        let bare = trimmed.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")
        guard !bare.isEmpty, Double(bare) != nil || ["inf", "-inf", "+inf", "nan"].contains(bare.lowercased()),
              bare.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter || "+-.".contains($0)) }) else { return nil }
        return trimmed.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: ",", with: "{,}")
    }
}
