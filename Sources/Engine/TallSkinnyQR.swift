/// The triangular factor `R` of a tall matrix `M = [A | b]`, accumulated over chunks of rows by Householder
/// reflections on the stacked matrix `[R; chunk]`.
///
/// Absorbing a chunk `C` replaces `R` by the triangular factor of `[R; C]`; absorbing every row of `M` in any
/// grouping gives the factor of `M` itself (up to the signs of its rows), so the caller can factor fixed row blocks
/// on several threads and absorb the blocks' factors in block order. For column `k` the reflection only touches row
/// `k` of `R` and the chunk, since `R` is already triangular: with `x₀ = R[k,k]`, `σ = Σᵢ C[i,k]²`,
/// `α = −sign(x₀)·√(x₀² + σ)` and `v = [x₀ − α; C[·,k]]`, every later column `j` becomes
/// `[R[k,j]; C[·,j]] − (2/‖v‖²)·(vᵀ[R[k,j]; C[·,j]])·v`, and `R[k,k] = α`.
/// A column with `σ = 0` needs no reflection. The last column of `M` carries `b`, so the last column of `R` holds
/// `Qᵀb` above the residual norm.
///
/// Chunks are column-major with a fixed row count, so the sums (SIMD lanes reduced in a fixed order) depend only on
/// the data, never on the thread count or machine. Later columns are updated two at a time, sharing the loads of
/// `v`; each column's sums are formed exactly as one at a time.
struct TallSkinnyQR {
    /// Columns of `M`.
    let columns: Int
    /// `R`, row-major `columns × columns`; entries below the diagonal stay 0.
    private(set) var r: [Double]

    /// Rows per chunk: a chunk of 100 columns stays in the first-level cache.
    static let chunkRows = 32

    /// The factor of an empty matrix: `R = 0`.
    init(columns: Int) {
        self.columns = columns
        r = [Double](repeating: 0, count: columns * columns)
    }

    /// Replaces `R` by the triangular factor of `[R; C]`, where `C` is `rows × columns`, column-major with leading
    /// dimension `stride`; `C` is overwritten.
    mutating func absorb(_ chunk: UnsafeMutablePointer<Double>, rows: Int, stride: Int) {
        let n = columns
        r.withUnsafeMutableBufferPointer { rBuffer in
            let r = rBuffer.baseAddress!
            for k in 0..<n {
                let column = chunk + k * stride
                var sigma = VectorKernels.dot(column, column, count: rows)
                var x0 = r[k * n + k], exponent = 0
                if x0 * x0 + sigma < Self.smallestSafeSquare {
                    guard let shift = Self.normalize(column, rows: rows, x0: &x0) else { continue }
                    exponent = shift
                    sigma = VectorKernels.dot(column, column, count: rows)
                }
                if sigma == 0 { continue }
                let norm = (x0 * x0 + sigma).squareRoot()
                let alpha = x0 > 0 ? -norm : norm
                let v0 = x0 - alpha
                let scale = 2 / (v0 * v0 + sigma)
                var j = k + 1
                while j + 1 < n {
                    let first = chunk + j * stride, second = first + stride
                    let (dot0, dot1) = VectorKernels.dot(first, second, column, count: rows)
                    let s0 = (v0 * r[k * n + j] + dot0) * scale, s1 = (v0 * r[k * n + j + 1] + dot1) * scale
                    r[k * n + j] -= s0 * v0
                    r[k * n + j + 1] -= s1 * v0
                    Self.subtract(s0, s1, column, from: first, second, count: rows)
                    j += 2
                }
                if j < n {
                    let target = chunk + j * stride
                    let s = (v0 * r[k * n + j] + VectorKernels.dot(column, target, count: rows)) * scale
                    r[k * n + j] -= s * v0
                    VectorKernels.addScaled(-s, column, to: target, count: rows)
                }
                r[k * n + k] = exponent == 0 ? alpha : Double(sign: .plus, exponent: exponent, significand: alpha)
            }
        }
    }

    /// Below this, `x₀² + σ` is rescaled before the reflection (entries under about 2⁻³⁰⁰ ≈ 5·10⁻⁹¹).
    ///
    /// Where `R` has no row `k` yet (x₀ = 0, e.g. the first chunk of a block with more columns than rows), the chunk's
    /// column holds only rounding residue, and each such reflection leaves the later columns' residue smaller by
    /// about the unit roundoff; past ten levels (about 320 columns with 32-row chunks) `σ` underflowed and
    /// `2/‖v‖²` overflowed to NaN. A reflection depends only on the direction of `v`, so scaling `x₀` and the column
    /// by a power of two (exact) gives the same reflection with every intermediate in range.
    static let smallestSafeSquare = 0x1p-600

    /// Divides `x0` and `column` by the power of two `2ᵉ` that brings their largest magnitude into [1, 2) and returns
    /// `e` (the reflection's `α` is then multiplied back by `2ᵉ`); `nil` when all are zero.
    static func normalize(_ column: UnsafeMutablePointer<Double>, rows: Int, x0: inout Double) -> Int? {
        var largest = abs(x0)
        for i in 0..<rows { largest = max(largest, abs(column[i])) }
        guard largest > 0 else { return nil }
        let exponent = Int(largest.exponent)
        x0 = Double(sign: .plus, exponent: -exponent, significand: x0)
        for i in 0..<rows { column[i] = Double(sign: .plus, exponent: -exponent, significand: column[i]) }
        return exponent
    }

    /// Absorbs another factor's rows (the factors of two row sets combine into the factor of their union).
    mutating func absorb(_ other: TallSkinnyQR) {
        precondition(other.columns == columns, "column mismatch")
        let n = columns
        let chunk = UnsafeMutablePointer<Double>.allocate(capacity: n * n)
        defer { chunk.deallocate() }
        for row in 0..<n {
            for column in 0..<n { chunk[column * n + row] = other.r[row * n + column] }
        }
        absorb(chunk, rows: n, stride: n)
    }

    /// `yᵢ −= s·xᵢ` and `zᵢ −= t·xᵢ`, in one pass over `x`.
    @inline(__always)
    static func subtract(_ s: Double, _ t: Double, _ x: UnsafeMutablePointer<Double>, from y: UnsafeMutablePointer<Double>,
                         _ z: UnsafeMutablePointer<Double>, count: Int) {
        let factorY = SIMD2<Double>(repeating: s), factorZ = SIMD2<Double>(repeating: t)
        let rawX = UnsafeRawPointer(x), rawY = UnsafeMutableRawPointer(y), rawZ = UnsafeMutableRawPointer(z)
        var i = 0
        while i + 2 <= count {
            let offset = i * 8
            let value = rawX.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            rawY.storeBytes(of: rawY.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self) - factorY * value,
                            toByteOffset: offset, as: SIMD2<Double>.self)
            rawZ.storeBytes(of: rawZ.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self) - factorZ * value,
                            toByteOffset: offset, as: SIMD2<Double>.self)
            i += 2
        }
        if i < count {
            y[i] -= s * x[i]
            z[i] -= t * x[i]
        }
    }
}
