/// Linear least squares by Householder QR: minimizes `‖A x − b‖²` without forming `AᵀA`,
/// so it stays accurate when the columns are nearly collinear.
///
/// A tall-skinny QR: the rows of `[A | b]` are cut into fixed blocks of `blockRows`, each block is factored on its
/// own (on `RowBlocks.threadCount` threads) and the blocks' triangular factors are absorbed in block order, so the
/// result has the same bits for any thread count. The solution solves `R x = Qᵀb` by back substitution.
public enum LeastSquares {
    /// Rows per independently factored block (fixed, so results never depend on the thread count).
    public static let blockRows = 4096

    /// Solution of `min ‖A x − b‖²`; `nil` when A is (numerically) rank deficient (see `isNegligible`).
    public static func solve(_ a: Matrix, _ b: [Double]) -> [Double]? {
        precondition(a.rows == b.count, "dimension mismatch")
        let n = a.columns
        return a.storage.withUnsafeBufferPointer { values in
            solve(rows: a.rows, unknowns: n) { row, column in column < n ? values[row * n + column] : b[row] }
        }
    }

    /// Solution of the least-squares problem whose augmented matrix `[A | b]` (`rows × (unknowns + 1)`) has the
    /// entry `entry(row, column)`; `nil` when `A` is rank deficient or has fewer rows than columns.
    ///
    /// `entry` is called once per entry, from several threads at once. `limit` is checked before each chunk of
    /// `TallSkinnyQR.chunkRows` rows and each absorbed block (the cost of a chunk grows with the square of the columns).
    public static func solve<Limit: WorkLimit>(rows: Int, unknowns: Int, limit: Limit = Unlimited(),
                                               entry: (Int, Int) -> Double) throws(Limit.Failure) -> [Double]? {
        guard rows >= unknowns, unknowns > 0 else { return unknowns == 0 ? [] : nil }
        return backSubstitution(try factor(rows: rows, columns: unknowns + 1, limit: limit, entry: entry), rows: rows)
    }

    /// The numerical rank of the `rows × columns` matrix with entries `entry(row, column)`: the number of diagonal
    /// entries of its triangular factor that are not negligible (see `isNegligible`).
    public static func rank(rows: Int, columns: Int, entry: (Int, Int) -> Double) -> Int {
        guard rows > 0, columns > 0 else { return 0 }
        let qr = factor(rows: rows, columns: columns, entry: entry)
        let diagonal = (0..<columns).map { qr.r[$0 * columns + $0] }
        let limit = tolerance(diagonal, rows: rows, columns: columns)
        return diagonal.filter { !isNegligible($0, below: limit) }.count
    }

    /// numpy's `matrix_rank` rule with `|Rᵢᵢ|` in place of the singular values: `max|Rᵢᵢ| · max(M, N) · ε` for an
    /// `M × N` matrix. A column whose `|Rᵢᵢ|` is at most this is a combination of the columns before it up to
    /// rounding; a well-conditioned column stays far above it.
    static func tolerance(_ diagonal: [Double], rows: Int, columns: Int) -> Double {
        let largest = diagonal.reduce(0.0) { max($0, abs($1)) }
        return largest * Double(max(rows, columns)) * Double.ulpOfOne
    }

    /// `true` when the diagonal entry `value` marks a deficient column: at most `limit`, or not finite.
    static func isNegligible(_ value: Double, below limit: Double) -> Bool {
        !(abs(value) > limit) || !value.isFinite
    }

    /// The triangular factor of the `rows × columns` matrix with entries `entry(row, column)`, checking `limit` before
    /// every chunk and every absorbed block.
    static func factor<Limit: WorkLimit>(rows: Int, columns: Int, limit: Limit = Unlimited(),
                                         entry: (Int, Int) -> Double) throws(Limit.Failure) -> TallSkinnyQR {
        let blocks = try RowBlocks.map(count: rows, size: blockRows, limit: limit) { (block) throws(Limit.Failure) -> TallSkinnyQR in
            var qr = TallSkinnyQR(columns: columns)
            let chunkRows = TallSkinnyQR.chunkRows
            let chunk = UnsafeMutablePointer<Double>.allocate(capacity: chunkRows * columns)
            defer { chunk.deallocate() }
            for start in stride(from: block.lowerBound, to: block.upperBound, by: chunkRows) {
                if start > block.lowerBound { try limit.check() }
                let count = min(chunkRows, block.upperBound - start)
                for i in 0..<count {
                    for j in 0..<columns { chunk[j * chunkRows + i] = entry(start + i, j) }
                }
                qr.absorb(chunk, rows: count, stride: chunkRows)
            }
            return qr
        }
        var total = blocks[0]
        for block in blocks.dropFirst() {
            try limit.check()
            total.absorb(block)
        }
        return total
    }

    /// `x` with `R x = Qᵀb` (the first `columns − 1` columns of the factor of the `rows`-row system against its last
    /// column), or `nil` when a diagonal entry is negligible.
    private static func backSubstitution(_ qr: TallSkinnyQR, rows: Int) -> [Double]? {
        let columns = qr.columns, n = columns - 1
        let r = qr.r
        let diagonal = (0..<n).map { r[$0 * columns + $0] }
        let limit = tolerance(diagonal, rows: rows, columns: n)
        guard !diagonal.contains(where: { isNegligible($0, below: limit) }) else { return nil }
        var x = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            var s = r[k * columns + n]
            for j in (k + 1)..<n { s -= r[k * columns + j] * x[j] }
            x[k] = s / r[k * columns + k]
        }
        return x
    }
}
