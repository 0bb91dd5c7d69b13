/// Cholesky factorization `A = L Lᵀ` of a symmetric positive definite matrix and the solve of `A x = b`.
public enum Cholesky {
    /// The lower factor L (row-major), or `nil` when A is not (numerically) positive definite:
    /// a pivot `≤ 1e-14 · max|Aᵢᵢ|` fails. `limit` is checked before each column after the first.
    public static func factor<Limit: WorkLimit>(_ a: Matrix, limit: Limit = Unlimited()) throws(Limit.Failure) -> Matrix? {
        precondition(a.rows == a.columns, "square matrix needed")
        let n = a.rows
        var l = Matrix(rows: n, columns: n)
        var scale = 0.0
        for i in 0..<n { scale = max(scale, abs(a[i, i])) }
        for j in 0..<n {
            if j > 0 { try limit.check() }
            var pivot = a[j, j]
            for k in 0..<j { pivot -= l[j, k] * l[j, k] }
            guard pivot > 1e-14 * max(scale, 1e-300), pivot.isFinite else { return nil }
            let root = pivot.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<max(n, j + 1) {
                var s = a[i, j]
                for k in 0..<j { s -= l[i, k] * l[j, k] }
                l[i, j] = s / root
            }
        }
        return l
    }

    /// Solves `A x = b` by forward and back substitution with the factor of A; `nil` when A is not SPD.
    public static func solve<Limit: WorkLimit>(_ a: Matrix, _ b: [Double], limit: Limit = Unlimited()) throws(Limit.Failure) -> [Double]? {
        guard let l = try factor(a, limit: limit) else { return nil }
        let n = b.count
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var s = b[i]
            for k in 0..<i { s -= l[i, k] * y[k] }
            y[i] = s / l[i, i]
        }
        var x = [Double](repeating: 0, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            var s = y[i]
            for k in (i + 1)..<max(n, i + 1) { s -= l[k, i] * x[k] }
            x[i] = s / l[i, i]
        }
        return x
    }
}
