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
                let sigma = VectorKernels.dot(column, column, count: rows)
                if sigma == 0 { continue }
                let x0 = r[k * n + k]
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
                r[k * n + k] = alpha
            }
        }
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
