import ArgumentParser
import FlyingSocks
import Foundation

extension NBRun {
    /// `--serve`: binds the port first (a busy port is a clear error, exit 2, nothing rendered), renders, then
    /// watches and re-renders, telling open pages to reload; Ctrl-C (or SIGTERM) stops the server and exits 0.
    static func serve(_ driver: Driver, port: UInt16) -> Never {
        let server: PreviewServer
        do {
            server = try PreviewServer(root: driver.outputFolder, port: port)
            try server.start()
        } catch let SocketError.failed(_, code, _) where code == EADDRINUSE {
            printError("nbrun: error: port \(port) is already in use; stop the other server or choose another port with --port")
            Foundation.exit(ExitCode.badInput.rawValue)
        } catch {
            printError("nbrun: error: cannot serve on 127.0.0.1:\(port): \(error.localizedDescription)")
            Foundation.exit(ExitCode.badInput.rawValue)
        }
        let interrupts = [SIGINT, SIGTERM].map { signalNumber -> DispatchSourceSignal in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                server.stop()
                printError("\nnbrun: stopped serving")
                Foundation.exit(0)
            }
            source.resume()
            return source
        }
        _ = driver.run(inputs: driver.configuration.inputs)
        server.outputChanged()
        printError("nbrun: serving \(driver.outputFolder.path) at http://127.0.0.1:\(port)/ (press Ctrl-C to stop)")
        withExtendedLifetime(interrupts) {
            Watcher(driver: driver).watch(afterRender: server.outputChanged)
        }
    }
}
