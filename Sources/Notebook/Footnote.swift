/// A footnote definition, `[^label]: text`, numbered as cmark-gfm numbers them: in the order of their first
/// reference. Definitions never referenced are dropped, as cmark-gfm drops them.
public struct Footnote: Hashable, Sendable {
    /// The label as written in the definition (`1` for `[^1]:`); the page's ids are `fn-LABEL` and `fnref-LABEL`.
    public var label: String
    /// 1-based, in the order of first reference.
    public var number: Int
    /// How many references point here: each gets a back-link.
    public var referenceCount: Int
    /// The definition's content.
    public var blocks: [Block]

    /// Creates a footnote.
    public init(label: String, number: Int, referenceCount: Int, blocks: [Block]) {
        self.label = label
        self.number = number
        self.referenceCount = referenceCount
        self.blocks = blocks
    }
}

/// A footnote reference, `[^label]`, in the prose.
public struct FootnoteReference: Hashable, Sendable {
    /// The label of the definition it points to (as written there).
    public var label: String
    /// The definition's number, shown as the reference's text.
    public var number: Int
    /// 1 for the first reference to the definition, 2 for the second, …: its id is `fnref-LABEL` or
    /// `fnref-LABEL-N`.
    public var occurrence: Int

    /// Creates a reference.
    public init(label: String, number: Int, occurrence: Int) {
        self.label = label
        self.number = number
        self.occurrence = occurrence
    }
}
