import Notebook

/// The words of cross-references and citations in one language (a field of `ReportStrings`): how a reference to
/// an equation or figure reads, a figure's caption prefix, and the punctuation of author–year citations.
public struct ReferenceWords: Sendable {
    /// "Equation 3.2" / "式 (3.2)": a reference to the equation numbered `number` (`3.2`).
    public var equation: @Sendable (_ number: String) -> String
    /// "Figure 3.1" / "图 3.1".
    public var figure: @Sendable (_ number: String) -> String
    /// "Figure 3.1: " / "图 3.1：": what a figure's caption starts with.
    public var figureCaption: @Sendable (_ number: String) -> String
    /// The heading of the bibliography at the end of a chapter ("References").
    public var heading: String
    /// Between the last two of two authors in the running text ("Kingma and Ba") and in parentheses ("&").
    public var narrativeAnd, parentheticalAnd: String
    /// After the first author of three or more ("Ruder et al.").
    public var etAl: String
    /// The year of an entry without one ("n.d.").
    public var noDate: String
    /// Parentheses, the separator of author and year (", "), and of cited works ("; ").
    public var open, close, yearSeparator, itemSeparator: String
    /// What a screen reader says for a heading's `#` link and an entry's `↩` link back to its first citation.
    public var sectionLink, backToCitation: String

    /// Creates a table of reference words.
    public init(equation: @escaping @Sendable (String) -> String, figure: @escaping @Sendable (String) -> String,
                figureCaption: @escaping @Sendable (String) -> String, heading: String, narrativeAnd: String,
                parentheticalAnd: String, etAl: String, noDate: String, open: String, close: String, yearSeparator: String,
                itemSeparator: String, sectionLink: String = "link to this section",
                backToCitation: String = "back to the first citation") {
        self.equation = equation
        self.figure = figure
        self.figureCaption = figureCaption
        self.heading = heading
        self.narrativeAnd = narrativeAnd
        self.parentheticalAnd = parentheticalAnd
        self.etAl = etAl
        self.noDate = noDate
        self.open = open
        self.close = close
        self.yearSeparator = yearSeparator
        self.itemSeparator = itemSeparator
        self.sectionLink = sectionLink
        self.backToCitation = backToCitation
    }

    /// The reference to a label of `kind` numbered `number`.
    func reference(_ kind: ReferenceLabel.Kind, number: String) -> String {
        kind == .equation ? equation(number) : figure(number)
    }
}
