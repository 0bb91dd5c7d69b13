import Foundation

/// Runs `body` on a new thread with `stackSize` bytes of stack (what a worker thread may get on another
/// platform: 512 KiB on macOS) and returns its result once the thread finished.
public func onThread<T>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
    let result = ResultBox<T>()
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
        result.value = body()
        finished.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    finished.wait()
    return result.value!
}

/// The value a thread hands back (written once by the thread, read after it signalled).
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
