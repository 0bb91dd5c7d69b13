/// A cross-reference label in Quarto's syntax: `eq-NAME` names a display equation, `fig-NAME` a figure (an image
/// or a run's charts). Written `{#eq-NAME}` where it is defined and `@eq-NAME` where it is referred to.
public struct ReferenceLabel: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// What a label names; the raw value is the label's prefix.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A numbered display equation (`$$…$$ {#eq-NAME}`).
        case equation = "eq"
        /// A numbered figure: an image (`![caption](x.png){#fig-NAME}`) or a run's charts (`#| label: fig-NAME`).
        case figure = "fig"
    }

    /// Equation or figure.
    public var kind: Kind
    /// The whole label as written, prefix included (`eq-update`): the element's id on the page.
    public var name: String

    /// The label `text` names, when it is a whole label: `eq-` or `fig-`, then letters, digits, `-` and `_`,
    /// ending in a letter or digit.
    public init?(_ text: some StringProtocol) {
        guard let kind = Kind.allCases.first(where: { text.hasPrefix($0.rawValue + "-") }) else { return nil }
        let rest = text.dropFirst(kind.rawValue.count + 1)
        guard let last = rest.last, last.isLetter || last.isNumber, rest.allSatisfy(Self.isLabelCharacter) else { return nil }
        self.kind = kind
        self.name = String(text)
    }

    /// The longest label at the start of `text` (`@eq-update.` gives `eq-update`), or nil.
    public static func prefix(of text: Substring) -> ReferenceLabel? {
        var end = text.startIndex
        var index = text.startIndex
        while index < text.endIndex, isLabelCharacter(text[index]) {
            index = text.index(after: index)
            if text[text.index(before: index)].isLetter || text[text.index(before: index)].isNumber { end = index }
        }
        return ReferenceLabel(text[text.startIndex..<end])
    }

    /// Letters, digits, `-` and `_`.
    static func isLabelCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
    }

    /// Orders by name.
    public static func < (lhs: ReferenceLabel, rhs: ReferenceLabel) -> Bool { lhs.name < rhs.name }

    /// The label as written.
    public var description: String { name }
}
