/// The data rows of one stretch of a CSV file, parsed as they are tokenized: each feature field becomes a number in
/// its slot, the target a number (or a text, kept for classes), and the first problems are noted in `findings`.
///
/// Lines in `findings` are relative to the start of the stretch (from 0) until merged.
struct CSVRowSink: CSVRecordSink {
    let columns: CSVColumns
    /// Features, row-major, `rows × columns.featureCount`.
    var features: [Double] = []
    /// Targets; NaN where the target is a text.
    var targets: [Double] = []
    /// The text targets with their row (from 0 in this stretch).
    var texts: [(row: Int, text: String)] = []
    /// What the checks after the read need to know.
    var findings = CSVFindings()

    /// The current record's feature values.
    private var row: [Double]
    /// The current record's first bad feature slot (lowest slot wins), its column and text.
    private var rowBad: (slot: Int, column: Int, text: String)?
    /// The current record's target: its value (NaN for a text), its text when it is a text or a number worth
    /// quoting in a message, and whether it is empty.
    private var rowTarget = 0.0, rowTargetText: String?, rowTargetEmpty = false, rowTargetIsText = false
    /// The current record's first field beyond the header's width.
    private var rowExtra = ""

    /// A sink for rows mapped by `columns`.
    init(columns: CSVColumns) {
        self.columns = columns
        row = [Double](repeating: 0, count: columns.featureCount)
    }

    /// Rows read.
    var rows: Int { targets.count }

    mutating func field(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool) {
        guard index < columns.headerCount else {
            if index == columns.headerCount, findings.ragged == nil { rowExtra = String(decoding: bytes, as: UTF8.self) }
            return
        }
        var slot = columns.firstSlot[index]
        let isTarget = index == columns.target
        guard slot >= 0 || isTarget else { return }
        let number = CSVNumber.parse(bytes)
        if isTarget { target(number, bytes) }
        guard slot >= 0 else { return }
        if let number, number.isFinite {
            while slot >= 0 { row[slot] = number; slot = columns.nextSlot[slot] }
        } else if rowBad.map({ slot < $0.slot }) ?? true {
            rowBad = (slot, index, String(decoding: bytes, as: UTF8.self))
        }
    }

    private mutating func target(_ number: Double?, _ bytes: UnsafeBufferPointer<UInt8>) {
        rowTargetEmpty = bytes.isEmpty
        rowTarget = number ?? .nan
        rowTargetIsText = number == nil
        let quotable = number.map { findings.numberTarget == nil || (!$0.isFinite && findings.nonFiniteTarget == nil) } ?? true
        rowTargetText = quotable ? String(decoding: bytes, as: UTF8.self) : nil
    }

    mutating func endRecord(fieldCount: Int, line: Int) -> Bool {
        if fieldCount != columns.headerCount, findings.ragged == nil {
            findings.ragged = (line, fieldCount, rowExtra)
        }
        if let bad = rowBad, findings.badFeature == nil { findings.badFeature = (line, bad.column, bad.text) }
        if columns.target.map({ $0 < fieldCount }) ?? false { noteTarget(line: line) }
        features.append(contentsOf: row)
        targets.append(rowTarget)
        resetRecord()
        return true
    }

    /// Clears the per-record state for the next record.
    private mutating func resetRecord() {
        rowBad = nil
        rowTarget = 0
        rowTargetText = nil
        rowTargetEmpty = false
        rowTargetIsText = false
        rowExtra = ""
    }

    private mutating func noteTarget(line: Int) {
        if rowTargetEmpty {
            if findings.emptyTarget == nil { findings.emptyTarget = line }
        } else if rowTargetIsText, let text = rowTargetText {
            if findings.textTarget == nil { findings.textTarget = CSVFindings.Located(line: line, text: text) }
            texts.append((rows, text))
        } else {
            let located = CSVFindings.Located(line: line, text: rowTargetText ?? "")
            if findings.numberTarget == nil { findings.numberTarget = located }
            if !rowTarget.isFinite, findings.nonFiniteTarget == nil { findings.nonFiniteTarget = located }
        }
    }
}
