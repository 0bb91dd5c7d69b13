/// One math span of the prose, `$…$` or `$$…$$`: where its delimiters stand in the notebook body and its TeX.
struct MathSpan: Hashable {
    /// The link a span was found in the text of: the second pass must place the span in the same link.
    struct Link: Hashable {
        var destination: String
        var title: String
    }

    /// Byte offset of the opening `$` (or `$$`).
    var open: Int
    /// Byte offset of the closing `$` (or `$$`).
    var close: Int
    /// Display math (`$$`) rather than inline math (`$`).
    var display: Bool
    /// The TeX: the source between the delimiters, without the block-quote markers of later lines.
    var tex: String
    /// The link whose text holds the span, nil outside links.
    var link: Link?

    /// Bytes of each delimiter.
    var width: Int { display ? 2 : 1 }
    /// Byte offset just past the closing delimiter.
    var end: Int { close + width }
    /// Byte range of the TeX between the delimiters.
    var content: Range<Int> { (open + width)..<close }
    /// Byte range from the opening delimiter to past the closing one.
    var range: Range<Int> { open..<end }
}
