import ArgumentParser
import Foundation
import Preview

extension NBRun {
    /// `--serve`: binds the port first (a busy port is a clear error, exit 2, nothing rendered), renders, then
    /// watches and re-renders, telling open pages to reload; Ctrl-C (or SIGTERM) stops the server and exits 0.
    static func serve(_ driver: Driver, port: UInt16) -> Never {
        StopSignals.exitOnStop(saying: "nbrun: stopped serving")
        let server = PreviewServer(root: driver.outputFolder, port: port)
        do {
            try server.start()
        } catch .portInUse {
            printError("nbrun: error: port \(port) is already in use; stop the other server or choose another port with --port")
            Foundation.exit(ExitCode.badInput.rawValue)
        } catch {
            printError("nbrun: error: cannot serve on 127.0.0.1:\(port): \(error)")
            Foundation.exit(ExitCode.badInput.rawValue)
        }
        _ = driver.run(inputs: driver.configuration.inputs)
        server.outputChanged()
        printError("nbrun: serving \(driver.outputFolder.path) at http://127.0.0.1:\(port)/ (press Ctrl-C to stop)")
        Watcher(driver: driver).watch(afterRender: server.outputChanged)
    }
}
