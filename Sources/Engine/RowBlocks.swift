import Dispatch
import Foundation

/// Work split into fixed-size blocks of rows, run on several threads, with results combined in block order.
///
/// The block size never depends on the thread count, and the caller combines the per-block results in block
/// order, so a sum over blocks gives the same bits on one thread or on many, on any machine.
public enum RowBlocks {
    /// Rows per block for reductions over data rows: a multiple of every SIMD width used, small enough to give
    /// two cores balanced work on ten thousand rows and large enough that scheduling costs nothing measurable.
    public static let standardSize = 2048

    /// Threads used by parallel work: `NBRUN_THREADS` when set to a positive integer, else the active cores.
    public static var threadCount: Int {
        get { configuredThreads.withLock { $0 } }
        set { configuredThreads.withLock { $0 = max(1, newValue) } }
    }

    private static let configuredThreads = Locked<Int>(defaultThreadCount())

    private static func defaultThreadCount() -> Int {
        if let text = ProcessInfo.processInfo.environment["NBRUN_THREADS"], let value = Int(text), value > 0 {
            return value
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The ranges `0..<size`, `size..<2·size`, … covering `0..<count` (the last one may be shorter).
    public static func ranges(count: Int, size: Int = standardSize) -> [Range<Int>] {
        precondition(size > 0, "block size must be positive")
        return stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }
    }

    /// The number of blocks of `size` rows covering `count` rows.
    public static func blockCount(count: Int, size: Int = standardSize) -> Int {
        precondition(size > 0, "block size must be positive")
        return (count + size - 1) / size
    }

    /// `body` of every block, in block order; blocks run on up to `threadCount` threads.
    public static func map<T>(count: Int, size: Int = standardSize, threads: Int = RowBlocks.threadCount,
                              _ body: (Range<Int>) -> T) -> [T] {
        var results = [T?](repeating: nil, count: blockCount(count: count, size: size))
        results.withUnsafeMutableBufferPointer { slots in
            let box = UnsafeMutableBufferPointerBox(slots)
            forEach(count: count, size: size, threads: threads) { index, range in box.buffer[index] = body(range) }
        }
        return results.map { $0! }
    }

    /// Calls `body(index, range)` once for every block, on up to `threadCount` threads (in block order on one
    /// thread; otherwise each thread takes the next unclaimed block, so a thread slowed by other work takes
    /// fewer). Blocks run concurrently, so `body` must write only to memory of its own block; a caller that
    /// combines the blocks' results in block order gets the same bits for any thread count.
    public static func forEach(count: Int, size: Int = standardSize, threads: Int = RowBlocks.threadCount,
                               _ body: (Int, Range<Int>) -> Void) {
        let blocks = blockCount(count: count, size: size)
        let workers = min(max(threads, 1), blocks)
        let range = { (index: Int) in (index * size)..<min((index + 1) * size, count) }
        if workers <= 1 {
            for index in 0..<blocks { body(index, range(index)) }
            return
        }
        let next = Locked(0)
        withoutActuallyEscaping(body) { body in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while true {
                    let index = next.withLock { value -> Int in
                        defer { value += 1 }
                        return value
                    }
                    guard index < blocks else { return }
                    body(index, range(index))
                }
            }
        }
    }
}

extension RowBlocks {
    /// `map` that checks `limit` before each block (`body` may check it more often inside a costly block): once a
    /// check throws, no further block starts, and the first failure is thrown when the running blocks have ended.
    public static func map<T, Limit: WorkLimit>(count: Int, size: Int = standardSize, threads: Int = RowBlocks.threadCount,
                                                limit: Limit, _ body: (Range<Int>) throws(Limit.Failure) -> T) throws(Limit.Failure) -> [T] {
        var results = [T?](repeating: nil, count: blockCount(count: count, size: size))
        try results.withUnsafeMutableBufferPointer { (slots) throws(Limit.Failure) in
            let box = UnsafeMutableBufferPointerBox(slots)
            try forEach(count: count, size: size, threads: threads, limit: limit) { (index, range) throws(Limit.Failure) in
                box.buffer[index] = try body(range)
            }
        }
        return results.map { $0! }
    }

    /// `forEach` that checks `limit` before each block (`body` may check it more often inside a costly block): once a
    /// check throws, no further block starts, and the first failure is thrown when the running blocks have ended.
    public static func forEach<Limit: WorkLimit>(count: Int, size: Int = standardSize, threads: Int = RowBlocks.threadCount,
                                                 limit: Limit, _ body: (Int, Range<Int>) throws(Limit.Failure) -> Void) throws(Limit.Failure) {
        let failure = Locked<Limit.Failure?>(nil)
        forEach(count: count, size: size, threads: threads) { index, range in
            guard failure.withLock({ $0 == nil }) else { return }
            do throws(Limit.Failure) {
                try limit.check()
                try body(index, range)
            } catch {
                failure.withLock { $0 = $0 ?? error }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }
}

/// A buffer pointer handed to worker threads; each thread writes distinct slots.
private struct UnsafeMutableBufferPointerBox<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

/// A value behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
