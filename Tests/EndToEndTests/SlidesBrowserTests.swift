import Foundation
import XCTest

/// A slide deck and an explorable sweep in a real browser (headless Chromium, `HeadlessChromium`): → moves to the
/// next slide and puts its number in the URL, and moving the slider brings another member's curve forward, shows
/// its summary and changes the value that follows it.
final class SlidesBrowserTests: XCTestCase {
    /// A course of one chapter with two slides and an explorable learning-rate sweep.
    private func site() throws -> URL {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let chapter = """
        # Rates

        The final loss is `{lrs[*].metrics.train_loss:.4g}`.

        ## The sweep

        ```config lrs
        data: {generate: linear, n: 30, weights: [2], seed: 3}
        epochs: 25
        sweep: {optimizer.lr: [0.01, 0.1, 0.5]}
        show: [explore, summary]
        ```

        """
        try chapter.write(to: input.appendingPathComponent("rates.md"), atomically: true, encoding: .utf8)
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return output
    }

    func testArrowRightMovesToTheNextSlideAndTheSliderChangesTheChart() throws {
        let chromium = try HeadlessChromium.require()
        let site = try site()
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.appendingPathComponent("rates.slides.html").path), "a course writes each chapter's deck")
        let result = try chromium.run(site: site, page: "rates.slides.html", width: 1280, script: """
        frame.addEventListener("load", function () {
          try {
            var w = frame.contentWindow, d = w.document, seen = {};
            function current() { var s = d.querySelector(".slide.current"); return s ? s.id : null; }
            function state() {
              var box = d.querySelector(".explore");
              return {
                selected: box.getAttribute("data-selected"),
                faded: Array.prototype.map.call(box.querySelectorAll("svg g.explore-off"), function (g) { return g.getAttribute("data-member"); }),
                summary: Array.prototype.filter.call(box.querySelectorAll(".explore-members>[data-member]"), function (m) { return !m.hidden; })
                  .map(function (m) { return m.querySelector(".explore-name").textContent; }),
                value: d.querySelector(".explore-value").textContent,
                controlsShown: !box.querySelector(".explore-controls").hidden
              };
            }
            seen.first = current();
            d.dispatchEvent(new w.KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true, cancelable: true }));
            seen.afterRight = current();
            seen.hash = w.location.hash;
            seen.visibleSlides = Array.prototype.filter.call(d.querySelectorAll(".slide"), function (s) { return s.getBoundingClientRect().height > 0; }).length;
            seen.before = state();
            var slider = d.querySelector(".explore input[type=range]");
            slider.value = "2";
            slider.dispatchEvent(new w.Event("input", { bubbles: true }));
            seen.after = state();
            d.dispatchEvent(new w.KeyboardEvent("keydown", { key: "Home", bubbles: true, cancelable: true }));
            seen.afterHome = current();
            done(seen);
          } catch (error) { done({ error: String(error) }); }
        });
        """)
        XCTAssertNil(result["error"], "\(result)")
        XCTAssertEqual(result["first"] as? String, "slide-1")
        XCTAssertEqual(result["afterRight"] as? String, "slide-2")
        XCTAssertEqual(result["hash"] as? String, "#2", "the slide's number is in the URL")
        XCTAssertEqual(result["visibleSlides"] as? Int, 1, "one slide at a time")
        XCTAssertEqual(result["afterHome"] as? String, "slide-1")
        let before = try XCTUnwrap(result["before"] as? [String: Any]), after = try XCTUnwrap(result["after"] as? [String: Any])
        XCTAssertEqual(before["controlsShown"] as? Bool, true)
        XCTAssertEqual(before["selected"] as? String, "0")
        XCTAssertEqual(before["faded"] as? [String], ["1", "2"])
        XCTAssertEqual(before["summary"] as? [String], ["lrs[0.01]"])
        XCTAssertEqual(after["selected"] as? String, "2")
        XCTAssertEqual(after["faded"] as? [String], ["0", "1"], "the chart brings the chosen member forward")
        XCTAssertEqual(after["summary"] as? [String], ["lrs[0.5]"])
        let first = try XCTUnwrap(before["value"] as? String), last = try XCTUnwrap(after["value"] as? String)
        XCTAssertFalse(first.contains("/"), "with script the value is one member's: \(first)")
        XCTAssertNotEqual(first, last, "the value follows the slider")
    }
}
