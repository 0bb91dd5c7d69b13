/// The rows one pass over the data visits, in order: a contiguous range of rows (full-batch passes), or a range
/// of positions in a shuffled order (a mini-batch is a slice of its epoch's permutation, visited without copying).
public struct RowSelection: Sendable {
    /// The order the positions index into; `nil` when the positions are the row numbers themselves.
    let order: [Int]?
    /// The positions visited, in `order` or as rows.
    let positions: Range<Int>

    /// Positions `positions` of `order`.
    public init(order: [Int], positions: Range<Int>) {
        precondition(positions.lowerBound >= 0 && positions.upperBound <= order.count, "positions outside the order")
        self.order = order
        self.positions = positions
    }

    /// The listed rows, in that order.
    public init(_ rows: [Int]) {
        self.init(order: rows, positions: 0..<rows.count)
    }

    private init(rows: Range<Int>) {
        order = nil
        positions = rows
    }

    /// Rows `0..<count` in order.
    public static func all(_ count: Int) -> RowSelection { RowSelection(rows: 0..<count) }

    /// Number of rows visited.
    public var count: Int { positions.count }

    /// The rows at relative positions `part` (`0..<count` is the whole selection).
    public func part(_ part: Range<Int>) -> RowSelection {
        let shifted = (positions.lowerBound + part.lowerBound)..<(positions.lowerBound + part.upperBound)
        precondition(shifted.upperBound <= positions.upperBound, "part outside the selection")
        return order.map { RowSelection(order: $0, positions: shifted) } ?? RowSelection(rows: shifted)
    }

    /// Calls `body` with the rows as `RowIndices` (valid only inside `body`).
    @inline(__always)
    func withIndices<R>(_ body: (RowIndices) -> R) -> R {
        guard let order else { return body(RowIndices(listed: nil, first: positions.lowerBound)) }
        return order.withUnsafeBufferPointer { buffer in
            body(RowIndices(listed: buffer.baseAddress.map { $0 + positions.lowerBound }, first: 0))
        }
    }
}

/// Row numbers by position inside a kernel: `listed[i]` for a shuffled selection, else `first + i`.
struct RowIndices {
    /// The listed rows, or `nil` for a contiguous range.
    let listed: UnsafePointer<Int>?
    /// The first row of a contiguous range.
    let first: Int

    /// The row at position `i`.
    @inline(__always) subscript(i: Int) -> Int {
        if let listed { return listed[i] }
        return first + i
    }
}
