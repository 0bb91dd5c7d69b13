import Dispatch
import Foundation

/// Runs independent jobs on several threads, each thread taking the next job when it is free, and hands each
/// job's output lines to `emit` whole and in job order, as soon as every earlier job has finished.
///
/// On one thread the jobs run one after another on the calling thread, with the same output.
enum OrderedParallel {
    /// The results of `job(0..<count)`, in order; `emit` receives each job's lines, one call per job, in job order,
    /// never two calls at once.
    static func run<T>(count: Int, threads: Int, job: (Int) -> (T, [String]), emit: ([String]) -> Void) -> [T] {
        let workers = min(max(threads, 1), count)
        guard workers > 1 else {
            return (0..<count).map { index in
                let (result, lines) = job(index)
                emit(lines)
                return result
            }
        }
        let state = State<T>(count: count)
        withoutActuallyEscaping(job) { job in
            withoutActuallyEscaping(emit) { emit in
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let index = state.claim() {
                        let (result, lines) = job(index)
                        state.finish(index, result: result, lines: lines, emit: emit)
                    }
                }
            }
        }
        return state.results.map { $0! }
    }

    /// The shared queue position, results and pending lines, behind one lock.
    private final class State<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0, emitted = 0
        private(set) var results: [T?]
        private var pending: [[String]?]

        init(count: Int) {
            results = [T?](repeating: nil, count: count)
            pending = [[String]?](repeating: nil, count: count)
        }

        /// The next job not yet taken, or nil when all are.
        func claim() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < results.count else { return nil }
            next += 1
            return next - 1
        }

        /// Records job `index`'s result and emits every finished job's lines that are next in order.
        func finish(_ index: Int, result: T, lines: [String], emit: ([String]) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            results[index] = result
            pending[index] = lines
            while emitted < pending.count, let ready = pending[emitted] {
                emit(ready)
                pending[emitted] = nil
                emitted += 1
            }
        }
    }
}
