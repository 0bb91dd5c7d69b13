import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `nbrun` started the way a terminal starts a command: a new session and process group whose controlling
/// terminal is a pseudo-terminal, which is its standard input, output and error. Typing Ctrl-C (byte 0x03) on the
/// terminal makes the kernel send SIGINT to the foreground process group, as in a real terminal.
final class TerminalProcess {
    /// The process id (also its process group and session id).
    let pid: pid_t
    private let terminal: Int32
    private let lock = NSLock()
    private var output = Data()
    private var exitStatus: Int32?
    private var reader: Thread?

    /// Starts `nbrun arguments` (absolute paths: the child keeps this process's folder). `blockedSignals` are
    /// blocked in the child from the start (a parent that blocks them, for example for its own `sigwait`).
    init(_ arguments: [String], blockedSignals: [Int32] = []) throws {
        terminal = PseudoTerminal.openMain(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard terminal >= 0, PseudoTerminal.grant(terminal) == 0, PseudoTerminal.unlock(terminal) == 0 else { throw POSIXError(.EIO) }
        var name = [CChar](repeating: 0, count: 128)
        guard PseudoTerminal.name(terminal, &name, name.count) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc applies the attributes first), the terminal becomes the controlling one.
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t(), defaults = sigset_t()
        sigemptyset(&mask)
        for number in blockedSignals { sigaddset(&mask, number) }
        sigfillset(&defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(PseudoTerminal.spawnSetsid | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([NBRunProcess.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, NBRunProcess.binary.path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        pid = child
        startReading()
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            _ = waitForExit(seconds: 10)
        }
        close(terminal)
    }

    /// Everything the process wrote to its terminal so far (with the terminal's echo, such as `^C`).
    var text: String { lock.withLock { String(decoding: output, as: UTF8.self) } }

    /// Types Ctrl-C on the terminal.
    func typeControlC() {
        var byte: UInt8 = 0x03
        _ = write(terminal, &byte, 1)
    }

    /// True once the terminal shows `text`, polled for at most `seconds`.
    func waitForOutput(_ text: String, seconds: Double = 60) -> Bool {
        poll(seconds: seconds) { self.text.contains(text) }
    }

    /// The exit status once the process exited normally, polled for at most `seconds`; nil if it is still
    /// running (or was killed by a signal).
    func waitForExit(seconds: Double = 10) -> Int32? {
        _ = poll(seconds: seconds) { self.status != nil }
        return status
    }

    /// The exit status when the process has exited (reaped here), else nil; -signal when a signal killed it.
    private var status: Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let exitStatus { return exitStatus }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return nil }
        exitStatus = raw & 0x7F == 0 ? (raw >> 8) & 0xFF : -(raw & 0x7F)
        return exitStatus
    }

    private func poll(seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = DispatchTime.now() + seconds
        while DispatchTime.now() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    /// Drains the terminal on a thread (a full terminal buffer would block the child's writes).
    private func startReading() {
        let terminal = self.terminal
        let thread = Thread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(terminal, &buffer, buffer.count)
                guard count > 0, let self else { return }
                self.lock.withLock { self.output.append(contentsOf: buffer[0..<count]) }
            }
        }
        thread.start()
        reader = thread
    }
}

/// glibc's pseudo-terminal calls, whose declarations Swift's Glibc module leaves out (they need `_XOPEN_SOURCE`),
/// looked up by name in the C library.
private enum PseudoTerminal {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    static let openMain: Open = function("posix_openpt")
    static let grant: Open = function("grantpt")
    static let unlock: Open = function("unlockpt")
    static let name: Name = function("ptsname_r")
    /// `POSIX_SPAWN_SETSID` of glibc's spawn.h (a GNU extension the module leaves out).
    static let spawnSetsid: Int32 = 0x80

    private static func function<F>(_ symbol: String) -> F {
        guard let address = dlsym(UnsafeMutableRawPointer(bitPattern: 0), symbol) else { fatalError("no \(symbol) in the C library") }
        return unsafeBitCast(address, to: F.self)
    }
}
