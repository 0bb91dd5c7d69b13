/// Which header column feeds which feature slot and the target, looked up once before the rows are read.
///
/// A column may feed several feature slots (a name listed twice); a name missing from the header has no column,
/// and is reported by `CSVTable` after the rows are checked for their field counts.
struct CSVColumns {
    /// The header's field count.
    let headerCount: Int
    /// Number of feature slots (the features asked for, in order).
    let featureCount: Int
    /// Index of the target column, or nil when the header lacks it.
    let target: Int?
    /// Per header column, its first feature slot or -1.
    let firstSlot: [Int]
    /// Per feature slot, the next slot fed by the same column or -1.
    let nextSlot: [Int]

    /// The mapping of `header` for a target and feature names (nil: every column but the target).
    init(header: [String], target: String, features: [String]?) {
        headerCount = header.count
        self.target = header.firstIndex(of: target)
        let names = features ?? header.filter { $0 != target }
        featureCount = names.count
        var first = [Int](repeating: -1, count: header.count), last = first
        var next = [Int](repeating: -1, count: names.count)
        for (slot, name) in names.enumerated() {
            guard let column = header.firstIndex(of: name) else { continue }
            if first[column] < 0 { first[column] = slot } else { next[last[column]] = slot }
            last[column] = slot
        }
        firstSlot = first
        nextSlot = next
    }
}
