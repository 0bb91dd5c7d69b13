import Dispatch
import Foundation

/// Runs independent jobs on several threads, each thread taking the next job when it is free, and hands each
/// job's output lines to `emit` whole and in job order, as soon as every earlier job has finished.
///
/// On one thread the jobs run one after another on the calling thread, with the same output. Worker threads get
/// `workerStackSize` of stack, whatever the platform's default for new threads (512 KiB on macOS).
enum OrderedParallel {
    /// Stack of each worker thread: a main thread's (8 MiB on Linux and macOS), so a notebook needs no more in a
    /// course than alone. The recursive passes stay far below it: Markdown nests at most
    /// `NotebookLimits.maxNesting` levels, TeX and formulas are bounded by the Formula module.
    static let workerStackSize = 8 << 20

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
                let work = Work(state: state, job: job, emit: emit)
                let finished = DispatchGroup()
                for _ in 0..<workers {
                    finished.enter()
                    let thread = Thread {
                        work.drain()
                        finished.leave()
                    }
                    thread.stackSize = workerStackSize
                    thread.start()
                }
                finished.wait()
                work.release()  // a finished Thread may still hold its block for a moment; the closures must not escape
            }
        }
        return state.results.map { $0! }
    }

    /// The closures the worker threads share, dropped once every worker is done.
    private final class Work<T>: @unchecked Sendable {
        private let state: State<T>
        private var job: ((Int) -> (T, [String]))?
        private var emit: (([String]) -> Void)?

        init(state: State<T>, job: @escaping (Int) -> (T, [String]), emit: @escaping ([String]) -> Void) {
            self.state = state
            self.job = job
            self.emit = emit
        }

        /// Runs jobs until none is left (on a worker thread).
        func drain() {
            guard let job, let emit else { return }
            while let index = state.claim() {
                let (result, lines) = job(index)
                state.finish(index, result: result, lines: lines, emit: emit)
            }
        }

        /// Drops the closures (after every worker finished).
        func release() {
            job = nil
            emit = nil
        }
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
