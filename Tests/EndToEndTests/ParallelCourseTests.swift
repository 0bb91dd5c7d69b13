import Foundation
import XCTest

/// A folder rendered on several threads gives the same files, byte for byte, and the same stderr, in notebook
/// order, as one rendered notebook by notebook on one thread (engine row blocks included).
final class ParallelCourseTests: XCTestCase {
    func testParallelRenderEqualsSequentialRender() throws {
        let input = try NBRunProcess.temporaryFolder()
        for k in 1...6 {
            // a warning per notebook (an unused parameter) and an error in one, so stderr order is checked too
            let error = k == 4 ? "\n```config broken\ndata: {generate: linear, n: 20}\nepochs: -1\n```\n" : ""
            let text = "---\nparams: {unused\(k): 1}\n---\n# Chapter \(k)\n\n```config r\ndata: {generate: linear, n: 3000, weights: [1, 2, 3], seed: \(k)}\n"
                + "optimizer: {name: sgd, batch_size: 64, lr: 0.01}\nepochs: 20\nshow: [summary, curve, table]\n```\n"
                // three QR row blocks: the closed form's last bits (its gradient norm) must not depend on the threads
                + "\n```config exact\ndata: {generate: linear, n: 9000, weights: [1, -2, 0.5], noise: 0.3, seed: \(k)}\noptimizer: closed_form\n```\n"
                + error
            try text.write(to: input.appendingPathComponent("chapter-\(k).md"), atomically: true, encoding: .utf8)
        }
        var outputs: [(URL, NBRunProcess.Outcome)] = []
        for threads in ["1", "4"] {
            let output = try NBRunProcess.temporaryFolder()
            let outcome = try NBRunProcess.run([input.path, "-o", output.path, "--no-cache", "--allow-errors"],
                                               environment: ["NBRUN_THREADS": threads])
            XCTAssertEqual(outcome.status, 0, outcome.stderr)
            outputs.append((output, outcome))
        }
        let (sequential, one) = outputs[0], (parallel, four) = outputs[1]
        XCTAssertEqual(four.stderr, one.stderr)
        let warned = one.stderr.split(separator: "\n").filter { $0.contains("is declared but no block uses it") }
        XCTAssertEqual(warned.map { $0.contains("chapter-\(warned.firstIndex(of: $0)! + 1).md") }, Array(repeating: true, count: 6),
                       "notebook order: \(one.stderr)")
        XCTAssertTrue(one.stderr.contains("chapter-4.md:"), one.stderr)
        let files = NBRunProcess.files(in: sequential)
        XCTAssertEqual(files.count, 32, "6 chapters with their downloads and slide decks, the runtime and requirements they import, landing, print and 404 pages, the font, the search index and script: \(files)")
        XCTAssertEqual(NBRunProcess.files(in: parallel), files)
        for name in files {
            XCTAssertEqual(try Data(contentsOf: parallel.appendingPathComponent(name)), try Data(contentsOf: sequential.appendingPathComponent(name)),
                           name)
        }
    }
}
