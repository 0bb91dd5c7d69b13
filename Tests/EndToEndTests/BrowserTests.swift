import Foundation
import XCTest

/// The course site in a real browser (headless Chromium, see `HeadlessChromium`): the search box finds a section
/// and Enter opens it, a phone-wide screen never scrolls sideways, and the dark theme keeps text readable.
final class BrowserTests: XCTestCase {
    private static let longEquation = (1...40).map { "w_{\($0)} x_{\($0)}" }.joined(separator: " + ")

    /// Renders a small course: a chapter with a chart, a wide table, long code and a long equation, a chapter
    /// with the heading the search looks for, and a Chinese sub-course.
    private func site() throws -> URL {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let files = [
            "index.md": "---\ntitle: Browser course\n---\n\n- [Wide](wide.md)\n- [Momentum](b.md)\n",
            "wide.md": "# Wide things\n\nAn identifier `SparseCategoricalCrossentropyWithLogitsThatNeverBreaksAnywhere` in a sentence.\n\n"
                + "$$\n\(Self.longEquation)\n$$\n\n```config r\ndata: {generate: linear, n: 20, seed: 1}\nepochs: 12\n"
                + "show: [curve, table]\n```\n\n```text\n" + String(repeating: "a-very-long-line-of-code ", count: 12) + "\n```\n",
            "b.md": "# Second chapter\n\nIntro.\n\n## Momentum keeps a velocity\n\nThe velocity remembers past gradients.\n",
            "zh/index.md": "---\ntitle: 中文课程\nlang: zh-CN\n---\n\n- [梯度](g.md)\n",
            "zh/g.md": "---\nlang: zh-CN\n---\n# 梯度下降\n\n## 学习率\n\n学习率太大时训练会发散。\n",
        ]
        for (name, text) in files {
            let url = input.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let outcome = try NBRunProcess.run([input.path, "-o", output.path])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        return output
    }

    /// Types `query` into the search box of `page`, waits for results, presses Enter, and reports where the
    /// frame landed and what the result list showed.
    private func search(_ query: String, from page: String, in site: URL, chromium: HeadlessChromium) throws -> [String: Any] {
        let quoted = String(decoding: try JSONSerialization.data(withJSONObject: [query]), as: UTF8.self)
        return try chromium.run(site: site, page: page, width: 1200, script: """
        var loads = 0, seen = {};
        function landed() {
          var w = frame.contentWindow, id = decodeURIComponent(w.location.hash.slice(1)), target = id && w.document.getElementById(id);
          seen.landed = w.location.pathname.split("/").slice(-2).join("/") + w.location.hash;
          seen.target = target ? target.tagName + " " + target.textContent.replace("#", "") : null;
          done(seen);
        }
        frame.addEventListener("load", function () {
          try {
            loads += 1;
            if (loads > 1) return landed();
            var w = frame.contentWindow, d = w.document, box = d.querySelector("div.search"), input = box && box.querySelector("input");
            if (!input) return done({ error: "no search box" });
            seen.visible = !box.hidden && box.getBoundingClientRect().height > 0;
            w.addEventListener("hashchange", landed);
            input.focus();
            input.value = \(quoted)[0];
            input.dispatchEvent(new w.Event("input", { bubbles: true }));
            until(function () { return d.querySelector("ol.search-results a"); }, function (first) {
              seen.status = d.querySelector(".search-status").textContent;
              seen.first = first.getAttribute("href");
              seen.marked = Array.prototype.map.call(first.querySelectorAll("mark"), function (m) { return m.textContent; });
              var lang = first.querySelector(".search-lang");
              seen.language = lang ? lang.textContent : null;
              input.dispatchEvent(new w.KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true, cancelable: true }));
              seen.arrowDownFocusesFirst = d.activeElement === first;
              first.dispatchEvent(new w.KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true, cancelable: true }));
              seen.arrowUpReturnsToBox = d.activeElement === input;
              input.dispatchEvent(new w.KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
            });
          } catch (error) { done({ error: String(error) }); }
        });
        """)
    }

    func testTypingAQueryAndPressingEnterOpensTheSectionThatMatches() throws {
        let chromium = try HeadlessChromium.require()
        let site = try site()
        let english = try search("velocity", from: "wide.html", in: site, chromium: chromium)
        XCTAssertNil(english["error"], "\(english)")
        XCTAssertEqual(english["visible"] as? Bool, true, "the script shows the box")
        XCTAssertEqual(english["status"] as? String, "1 result")
        XCTAssertEqual(english["first"] as? String, "b.html#momentum-keeps-a-velocity")
        XCTAssertEqual(english["landed"] as? String, "\(site.lastPathComponent)/b.html#momentum-keeps-a-velocity")
        XCTAssertEqual(english["target"] as? String, "H2 Momentum keeps a velocity")
        XCTAssertEqual(english["marked"] as? [String], ["velocity", "velocity"], "heading and snippet")
        XCTAssertEqual(english["arrowDownFocusesFirst"] as? Bool, true)
        XCTAssertEqual(english["arrowUpReturnsToBox"] as? Bool, true)

        let chinese = try search("学习率", from: "zh/index.html", in: site, chromium: chromium)
        XCTAssertNil(chinese["error"], "\(chinese)")
        XCTAssertEqual(chinese["landed"] as? String, "zh/g.html#%E5%AD%A6%E4%B9%A0%E7%8E%87")
        XCTAssertEqual(chinese["target"] as? String, "H2 学习率", "a CJK query matches inside a sentence without word breaks")
        XCTAssertNil(chinese["language"] as? String, "a page's own language is not marked")

        let across = try search("学习率", from: "index.html", in: site, chromium: chromium)
        XCTAssertEqual(across["language"] as? String, "中文", "results from the other language's pages are marked")
        XCTAssertEqual(across["first"] as? String, "zh/g.html#%E5%AD%A6%E4%B9%A0%E7%8E%87")
    }

    func testAPhoneWideScreenDoesNotScrollSidewaysAndChartTextStaysReadable() throws {
        let chromium = try HeadlessChromium.require()
        let result = try chromium.run(site: try site(), page: "wide.html", width: 390, script: """
        frame.addEventListener("load", function () {
          try {
            var w = frame.contentWindow, d = w.document, smallest = 1e9;
            d.querySelectorAll("figure svg").forEach(function (svg) {
              var scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
              svg.querySelectorAll("text").forEach(function (text) {
                smallest = Math.min(smallest, parseFloat(w.getComputedStyle(text).fontSize) * scale);
              });
            });
            var math = d.querySelector(".math-display");
            done({ scrollWidth: d.documentElement.scrollWidth, innerWidth: w.innerWidth, charts: d.querySelectorAll("figure svg").length,
                   chartText: smallest, mathScrolls: math.scrollWidth > math.clientWidth, mathRight: math.getBoundingClientRect().right });
          } catch (error) { done({ error: String(error) }); }
        });
        """)
        XCTAssertNil(result["error"], "\(result)")
        let innerWidth = try XCTUnwrap(result["innerWidth"] as? Double)
        XCTAssertEqual(innerWidth, 390)
        XCTAssertLessThanOrEqual(try XCTUnwrap(result["scrollWidth"] as? Double), innerWidth, "no horizontal page scroll: \(result)")
        XCTAssertGreaterThan(try XCTUnwrap(result["charts"] as? Double), 0)
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(result["chartText"] as? Double), 9.5, "chart text readable at 390 px: \(result)")
        XCTAssertEqual(result["mathScrolls"] as? Bool, true, "the long equation scrolls inside its box")
        XCTAssertLessThanOrEqual(try XCTUnwrap(result["mathRight"] as? Double), innerWidth)
    }

    func testTextKeepsContrastOfAtLeast4Point5InTheDarkAndTheLightTheme() throws {
        let chromium = try HeadlessChromium.require()
        let site = try site()
        for dark in [true, false] {
            let result = try chromium.run(site: site, page: "wide.html", width: 1200, dark: dark, script: Self.contrastScript)
            XCTAssertNil(result["error"], "\(result)")
            XCTAssertEqual(result["dark"] as? Bool, dark, "the theme Chromium was asked for: \(result)")
            XCTAssertGreaterThan(try XCTUnwrap(result["checked"] as? Double), 20)
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(result["lowest"] as? Double), 4.5, "dark \(dark): \(result)")
        }
    }

    /// Computes the WCAG contrast of the computed text colour against the first opaque background behind it, for
    /// every element with its own text; reports the lowest and where it is.
    private static let contrastScript = """
    function rgb(text) { var m = text.match(/[\\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; }
    function luminance(c) {
      function linear(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
      return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
    }
    function ratio(a, b) { var x = luminance(a), y = luminance(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
    frame.addEventListener("load", function () {
      try {
        var w = frame.contentWindow, d = w.document, lowest = 99, where = "", checked = 0;
        function background(element) {
          for (; element; element = element.parentElement) {
            var c = rgb(w.getComputedStyle(element).backgroundColor);
            if (c.a > 0.5) return c;
          }
          return rgb(w.getComputedStyle(d.documentElement).backgroundColor);
        }
        d.querySelectorAll("body *").forEach(function (element) {
          var own = Array.prototype.some.call(element.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });
          var style = w.getComputedStyle(element), box = element.getBoundingClientRect();
          if (!own || box.width === 0 || style.visibility === "hidden" || element.closest("svg, math, .skip-link, mark")) return;
          var value = ratio(rgb(style.color), background(element));
          checked += 1;
          if (value < lowest) { lowest = value; where = element.tagName + "." + element.className + " " + style.color + " on " + w.getComputedStyle(element).backgroundColor; }
        });
        done({ dark: luminance(background(d.body)) < 0.2, lowest: lowest, where: where, checked: checked });
      } catch (error) { done({ error: String(error) }); }
    });
    """
}
