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
