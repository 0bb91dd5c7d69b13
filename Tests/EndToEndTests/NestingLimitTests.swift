import Foundation
import TestSupport
import XCTest

/// Deep input through the built binary: Markdown nested 100 levels, a formula of 50 nested parentheses or 250
/// chained operations, and a value padded to 100 characters render, alone (the main thread) and in a course
/// (worker threads); one level past, and at the sizes that overflowed the stack, each is a located error and
/// the process ends normally.
final class NestingLimitTests: XCTestCase {
    private let config = "```config r\ndata: {generate: linear, n: 20, seed: 1}\nepochs: 3\n```\n"
    private let objective = "```config fit\nobjective: f\nstart: {x: 1}\noptimizer: newton\nsteps: 3\n```\n"
    private let markdownError = "error: Markdown nesting is deeper than 100 levels"

    /// A notebook of `construct` at `levels`, after a heading (so its first line is line 3).
    private func markdown(_ construct: NestedMarkdown, _ levels: Int) -> String {
        "# Deep\n\n" + construct.text(levels: levels)
    }

    /// A notebook whose formula `f` (on line 4) is `body`, minimized by one run.
    private func formula(_ body: String) -> String {
        "# Formula\n\n```formula f\nf(x) = " + body + "\n```\n\n" + objective
    }

    private func parentheses(_ count: Int) -> String {
        String(repeating: "(", count: count) + "x - 1" + String(repeating: ")", count: count) + "^2"
    }

    /// `x^2+x^2+…`: `count` additions; the k-th `+` is at column 7 + 4k of the formula line.
    private func chain(_ count: Int) -> String {
        "x^2" + String(repeating: "+x^2", count: count)
    }

    /// A notebook with one inline value of run `r`'s epochs per format in `specs`, all on line 8, and the column of
    /// each span.
    private func values(_ specs: [String]) -> (text: String, columns: [Int]) {
        var line = "Values: "
        var columns: [Int] = []
        for spec in specs {
            if !columns.isEmpty { line += " and " }
            columns.append(line.utf8.count + 2)  // the `{` after the backtick, where cmark starts the span
            line += "`{r.epochs:" + spec + "}`"
        }
        return ("# Values\n\n" + config + "\n" + line + "\n", columns)
    }

    private func write(_ files: [String: String], in folder: URL) throws {
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    /// Runs nbrun on one notebook; the outcome and the output folder.
    private func render(_ text: String, name: String) throws -> (NBRunProcess.Outcome, URL) {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write([name: text], in: input)
        let outcome = try NBRunProcess.run([input.appendingPathComponent(name).path, "-o", output.path, "--no-cache"])
        return (outcome, output)
    }

    private func atTheLimits() -> [String: String] {
        var files: [String: String] = [:]
        for construct in NestedMarkdown.allCases { files["md-\(construct).md"] = markdown(construct, 100) }
        files["parentheses.md"] = formula(parentheses(50))
        files["chain.md"] = formula(chain(249))
        files["values.md"] = values(["100", "_^100", ".50f"]).text
        return files
    }

    func testEverythingAtTheLimitRendersAlone() throws {
        for (name, text) in atTheLimits().sorted(by: { $0.key < $1.key }) {
            let (outcome, output) = try render(text, name: name)
            XCTAssertEqual(outcome.status, 0, "\(name): \(outcome.stderr)")
            let page = try String(contentsOf: output.appendingPathComponent(name.replacingOccurrences(of: ".md", with: ".html")), encoding: .utf8)
            if name == "md-blockQuotes.md" { XCTAssertEqual(page.components(separatedBy: "<blockquote>").count - 1, 100) }
            if name == "values.md" {
                XCTAssertTrue(page.contains(">" + String(repeating: " ", count: 99) + "3</span>"), "width 100, right-aligned")
                XCTAssertTrue(page.contains(">" + String(repeating: "_", count: 49) + "3" + String(repeating: "_", count: 50) + "</span>"), "centred")
                XCTAssertTrue(page.contains(">3." + String(repeating: "0", count: 50) + "</span>"), "precision 50")
            }
        }
    }

    func testEverythingAtTheLimitRendersInACourseOnWorkerThreads() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        let files = atTheLimits()
        try write(files, in: input)
        let outcome = try NBRunProcess.run([input.path, "-o", output.path, "--no-cache"], environment: ["NBRUN_THREADS": "4"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let pages = files.keys.flatMap { name in [".html", ".ipynb", ".py", ".slides.html"].map { name.replacingOccurrences(of: ".md", with: $0) } }
        XCTAssertEqual(Set(NBRunProcess.files(in: output)), Set(pages + ["404.html", "index.html", "nbrun-math.woff2", "nbrun-search.js", "nbrun_runtime.py", "print.html", "requirements.txt", "search-index.js"]))
        let quotes = try String(contentsOf: output.appendingPathComponent("md-blockQuotes.html"), encoding: .utf8)
        XCTAssertEqual(quotes.components(separatedBy: "<blockquote>").count - 1, 100)
    }

    func testMarkdownOneLevelPastTheLimitIsALocatedError() throws {
        for construct in NestedMarkdown.allCases {
            let (outcome, output) = try render(markdown(construct, 101), name: "deep.md")
            let (line, column) = construct.start(ofLevel: 101, in: 101)
            XCTAssertEqual(outcome.status, 2, "\(construct): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("deep.md:\(line + 2):\(column): \(markdownError)\n"), "\(construct): \(outcome.stderr)")
            XCTAssertEqual(NBRunProcess.files(in: output), [], "nothing written for \(construct)")
        }
    }

    /// The inputs of the issue that killed nbrun with SIGSEGV, and as many images and `<details>` sections.
    func testHostileNestingEndsWithTheSameLocatedError() throws {
        let hostile: [(NestedMarkdown, Int)] = [(.blockQuotes, 30_000), (.lists, 15_000), (.delimiterRun, 15_000),
                                                (.images, 20_000), (.details, 20_000)]
        for (construct, levels) in hostile {
            let (outcome, _) = try render(markdown(construct, levels), name: "hostile.md")
            let (line, column) = construct.start(ofLevel: 101, in: levels)
            XCTAssertEqual(outcome.status, 2, "\(construct): \(outcome.stderr.prefix(300))")
            XCTAssertTrue(outcome.stderr.contains("hostile.md:\(line + 2):\(column): \(markdownError)\n"), "\(construct): \(outcome.stderr.prefix(300))")
        }
    }

    func testFormulaPastTheLimitsIsALocatedErrorEvenUnderCheck() throws {
        let nesting = "error: formula nested too deeply: more than 50 levels of parentheses, fractions, roots, scripts, functions or sums"
        let height = "error: formula too deep to evaluate: more than 250 operations in a chain or inside one another"
        let cases = [(parentheses(51), "4:58: \(nesting)"), (parentheses(4000), "4:58: \(nesting)"),
                     (chain(250), "4:\(7 + 4 * 250): \(height)"), (chain(100_000), "4:\(7 + 4 * 250): \(height)")]
        for (body, error) in cases {
            for check in [false, true] {
                let input = try NBRunProcess.temporaryFolder()
                try write(["f.md": formula(body)], in: input)
                let outcome = try NBRunProcess.run([input.appendingPathComponent("f.md").path, "-o", input.appendingPathComponent("out").path]
                                                   + (check ? ["--check"] : []))
                XCTAssertEqual(outcome.status, 1, outcome.stderr)
                XCTAssertTrue(outcome.stderr.contains("f.md:\(error)\n"), "\(body.prefix(20))…, check \(check): \(outcome.stderr)")
            }
        }
    }

    /// `:999999999999` allocated a terabyte, `:9223372036854775807` trapped, `:3000000000` hung, `:99999999.3f` wrote
    /// 100 MB per span.
    func testFormatWidthsAndPrecisionsPastTheLimitAreLocatedErrors() throws {
        let specs = ["101", ".51f", "999999999999", "9223372036854775807", "3000000000", "99999999.3f"]
        let (text, columns) = values(specs)
        for check in [false, true] {
            let input = try NBRunProcess.temporaryFolder()
            try write(["v.md": text], in: input)
            let outcome = try NBRunProcess.run([input.appendingPathComponent("v.md").path, "-o", input.appendingPathComponent("out").path]
                                               + (check ? ["--check"] : []))
            XCTAssertEqual(outcome.status, 1, outcome.stderr)
            for (spec, column) in zip(specs, columns) {
                let digits = spec.hasPrefix(".") ? "51" : String(spec.prefix { $0 != "." })
                let what = spec.hasPrefix(".") ? "precision" : "width"
                let limit = spec.hasPrefix(".") ? 50 : 100
                let expected = "v.md:8:\(column): error: {r.epochs:\(spec)}: format '\(spec)' asks for a \(what) of \(digits); at most \(limit) is allowed"
                XCTAssertTrue(outcome.stderr.contains(expected + "\n"), "check \(check): \(expected)\n\(outcome.stderr)")
            }
        }
    }

    func testHostileNotebooksInACourseAreLocatedErrors() throws {
        let input = try NBRunProcess.temporaryFolder(), output = try NBRunProcess.temporaryFolder()
        try write(["a-quotes.md": markdown(.blockQuotes, 30_000), "b-formula.md": formula(parentheses(4000)),
                   "c-values.md": values(["999999999999"]).text, "d-fine.md": "# Fine\n\n" + config], in: input)
        let outcome = try NBRunProcess.run([input.path, "-o", output.path, "--no-cache"], environment: ["NBRUN_THREADS": "4"])
        XCTAssertEqual(outcome.status, 2, outcome.stderr)
        for expected in ["a-quotes.md:3:101: \(markdownError)", "b-formula.md:4:58: error: formula nested too deeply",
                         "c-values.md:8:10: error: {r.epochs:999999999999}: format '999999999999' asks for a width"] {
            XCTAssertTrue(outcome.stderr.contains(expected), "\(expected)\n\(outcome.stderr)")
        }
        XCTAssertTrue(NBRunProcess.files(in: output).contains("d-fine.html"))
    }
}
