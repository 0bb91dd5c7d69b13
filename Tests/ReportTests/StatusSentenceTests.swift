import Engine
@testable import Report
import Results
import XCTest

/// Every language's status sentence, written from the typed detail, against fixed texts: each status, the closed
/// form, a CSV classification with its class mapping, early stopping and divergence, for training and formula runs.
final class StatusSentenceTests: XCTestCase {
    private func training(_ stop: StatusDetail.Stop, norm: Double? = 8.7e-7, _ change: (inout StatusDetail) -> Void = { _ in }) -> StatusDetail {
        var detail = StatusDetail(subject: .training, stop: stop, tolerance: 1e-6, gradientNorm: norm)
        change(&detail)
        return detail
    }

    private func formula(_ stop: StatusDetail.Stop) -> StatusDetail {
        var detail = StatusDetail(subject: .formula, stop: stop, tolerance: 1e-8, gradientNorm: 3.3e-9)
        detail.point = [NamedValue("x", 1), NamedValue("y", 2.5)]
        detail.value = 0.25
        return detail
    }

    /// Each case with its English and Chinese sentence.
    private var cases: [(StatusDetail, String, String)] {
        [
            (training(.solved(.leastSquaresQR), norm: 3.1e-15),
             "Solved exactly by least squares (QR factorization, closed form); gradient norm 3.1e-15.",
             "由最小二乘法精确求解（QR 分解，闭式解）；梯度范数 3.1e-15。"),
            (training(.converged(epoch: 42)) { $0.classes = ClassMapping(target: "species", names: ["setosa", "versicolor"]) },
             "Converged at epoch 42: gradient norm 8.7e-7 fell below the tolerance 1e-6. Classes of 'species' (sorted by name): setosa = 0, versicolor = 1.",
             "在第 42 轮收敛：梯度范数 8.7e-7 低于容差 1e-6。目标列 'species' 的类别（按名称排序）：setosa = 0，versicolor = 1。"),
            (training(.earlyStopped(epoch: 57, best: 37)) { $0.restoresBest = true },
             "Stopped early at epoch 57; the best validation loss was at epoch 37 (its weights restored).",
             "在第 57 轮早停；验证损失最低的是第 37 轮（已恢复该轮的权重）。"),
            (training(.diverged(epoch: 211, cause: .nonFinite)) { $0.learningRate = 2.5 },
             "Diverged at epoch 211 because the loss became NaN or infinite; the table and curve stop at the last finite epoch. Try a smaller learning rate than 2.5.",
             "在第 211 轮发散，原因：损失变为 NaN 或无穷大；表格和曲线止于最后一个有限的轮次。请尝试小于 2.5 的学习率。"),
            (training(.maxEpochs(epoch: 300), norm: 0.0123) { $0.bestEpoch = 250 },
             "Reached the maximum of 300 epochs; gradient norm 0.012 (tolerance 1e-6); the best validation loss was at epoch 250.",
             "达到最大轮数 300；梯度范数 0.012（容差 1e-6）；验证损失最低的是第 250 轮。"),
            (training(.timedOut(epoch: 1234)), "Stopped at epoch 1234: the time limit ran out.", "在第 1234 轮停止：时间限制已用完。"),
            (training(.stalled(epoch: 12), norm: 2.2e-16),
             "Converged at epoch 12: the line search found no lower value (gradient norm 2.2e-16, the minimum to machine precision).",
             "在第 12 轮收敛：线搜索找不到更低的值（梯度范数 2.2e-16，已是机器精度下的最小值）。"),
            (training(.checked), "Checked; not trained (--check).", "已检查，未训练（--check）。"),
            (training(.failed(message: "unknown key 'epoch'")), "unknown key 'epoch'", "unknown key 'epoch'"),
            (formula(.converged(epoch: 7)),
             "Converged after 7 steps at (x = 1, y = 2.5) with value 0.25: gradient norm 3.3e-9 below the tolerance 1e-8.",
             "经过 7 步在 (x = 1, y = 2.5) 收敛，值为 0.25：梯度范数 3.3e-9 低于容差 1e-8。"),
            (formula(.stalled(epoch: 1)),
             "Stopped after 1 step at (x = 1, y = 2.5) with value 0.25: the line search found no further decrease (gradient norm 3.3e-9).",
             "经过 1 步停在 (x = 1, y = 2.5)，值为 0.25：线搜索找不到进一步的下降（梯度范数 3.3e-9）。"),
            (formula(.diverged(epoch: 8, cause: .failed("overflow: the value is not finite"))),
             "Diverged at step 8 because overflow: the value is not finite; the path stops at the last finite point (x = 1, y = 2.5).",
             "在第 8 步发散，原因：overflow: the value is not finite；路径止于最后一个有限点 (x = 1, y = 2.5)。"),
            (formula(.diverged(epoch: 3, cause: .nonFinite)),
             "Diverged at step 3 because the value became NaN or infinite; the path stops at the last finite point (x = 1, y = 2.5).",
             "在第 3 步发散，原因：值变为 NaN 或无穷大；路径止于最后一个有限点 (x = 1, y = 2.5)。"),
            (formula(.maxEpochs(epoch: 100)),
             "Reached the maximum of 100 steps at (x = 1, y = 2.5) with value 0.25; gradient norm 3.3e-9.",
             "达到最大步数 100，停在 (x = 1, y = 2.5)，值为 0.25；梯度范数 3.3e-9。"),
            (formula(.timedOut(epoch: 5)), "Stopped after 5 steps at (x = 1, y = 2.5): the time limit ran out.",
             "经过 5 步停在 (x = 1, y = 2.5)：时间限制已用完。"),
            (formula(.checked), "Checked; not run (--check).", "已检查，未运行（--check）。"),
        ]
    }

    func testEveryStatusHasAFixedSentenceInEachLanguage() {
        for (detail, english, chinese) in cases {
            XCTAssertEqual(ReportStrings.english.statusSentence(detail), english)
            XCTAssertEqual(ReportStrings.chinese.statusSentence(detail), chinese)
        }
        XCTAssertEqual(Set(cases.map(\.0.status)), Set(RunStatus.allCases), "every status has a sentence under test")
    }

    func testTheJSONStatusLineIsThePagesSentence() throws {
        let detail = training(.solved(.leastSquaresQR), norm: 0)
        let run = RunResult(name: "exact", detail: detail)
        for words in [ReportStrings.english, .chinese] {
            XCTAssertEqual(run.json(sentence: words.statusSentence(detail))["status_line"], .string(words.statusSentence(detail)))
        }
        XCTAssertNil(run.json(sentence: nil)["status_line"], "the runner's JSON for expectations has no sentence")
    }
}
