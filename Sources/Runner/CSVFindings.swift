/// The first instance of each problem a CSV file's rows can have, with its line, so that the checks after the read
/// report exactly what a row-by-row check would: the first ragged row, the first bad feature value, and what the
/// target column holds.
struct CSVFindings {
    /// A located field: its line (from 1 once merged; relative while a piece is read) and text.
    struct Located {
        /// Line of the record.
        var line: Int
        /// The field's text (or the column's name, for `badFeature`).
        var text: String
    }

    /// The first row whose field count differs from the header: its line, field count and first extra field.
    var ragged: (line: Int, count: Int, extra: String)?
    /// The first feature value that is not a finite number: line, header column and text.
    var badFeature: (line: Int, column: Int, text: String)?
    /// The first empty target.
    var emptyTarget: Int?
    /// The first numeric target.
    var numberTarget: Located?
    /// The first text target.
    var textTarget: Located?
    /// The first numeric target that is not finite.
    var nonFiniteTarget: Located?

    /// The findings of the later rows `other` (lines shifted by `lineOffset`) added to these earlier ones.
    mutating func merge(_ other: CSVFindings, lineOffset: Int) {
        func shifted(_ value: Located?) -> Located? { value.map { Located(line: $0.line + lineOffset, text: $0.text) } }
        if ragged == nil, let value = other.ragged { ragged = (value.line + lineOffset, value.count, value.extra) }
        if badFeature == nil, let value = other.badFeature { badFeature = (value.line + lineOffset, value.column, value.text) }
        if emptyTarget == nil, let value = other.emptyTarget { emptyTarget = value + lineOffset }
        numberTarget = numberTarget ?? shifted(other.numberTarget)
        textTarget = textTarget ?? shifted(other.textTarget)
        nonFiniteTarget = nonFiniteTarget ?? shifted(other.nonFiniteTarget)
    }
}
