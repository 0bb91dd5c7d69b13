import Foundation
import XCTest

final class PythonExportEndToEndTests: XCTestCase {
    private let basic = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/basic.md")

    private func export(to output: URL) throws -> (NBRunProcess.Outcome, String) {
        let outcome = try NBRunProcess.run([basic.path, "-o", output.path, "--to", "py"])
        let text = try String(contentsOf: output.appendingPathComponent("basic.py"), encoding: .utf8)
        return (outcome, text)
    }

    func testToPyWritesOneProgramWithEveryRun() throws {
        let output = try NBRunProcess.temporaryFolder()
        let (outcome, program) = try export(to: output)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        XCTAssertEqual(NBRunProcess.files(in: output), ["basic.py", "data/houses.csv", "nbrun_runtime.py", "requirements.txt"],
                       "only the requested format is written, with what it needs beside it")
        XCTAssertTrue(program.hasPrefix("#!/usr/bin/env python3\n"))
        for name in ["line", "houses", "s[gd]", "s[momentum]", "logit"] {
            XCTAssertTrue(program.contains("\nRUNS[\"\(name)\"] = "), name)
        }
        XCTAssertTrue(program.contains("data = load_csv(\"data/houses.csv\", target=\"price\", features=[\"area\", \"rooms\"])"))
        XCTAssertTrue(program.contains("HERE = os.path.dirname(os.path.abspath(__file__))"), "CSV paths are relative to the program's own folder")
        XCTAssertFalse(program.contains("Tests/EndToEndTests"), "no path of the machine that exported it")
    }

    /// The notebook scripts/verify-python.sh adds to the course: every run of it has Python, in torch terms.
    func testCoverageNotebookExportsEveryRun() throws {
        let notebook = NBRunProcess.packageRoot.appendingPathComponent("Tests/EndToEndTests/Notebooks/python/coverage.md")
        let output = try NBRunProcess.temporaryFolder()
        let outcome = try NBRunProcess.run([notebook.path, "-o", output.path, "--to", "py"])
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let program = try String(contentsOf: output.appendingPathComponent("coverage.py"), encoding: .utf8)
        XCTAssertFalse(program.contains("# Not exported"), "every run of the coverage notebook is exported")
        let names = ["step", "expo", "cosine", "amsgrad", "nest-sgd", "ada", "net-newton", "net-lbfgs", "net-sgd-drop",
                     "fit-gd", "fit-lbfgs", "loops-newton", "loops-cg", "loops-diverge", "clip-warm", "clip-value", "init-gelu",
                     "init-leaky", "init-linear", "kfold", "kfold-shuffled", "optimum-formula"]
        for name in names { XCTAssertTrue(program.contains("\nRUNS[\"\(name)\"] = "), name) }
        for line in ["torch.optim.lr_scheduler.StepLR(", "torch.optim.lr_scheduler.ExponentialLR(", "torch.optim.lr_scheduler.CosineAnnealingLR(",
                     "torch.optim.AdamW(", "torch.optim.RMSprop(", "amsgrad=True", "nn.HuberLoss(delta=0.5)", "torch.optim.Adagrad(",
                     "return 1 / N * torch.sum((y - a * torch.exp(b * x)) ** 2) + lambda_ * (a ** 2 + b ** 2)",
                     "fmax(w_1, w_2 ** 2)", "for k in range(int(1), int(30) + 1)",
                     "clip={\"max_norm\": 0.5}", "clip={\"value\": 0.2}", "torch.optim.lr_scheduler.SequentialLR(optimizer, [torch.optim.lr_scheduler.LinearLR(",
                     "init_weights(", "activation=\"gelu\"", "for fold_rows, held_rows in kfold(len(raw_train.y), 4, shuffle_seed=None):",
                     "shuffle_seed=11", "cv = cross_validation(folds)"] {
            XCTAssertTrue(program.contains(line), line)
        }
    }

    func testProgramIsByteIdenticalAcrossRuns() throws {
        let first = try export(to: try NBRunProcess.temporaryFolder()).1
        let second = try export(to: try NBRunProcess.temporaryFolder()).1
        XCTAssertEqual(first, second)
    }
}
