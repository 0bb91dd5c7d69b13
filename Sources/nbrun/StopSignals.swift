import Foundation
import Output

/// How `--serve` and `--watch` stop: on SIGINT (Ctrl-C) or SIGTERM, at once and with exit status 0, also while a
/// render is running, leaving no temporary file.
///
/// Both signals are blocked in the calling thread, which must be the main thread before any other thread starts
/// (threads inherit the mask), so no thread of the process receives them; one dedicated thread takes them with
/// `sigwait`, wherever the rest of the process is (rendering, sleeping, serving), and whatever mask or disposition
/// the process was started with.
enum StopSignals {
    /// The signals that stop the process.
    static let numbers = [SIGINT, SIGTERM]

    /// Blocks SIGINT and SIGTERM and starts the thread that, on either, removes the temporary files of writes in
    /// progress, prints `message` on stderr and exits with status 0.
    static func exitOnStop(saying message: String) {
        var set = sigset_t()
        sigemptyset(&set)
        for number in numbers {
            sigaddset(&set, number)
            signal(number, SIG_DFL)
        }
        pthread_sigmask(SIG_BLOCK, &set, nil)
        let blocked = set
        let waiter = Thread {
            var received: Int32 = 0
            var signals = blocked
            while sigwait(&signals, &received) != 0 {}
            AtomicFile.abandonWrites()
            FileHandle.standardError.write(Data(("\n" + message + "\n").utf8))
            fflush(stdout)
            _exit(0)
        }
        waiter.name = "nbrun-stop-signals"
        waiter.start()
    }
}
