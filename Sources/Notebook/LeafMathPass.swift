/// What one conversion pass does with the inlines of each paragraph and heading: find math spans (the first
/// pass, `MathCollector`) or put them in place (the second, `MathSplicer`).
protocol LeafMathPass: AnyObject {
    /// The inlines to keep for one paragraph or heading; `quoteDepth` is how many block quotes hold it.
    func place(_ inlines: [Inline], quoteDepth: Int) -> [Inline]
    /// The cells to keep for one table row, each cell's inlines in order.
    func placeRow(_ cells: [[Inline]], line: Int, quoteDepth: Int) -> [[Inline]]
}
