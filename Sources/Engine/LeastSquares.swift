/// Linear least squares by Householder QR: minimizes `‖A x − b‖²` without forming `AᵀA`,
/// so it stays accurate when the columns are nearly collinear.
public enum LeastSquares {
    /// Solution of `min ‖A x − b‖²`; `nil` when A is (numerically) rank deficient.
    ///
    /// A column is deficient when its diagonal entry of R is below `1e-10 · max|Rᵢᵢ|`.
    public static func solve(_ a: Matrix, _ b: [Double]) -> [Double]? {
        precondition(a.rows == b.count, "dimension mismatch")
        let m = a.rows, n = a.columns
        guard m >= n, n > 0 else { return n == 0 ? [] : nil }
        var r = a
        var qtb = b
        var diagonal = [Double](repeating: 0, count: n)
        for k in 0..<n {
            var norm = 0.0
            for i in k..<m { norm += r[i, k] * r[i, k] }
            norm = norm.squareRoot()
            if norm == 0 { diagonal[k] = 0; continue }
            let alpha = r[k, k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: m - k)
            for i in k..<m { v[i - k] = r[i, k] }
            v[0] -= alpha
            let vNorm2 = v.reduce(0) { $0 + $1 * $1 }
            if vNorm2 == 0 { diagonal[k] = alpha; continue }
            for j in k..<n {
                var s = 0.0
                for i in k..<m { s += v[i - k] * r[i, j] }
                let f = 2 * s / vNorm2
                for i in k..<m { r[i, j] -= f * v[i - k] }
            }
            var s = 0.0
            for i in k..<m { s += v[i - k] * qtb[i] }
            let f = 2 * s / vNorm2
            for i in k..<m { qtb[i] -= f * v[i - k] }
            diagonal[k] = r[k, k]
        }
        let scale = diagonal.map(abs).max() ?? 0
        guard scale > 0, diagonal.allSatisfy({ abs($0) > 1e-10 * scale }) else { return nil }
        var x = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            var s = qtb[k]
            for j in (k + 1)..<n { s -= r[k, j] * x[j] }
            x[k] = s / r[k, k]
        }
        return x
    }
}
