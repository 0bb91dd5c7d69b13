/// Dot products and scaled additions on raw `Double` storage with explicit SIMD lanes and a fixed reduction order,
/// so a result does not depend on the compiler's vectorization, the CPU or the number of threads.
enum VectorKernels {
    /// `Σᵢ aᵢbᵢ` over `count` entries. Eight lanes accumulate the entries `i ≡ lane (mod 8)` of the first
    /// `8⌊count/8⌋`; the lanes reduce as a tree, `((l₀+l₄) + (l₂+l₆)) + ((l₁+l₅) + (l₃+l₇))`; the remaining entries are
    /// then added one by one.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, count: Int) -> Double {
        var lanes = SIMD8<Double>()
        var i = 0
        while i + 8 <= count {
            lanes += load(a + i) * load(b + i)
            i += 8
        }
        let four = lanes.lowHalf + lanes.highHalf, two = four.lowHalf + four.highHalf
        var sum = two[0] + two[1]
        while i < count {
            sum += a[i] * b[i]
            i += 1
        }
        return sum
    }

    /// `dot(a₀, b)` and `dot(a₁, b)` in one sweep over `b` (each with exactly `dot`'s order and bits).
    @inline(__always)
    static func dot(_ a0: UnsafePointer<Double>, _ a1: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                    count: Int) -> (Double, Double) {
        var lanes0 = SIMD8<Double>(), lanes1 = SIMD8<Double>()
        var i = 0
        while i + 8 <= count {
            let shared = load(b + i)
            lanes0 += load(a0 + i) * shared
            lanes1 += load(a1 + i) * shared
            i += 8
        }
        let four0 = lanes0.lowHalf + lanes0.highHalf, two0 = four0.lowHalf + four0.highHalf
        let four1 = lanes1.lowHalf + lanes1.highHalf, two1 = four1.lowHalf + four1.highHalf
        var sum0 = two0[0] + two0[1], sum1 = two1[0] + two1[1]
        while i < count {
            sum0 += a0[i] * b[i]
            sum1 += a1[i] * b[i]
            i += 1
        }
        return (sum0, sum1)
    }

    /// `y ← (y + α₀·x₀) + α₁·x₁` entry by entry: the bits of two `addScaled` calls in that order, with one pass over y.
    @inline(__always)
    static func addScaled(_ alpha0: Double, _ x0: UnsafePointer<Double>, _ alpha1: Double, _ x1: UnsafePointer<Double>,
                          to y: UnsafeMutablePointer<Double>, count: Int) {
        let scale0 = SIMD8<Double>(repeating: alpha0), scale1 = SIMD8<Double>(repeating: alpha1)
        var i = 0
        while i + 8 <= count {
            store((load(y + i) + scale0 * load(x0 + i)) + scale1 * load(x1 + i), at: y + i)
            i += 8
        }
        while i < count {
            y[i] = (y[i] + alpha0 * x0[i]) + alpha1 * x1[i]
            i += 1
        }
    }

    /// `y ← y + α·x` over `count` entries, entry by entry (the same bits as a scalar loop).
    @inline(__always)
    static func addScaled(_ alpha: Double, _ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int) {
        let scale = SIMD8<Double>(repeating: alpha)
        var i = 0
        while i + 8 <= count {
            store(load(y + i) + scale * load(x + i), at: y + i)
            i += 8
        }
        while i < count {
            y[i] += alpha * x[i]
            i += 1
        }
    }

    /// `y ← y + x` over `count` entries.
    @inline(__always)
    static func add(_ x: UnsafePointer<Double>, to y: UnsafeMutablePointer<Double>, count: Int) {
        var i = 0
        while i + 8 <= count {
            store(load(y + i) + load(x + i), at: y + i)
            i += 8
        }
        while i < count {
            y[i] += x[i]
            i += 1
        }
    }

    /// The start of `buffer`, or of a one-element dummy when it is empty (e.g. zero feature columns), so kernels
    /// that read nothing still get a valid pointer.
    static func start(_ buffer: UnsafeBufferPointer<Double>) -> UnsafePointer<Double> {
        buffer.baseAddress ?? UnsafePointer(emptyStorage)
    }

    private static let emptyStorage: UnsafeMutablePointer<Double> = {
        let pointer = UnsafeMutablePointer<Double>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return pointer
    }()

    @inline(__always)
    private static func load(_ pointer: UnsafePointer<Double>) -> SIMD8<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Double>.self)
    }

    @inline(__always)
    private static func load(_ pointer: UnsafeMutablePointer<Double>) -> SIMD8<Double> {
        UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Double>.self)
    }

    @inline(__always)
    private static func store(_ value: SIMD8<Double>, at pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD8<Double>.self)
    }
}
