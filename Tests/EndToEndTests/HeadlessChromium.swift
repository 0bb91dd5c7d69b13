import Foundation
import XCTest

/// Drives headless Chromium for the browser tests: writes a harness page beside the site, which loads a page of
/// the site in an iframe of a given width, acts on it from script and writes what it found as JSON into its own
/// `<pre id="out">`; Chromium prints the harness's DOM (`--dump-dom`) once its virtual time budget is spent, so no
/// test waits on the real clock. Chromium comes from the distribution (`scripts/setup.sh --browser` installs it);
/// without it the tests are skipped with a message saying so.
struct HeadlessChromium {
    /// The browser binary.
    let executable: URL

    /// Chromium on PATH (`chromium`, `chromium-browser`, `google-chrome`), or `NBRUN_CHROMIUM`; skips the test
    /// (visibly, with how to install it) when there is none.
    static func require() throws -> HeadlessChromium {
        let environment = ProcessInfo.processInfo.environment
        var candidates = environment["NBRUN_CHROMIUM"].map { [$0] } ?? []
        for folder in (environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            candidates += ["chromium", "chromium-browser", "google-chrome"].map { "\(folder)/\($0)" }
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("browser test skipped: no Chromium on PATH; run scripts/setup.sh --browser (apt-get install chromium)")
        }
        return HeadlessChromium(executable: URL(fileURLWithPath: found))
    }

    /// Loads `page` (relative to `site`) in a `width`-pixel iframe of a harness page whose script is `body` (a
    /// function of the iframe element, its window and `done(result)`), and returns the object passed to `done`.
    func run(site: URL, page: String, width: Int, dark: Bool = false, script body: String) throws -> [String: Any] {
        let harness = site.appendingPathComponent("harness-\(UUID().uuidString).html")
        try Self.harness(page: page, width: width, body: body).write(to: harness, atomically: true, encoding: .utf8)
        let profile = try NBRunProcess.temporaryFolder()
        var arguments = ["-k", "5", "90", executable.path, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                         "--allow-file-access-from-files", "--user-data-dir=\(profile.path)", "--window-size=1280,900",
                         "--virtual-time-budget=20000", "--dump-dom"]
        if dark { arguments += ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] }
        let outcome = try NBRunProcess.runExecutable(URL(fileURLWithPath: "/usr/bin/timeout"), arguments + [harness.absoluteString])
        try? FileManager.default.removeItem(at: harness)
        guard let start = outcome.stdout.range(of: "<pre id=\"out\">"),
              let end = outcome.stdout.range(of: "</pre>", range: start.upperBound..<outcome.stdout.endIndex) else {
            throw XCTSkip("browser test skipped: Chromium printed no page (status \(outcome.status)): \(outcome.stderr.suffix(400))")
        }
        let text = String(outcome.stdout[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        return try XCTUnwrap(object, "the harness did not finish: \(text)")
    }

    /// The harness page: the iframe, `until` (polls a condition every 20 ms of virtual time), `done`, and `body`.
    private static func harness(page: String, width: Int, body: String) -> String {
        """
        <!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
        <iframe id="frame" src="\(page)" style="width:\(width)px;height:800px;border:0"></iframe><pre id="out">pending</pre>
        <script>
        var frame = document.getElementById("frame");
        function done(result) { document.getElementById("out").textContent = JSON.stringify(result); }
        function until(test, then, tries) {
          tries = tries || 0;
          var value = test();
          if (value) return then(value);
          if (tries > 400) return done({ error: "timed out waiting" });
          setTimeout(function () { until(test, then, tries + 1); }, 20);
        }
        window.onerror = function (message) { done({ error: String(message) }); };
        (function (frame, done, until) {
        \(body)
        })(frame, done, until);
        </script></body></html>
        """
    }
}
