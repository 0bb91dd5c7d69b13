/// A dense row-major matrix of `Double`.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public private(set) var rows: Int
    /// Number of columns.
    public private(set) var columns: Int
    /// Row-major storage, `rows * columns` values.
    public var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "negative matrix size")
        self.rows = rows
        self.columns = columns
        storage = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from row arrays, which must all have the same length.
    public init(_ rowArrays: [[Double]]) {
        let columns = rowArrays.first?.count ?? 0
        precondition(rowArrays.allSatisfy { $0.count == columns }, "ragged rows")
        self.rows = rowArrays.count
        self.columns = columns
        storage = rowArrays.flatMap { $0 }
    }

    /// A matrix over existing row-major storage.
    public init(rows: Int, columns: Int, storage: [Double]) {
        precondition(storage.count == rows * columns, "storage size mismatch")
        self.rows = rows
        self.columns = columns
        self.storage = storage
    }

    /// Element at `row`, `column`.
    @inlinable public subscript(row: Int, column: Int) -> Double {
        get { storage[row * columns + column] }
        set { storage[row * columns + column] = newValue }
    }

    /// Row `index` as an array.
    public func row(_ index: Int) -> [Double] {
        Array(storage[(index * columns)..<((index + 1) * columns)])
    }

    /// Column `index` as an array.
    public func column(_ index: Int) -> [Double] {
        (0..<rows).map { self[$0, index] }
    }

    /// The rows at `indices`, in that order.
    public func selecting(rows indices: [Int]) -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        for (target, source) in indices.enumerated() {
            for c in 0..<columns { result[target, c] = self[source, c] }
        }
        return result
    }

    /// `true` when every element is finite.
    public var isFinite: Bool { storage.allSatisfy { $0.isFinite } }

    /// The identity matrix of size `n`.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m[i, i] = 1 }
        return m
    }

    /// Matrix–vector product `A x`.
    public func multiply(_ x: [Double]) -> [Double] {
        precondition(x.count == columns, "dimension mismatch")
        var result = [Double](repeating: 0, count: rows)
        storage.withUnsafeBufferPointer { a in
            for r in 0..<rows {
                var sum = 0.0
                let base = r * columns
                for c in 0..<columns { sum += a[base + c] * x[c] }
                result[r] = sum
            }
        }
        return result
    }
}

/// Euclidean norm `√Σ xᵢ²`.
public func euclideanNorm(_ x: [Double]) -> Double {
    var sum = 0.0
    for v in x { sum += v * v }
    return sum.squareRoot()
}

/// Dot product `Σ aᵢ bᵢ`.
public func dot(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count, "dimension mismatch")
    var sum = 0.0
    for i in a.indices { sum += a[i] * b[i] }
    return sum
}
