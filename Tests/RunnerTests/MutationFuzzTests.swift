import Foundation
import Notebook
import Runner
import XCTest

/// Seeded mutations of a valid notebook (deleted, duplicated and swapped characters and lines) must never crash
/// the parser, the config resolver or the runner: every outcome is a result or a located diagnostic.
final class MutationFuzzTests: XCTestCase {
    private let seedNotebook = """
    ---
    title: Fuzz
    params: {lr: 0.1, k: 3}
    defaults: {epochs: 5}
    ---
    # Fuzz $x_1^2$

    ```formula f
    f(x, y) = (1 - x)^2 + 10\\,(y - x^2)^2
    ```

    ```config a
    data: {generate: linear, n: 20, weights: [2, -1], validation: 0.25, standardize: true}
    optimizer: {name: momentum, lr: "${lr}"}
    regularization: {l1: 0.01, l2: 0.1}
    schedule: {name: step, every: 2, gamma: 0.5}
    early_stopping: {patience: 2}
    ```

    ```config b
    extends: a
    model: {name: mlp, hidden: [4], dropout: 0.1}
    data: {generate: moons, n: 30, classes: 2}
    sweep: {optimizer.name: [sgd, adam]}
    ```

    ```config c
    objective: f
    start: {x: -1, y: 1}
    optimizer: lbfgs
    steps: 5
    ```

    ```config
    compare: [a, b]
    ```
    """

    func testMutatedNotebooksNeverCrash() {
        var generator = FuzzGenerator(seed: 20261128)
        let lines = seedNotebook.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var diagnostics = 0
        for _ in 0..<300 {
            var mutated = lines
            for _ in 0..<(1 + generator.next(3)) { mutate(&mutated, &generator) }
            let text = mutated.joined(separator: "\n")
            guard let notebook = try? NotebookParser.parse(bytes: Array(text.utf8), path: "fuzz.md") else { diagnostics += 1; continue }
            let result = NotebookRunner.run(notebook, folder: FileManager.default.temporaryDirectory,
                                            options: RunOptions(checkOnly: generator.next(2) == 0))
            diagnostics += result.diagnostics.count
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                XCTAssertNotNil(diagnostic.location, "an error without a location: \(diagnostic)")
            }
        }
        XCTAssertGreaterThan(diagnostics, 50, "the mutations should break many notebooks")
    }

    private func mutate(_ lines: inout [String], _ generator: inout FuzzGenerator) {
        let index = generator.next(lines.count)
        var characters = Array(lines[index])
        switch generator.next(5) {
        case 0: lines.remove(at: index)
        case 1: lines.insert(lines[generator.next(lines.count)], at: index)
        case 2 where !characters.isEmpty: characters.remove(at: generator.next(characters.count)); lines[index] = String(characters)
        case 3 where !characters.isEmpty:
            let other = Array(lines[generator.next(lines.count)])
            if !other.isEmpty { characters.insert(other[generator.next(other.count)], at: generator.next(characters.count)) }
            lines[index] = String(characters)
        default:
            let pieces = ["-1", "0", "1e309", "nan", "[", "{", "}", "]", ":", "${k}", "\\frac", "$", "```", "~", "'", "1000000"]
            characters.append(contentsOf: pieces[generator.next(pieces.count)])
            lines[index] = String(characters)
        }
    }
}

/// A tiny seeded generator for the fuzz test (SplitMix64).
struct FuzzGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
