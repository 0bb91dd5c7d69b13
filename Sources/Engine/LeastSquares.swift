/// Linear least squares by Householder QR: minimizes `‖A x − b‖²` without forming `AᵀA`,
/// so it stays accurate when the columns are nearly collinear.
///
/// A tall-skinny QR: the rows of `[A | b]` are cut into fixed blocks of `blockRows`, each block is factored on its
/// own (on `RowBlocks.threadCount` threads) and the blocks' triangular factors are absorbed in block order, so the
/// result has the same bits for any thread count. The solution solves `R x = Qᵀb` by back substitution.
public enum LeastSquares {
    /// Rows per independently factored block (fixed, so results never depend on the thread count).
    public static let blockRows = 4096

    /// Solution of `min ‖A x − b‖²`; `nil` when A is (numerically) rank deficient.
    ///
    /// A column is deficient when its diagonal entry of R is below `1e-10 · max|Rᵢᵢ|`.
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
    /// `entry` is called once per entry, from several threads at once.
    public static func solve(rows: Int, unknowns: Int, entry: (Int, Int) -> Double) -> [Double]? {
        guard rows >= unknowns, unknowns > 0 else { return unknowns == 0 ? [] : nil }
        return backSubstitution(factor(rows: rows, columns: unknowns + 1, entry: entry))
    }

    /// The triangular factor of the `rows × columns` matrix with entries `entry(row, column)`.
    static func factor(rows: Int, columns: Int, entry: (Int, Int) -> Double) -> TallSkinnyQR {
        let blocks = RowBlocks.map(count: rows, size: blockRows) { block -> TallSkinnyQR in
            var qr = TallSkinnyQR(columns: columns)
            let chunkRows = TallSkinnyQR.chunkRows
            let chunk = UnsafeMutablePointer<Double>.allocate(capacity: chunkRows * columns)
            defer { chunk.deallocate() }
            for start in stride(from: block.lowerBound, to: block.upperBound, by: chunkRows) {
                let count = min(chunkRows, block.upperBound - start)
                for i in 0..<count {
                    for j in 0..<columns { chunk[j * chunkRows + i] = entry(start + i, j) }
                }
                qr.absorb(chunk, rows: count, stride: chunkRows)
            }
            return qr
        }
        var total = blocks[0]
        for block in blocks.dropFirst() { total.absorb(block) }
        return total
    }

    /// `x` with `R x = Qᵀb` (the first `columns − 1` columns of the factor against its last column), or `nil` when
    /// a diagonal entry is below `1e-10 · max|Rᵢᵢ|`.
    private static func backSubstitution(_ qr: TallSkinnyQR) -> [Double]? {
        let columns = qr.columns, n = columns - 1
        let r = qr.r
        let diagonal = (0..<n).map { r[$0 * columns + $0] }
        let scale = diagonal.map(abs).max() ?? 0
        guard scale > 0, diagonal.allSatisfy({ abs($0) > 1e-10 * scale }) else { return nil }
        var x = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            var s = r[k * columns + n]
            for j in (k + 1)..<n { s -= r[k * columns + j] * x[j] }
            x[k] = s / r[k * columns + k]
        }
        return x
    }
}
