import Markup
import Notebook

/// What stands where a block or an inline value would be when a run it needs failed: not a second error box (the
/// failure's error is shown once, at the failed block), but a neutral line or dash linking to that block.
enum DependentNotice {
    /// The link to the block that holds the failed run, or its name as text for a formula (formula blocks have no
    /// anchor).
    private static func target(_ dependency: Diagnostic.Dependency) -> MarkupNode {
        guard let block = dependency.block else { return .el("code", [], [.text(dependency.name)]) }
        return .el("a", [("href", URLEscaping.fragment("run-" + Slug.make(block)))], [.el("code", [], [.text(dependency.name)])])
    }

    /// "Not run: it depends on `fit`, which failed …" as the status line of a block that did not run, or nil when
    /// `diagnostic` is an error of its own.
    static func block(_ diagnostic: Diagnostic, words: ReportStrings) -> MarkupNode? {
        guard let dependency = diagnostic.dependsOn else { return nil }
        return .el("p", [("class", "status status-checked"), ("title", diagnostic.message)],
                   [.text(words.notRun.before), target(dependency), .text(words.notRun.after)])
    }

    /// A dash linking to the failed block, in place of an inline value that reads a failed run; the message is the
    /// tooltip. Nil when `diagnostic` is an error of its own.
    static func value(_ diagnostic: Diagnostic, literal: String) -> MarkupNode? {
        guard let dependency = diagnostic.dependsOn else { return nil }
        var attributes: [(String, String)] = [("class", "value status-checked"), ("title", diagnostic.message),
                                              ("data-ref", String(literal.dropFirst().dropLast()))]
        if let block = dependency.block { attributes.insert(("href", URLEscaping.fragment("run-" + Slug.make(block))), at: 0) }
        return .el(dependency.block == nil ? "span" : "a", attributes, [.text("–")])
    }
}
