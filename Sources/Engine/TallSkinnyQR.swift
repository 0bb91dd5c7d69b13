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
                let sigma = Self.dot(column, column, count: rows)
                if sigma == 0 { continue }
                let x0 = r[k * n + k]
                let norm = (x0 * x0 + sigma).squareRoot()
                let alpha = x0 > 0 ? -norm : norm
                let v0 = x0 - alpha
                let scale = 2 / (v0 * v0 + sigma)
                var j = k + 1
                while j + 1 < n {
                    let first = chunk + j * stride, second = first + stride
                    let (dot0, dot1) = Self.dot(column, first, second, count: rows)
                    let s0 = (v0 * r[k * n + j] + dot0) * scale, s1 = (v0 * r[k * n + j + 1] + dot1) * scale
                    r[k * n + j] -= s0 * v0
                    r[k * n + j + 1] -= s1 * v0
                    Self.subtract(s0, s1, column, from: first, second, count: rows)
                    j += 2
                }
                if j < n {
                    let target = chunk + j * stride
                    let s = (v0 * r[k * n + j] + Self.dot(column, target, count: rows)) * scale
                    r[k * n + j] -= s * v0
                    Self.subtract(s, column, from: target, count: rows)
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

    /// `Σ aᵢ bᵢ` in four SIMD lanes of two, lanes summed in a fixed order, then the tail.
    @inline(__always)
    static func dot(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, count: Int) -> Double {
        var s0 = SIMD2<Double>(), s1 = SIMD2<Double>(), s2 = SIMD2<Double>(), s3 = SIMD2<Double>()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= count {
            let offset = i * 8
            s0 += rawA.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            s1 += rawA.loadUnaligned(fromByteOffset: offset + 16, as: SIMD2<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + 16, as: SIMD2<Double>.self)
            s2 += rawA.loadUnaligned(fromByteOffset: offset + 32, as: SIMD2<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + 32, as: SIMD2<Double>.self)
            s3 += rawA.loadUnaligned(fromByteOffset: offset + 48, as: SIMD2<Double>.self)
                * rawB.loadUnaligned(fromByteOffset: offset + 48, as: SIMD2<Double>.self)
            i += 8
        }
        let lanes = (s0 + s1) + (s2 + s3)
        var sum = lanes[0] + lanes[1]
        while i < count {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }

    /// `(Σ aᵢ bᵢ, Σ aᵢ cᵢ)`, each summed exactly as `dot(a, b)` sums, in one pass over `a`.
    @inline(__always)
    static func dot(_ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, _ c: UnsafeMutablePointer<Double>,
                    count: Int) -> (Double, Double) {
        var b0 = SIMD2<Double>(), b1 = SIMD2<Double>(), b2 = SIMD2<Double>(), b3 = SIMD2<Double>()
        var c0 = SIMD2<Double>(), c1 = SIMD2<Double>(), c2 = SIMD2<Double>(), c3 = SIMD2<Double>()
        let rawA = UnsafeRawPointer(a), rawB = UnsafeRawPointer(b), rawC = UnsafeRawPointer(c)
        var i = 0
        while i + 8 <= count {
            let offset = i * 8
            let a0 = rawA.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            let a1 = rawA.loadUnaligned(fromByteOffset: offset + 16, as: SIMD2<Double>.self)
            let a2 = rawA.loadUnaligned(fromByteOffset: offset + 32, as: SIMD2<Double>.self)
            let a3 = rawA.loadUnaligned(fromByteOffset: offset + 48, as: SIMD2<Double>.self)
            b0 += a0 * rawB.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            b1 += a1 * rawB.loadUnaligned(fromByteOffset: offset + 16, as: SIMD2<Double>.self)
            b2 += a2 * rawB.loadUnaligned(fromByteOffset: offset + 32, as: SIMD2<Double>.self)
            b3 += a3 * rawB.loadUnaligned(fromByteOffset: offset + 48, as: SIMD2<Double>.self)
            c0 += a0 * rawC.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            c1 += a1 * rawC.loadUnaligned(fromByteOffset: offset + 16, as: SIMD2<Double>.self)
            c2 += a2 * rawC.loadUnaligned(fromByteOffset: offset + 32, as: SIMD2<Double>.self)
            c3 += a3 * rawC.loadUnaligned(fromByteOffset: offset + 48, as: SIMD2<Double>.self)
            i += 8
        }
        let laneB = (b0 + b1) + (b2 + b3), laneC = (c0 + c1) + (c2 + c3)
        var sumB = laneB[0] + laneB[1], sumC = laneC[0] + laneC[1]
        while i < count {
            sumB += a[i] * b[i]
            sumC += a[i] * c[i]
            i += 1
        }
        return (sumB, sumC)
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

    /// `yᵢ −= s·xᵢ`.
    @inline(__always)
    static func subtract(_ s: Double, _ x: UnsafeMutablePointer<Double>, from y: UnsafeMutablePointer<Double>, count: Int) {
        let factor = SIMD2<Double>(repeating: s)
        let rawX = UnsafeRawPointer(x), rawY = UnsafeMutableRawPointer(y)
        var i = 0
        while i + 2 <= count {
            let offset = i * 8
            let value = rawY.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
                - factor * rawX.loadUnaligned(fromByteOffset: offset, as: SIMD2<Double>.self)
            rawY.storeBytes(of: value, toByteOffset: offset, as: SIMD2<Double>.self)
            i += 2
        }
        if i < count { y[i] -= s * x[i] }
    }
}
