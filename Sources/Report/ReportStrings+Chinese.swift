import Engine
import Notebook
import Output
import Results

extension ReportStrings {
    /// Simplified Chinese (`zh`, `zh-CN`, `zh-Hans`, `zh-SG`).
    public static let chinese = ReportStrings(
        tags: ["zh"],
        contents: "目录", chapters: "章节", previous: "上一章", next: "下一章", appendix: "附录", home: "课程首页",
        courseTitle: "笔记本", noRuns: "没有训练运行", allConverged: "所有运行均已收敛",
        runsFailed: { failed, total in "\(total) 次运行中有 \(failed) 次失败" },
        runCount: { "\($0) 次运行" },
        statusWords: StatusWords(converged: "已收敛", earlyStopped: "已早停", diverged: "已发散", maxEpochs: "跑完了全部轮数",
                                 timedOut: "超时", error: "失败", checked: "已检查", compare: "已比较"),
        statusSentence: { statusSentence($0) },
        badgeWords: StatusWords(converged: "收敛", earlyStopped: "早停", diverged: "发散", maxEpochs: "跑完全部轮数",
                                timedOut: "超时", error: "错误", checked: "已检查", compare: "比较"),
        ran: { count, subject in subject == .formula ? "运行了 \(count) 步" : "训练了 \(count) 轮" },
        checkFailed: "检查未通过", site: .chinese,
        run: "运行", comparison: "比较", sweepOver: { "扫描 \($0)" },
        errorCount: { "本笔记本有 \($0) 个错误" },
        footer: { "由 nbrun 从 \($0) 生成。本页的每个数字和曲线都是在生成页面时计算的。" },
        metric: "指标", value: "值", parameter: "参数", networkLayers: "网络层", epoch: "轮次", step: "步",
        trainLoss: "训练损失", validationLoss: "验证损失", learningRate: "学习率", stepLength: "步长",
        gradientNorm: "梯度范数", status: "状态", epochs: "轮数", steps: "步数",
        lossTable: { "损失表（共 \($0) 条，显示约十条）" }, iterates: { "迭代点（共 \($0) 条，显示约十条）" },
        captionObjectivePerStep: "每一步的目标函数值。", captionLossPerEpoch: "每轮的损失。",
        captionLossTrainValidation: "每轮在训练数据和验证数据上的损失。", captionFit: "数据与拟合的模型。",
        captionContour: "目标函数的等高线与迭代路径，起点已标出。",
        captionBoundary: "训练后模型的决策区域与数据。",
        captionGroupContour: "每次运行在目标函数等高线上的路径。",
        captionSweep: { "\($1) 取不同值时的\($0)。" }, captionCompare: { "各次比较运行的\($0)。" },
        objectiveValue: "目标函数值", trainingLoss: "训练损失",
        chartLossPerEpoch: { "\($0)：每轮损失" }, chartValuePerStep: { "\($0)：每步的值" },
        chartFit: "拟合的模型", chartBoundary: "决策区域", chartCompareLoss: "各次运行的训练损失",
        chartCompareObjective: "各次运行的目标函数值", chartContour: "目标函数等高线与优化路径",
        axisLoss: "损失", axisTrainingLoss: "训练损失", legendTrain: "训练", legendValidation: "验证",
        legendTrainingData: "训练数据", legendValidationData: "验证数据", legendModel: "模型", legendStart: "起点",
        metricName: { metricName($0) },
        bestEpoch: { "最佳轮次 \($0)" },
        trainingValidationLoss: "训练损失（实线）和验证损失（虚线）",
        chartCompareLossValidation: "各次运行的训练损失（实线）和验证损失（虚线）",
        validationCurve: { "\($0)（验证）" }, sameAs: { "\($0)（与 \($1) 相同）" },
        captionMultiplesFit: "每次运行拟合的模型。", captionMultiplesBoundary: "每次运行的决策区域。",
        captionGrid: { "每种组合最终的\($0)。" },
        checksPassed: { "\($0) 项检查通过" },
        callout: { kind in
            switch kind {
            case .note: "注意"
            case .tip: "提示"
            case .important: "重要"
            case .warning: "警告"
            case .caution: "小心"
            }
        },
        footnoteBackLink: "返回正文",
        notRun: ("未运行：它依赖的 ", " 运行失败（错误显示在那里）。"),
        pythonSection: "Python 代码",
        pythonHint: "与本笔记本 --to py、--to ipynb 导出时写在旁边的 nbrun_runtime.py 一起运行（numpy、PyTorch、matplotlib）。",
        references: .chinese,
        optimum: .chinese,
        crossValidation: .chinese
    )

    /// A run's status in Chinese, with the same facts as every language: what ended it, the tolerance, the final
    /// gradient norm, the best epoch, the solver, the divergence cause and advice, a CSV target's classes.
    private static func statusSentence(_ detail: StatusDetail) -> String {
        switch detail.stop {
        case .checked: return detail.subject == .formula ? "已检查，未运行（--check）。" : "已检查，未训练（--check）。"
        case let .failed(message): return message
        default: return detail.subject == .formula ? formulaSentence(detail) : trainingSentence(detail) + classNote(detail)
        }
    }

    private static func trainingSentence(_ detail: StatusDetail) -> String {
        let norm = small(detail.gradientNorm ?? 0), tolerance = small(detail.tolerance ?? 0)
        let restored = detail.restoresBest ? "（已恢复该轮的权重）" : ""
        switch detail.stop {
        case .solved(.leastSquaresQR):
            return "由最小二乘法精确求解（QR 分解，闭式解）；梯度范数 \(norm)。"
        case let .converged(epoch):
            return "在第 \(epoch) 轮收敛：梯度范数 \(norm) 低于容差 \(tolerance)。"
        case let .earlyStopped(epoch, best):
            return "在第 \(epoch) 轮早停；验证损失最低的是第 \(best) 轮\(restored)。"
        case let .diverged(epoch, cause):
            let advice = detail.learningRate.map { "请尝试小于 \(number($0)) 的学习率。" } ?? ""
            return "在第 \(epoch) 轮发散，原因：\(reason(cause, detail))；表格和曲线止于最后一个有限的轮次。\(advice)"
        case let .maxEpochs(epoch):
            let best = detail.bestEpoch.map { "；验证损失最低的是第 \($0) 轮\(restored)" } ?? ""
            return "达到最大轮数 \(epoch)；梯度范数 \(norm)（容差 \(tolerance)）\(best)。"
        case let .timedOut(epoch):
            return "在第 \(epoch) 轮停止：时间限制已用完。"
        case let .stalled(epoch):
            return "在第 \(epoch) 轮收敛：线搜索找不到更低的值（梯度范数 \(norm)，已是机器精度下的最小值）。"
        case .checked, .failed:
            return statusSentence(detail)
        }
    }

    private static func formulaSentence(_ detail: StatusDetail) -> String {
        let at = "(" + detail.point.map { "\($0.name) = \(number($0.value))" }.joined(separator: ", ") + ")"
        let value = number(detail.value ?? .nan), norm = small(detail.gradientNorm ?? .nan)
        switch detail.stop {
        case let .converged(step):
            return "经过 \(step) 步在 \(at) 收敛，值为 \(value)：梯度范数 \(norm) 低于容差 \(small(detail.tolerance ?? 0))。"
        case let .stalled(step):
            return "经过 \(step) 步停在 \(at)，值为 \(value)：线搜索找不到进一步的下降（梯度范数 \(norm)）。"
        case let .diverged(step, cause):
            return "在第 \(step) 步发散，原因：\(reason(cause, detail))；路径止于最后一个有限点 \(at)。"
        case let .maxEpochs(step):
            return "达到最大步数 \(step)，停在 \(at)，值为 \(value)；梯度范数 \(norm)。"
        case let .timedOut(step):
            return "经过 \(step) 步停在 \(at)：时间限制已用完。"
        case let .earlyStopped(step, _):
            return "在第 \(step) 步停止。"
        case .solved, .checked, .failed:
            return trainingSentence(detail)
        }
    }

    /// Why a run diverged: a non-finite loss (value), or the evaluation's own message (as the formula compiler
    /// wrote it).
    private static func reason(_ cause: DivergenceCause, _ detail: StatusDetail) -> String {
        switch cause {
        case .nonFinite: return detail.subject == .formula ? "值变为 NaN 或无穷大" : "损失变为 NaN 或无穷大"
        case let .failed(message): return message
        }
    }

    /// "目标列 'y' 的类别（按名称排序）：cat = 0，dog = 1。" for a CSV target of class names.
    private static func classNote(_ detail: StatusDetail) -> String {
        guard let classes = detail.classes else { return "" }
        let listed = classes.names.enumerated().map { "\($1) = \($0)" }.joined(separator: "，")
        return "目标列 '\(classes.target)' 的类别（按名称排序）：\(listed)。"
    }

    private static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }
    private static func small(_ value: Double) -> String { NumberFormat.significant(value, digits: 2) }

    /// A metric's name in Chinese: `train_`/`validation_`/`test_` and the metric (`loss`, `r2`, `accuracy`, …).
    private static func metricName(_ key: String) -> String {
        let whole = ["value": "值", "gradient_norm": "梯度范数", "distance_to_optimum": "到最优解的距离"]
        if let name = whole[key] { return name }
        let parts = ["loss": "损失", "mse": "均方误差", "rmse": "均方根误差", "mae": "平均绝对误差", "r2": "R²",
                     "accuracy": "准确率", "hamming": "汉明损失"]
        for (prefix, word) in [("train_", "训练"), ("validation_", "验证"), ("test_", "测试")] where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            return word + (parts[rest].map { ($0.first?.isASCII == true ? " " : "") + $0 } ?? " " + rest)
        }
        return key
    }
}

extension ReferenceWords {
    /// Simplified Chinese: "式 (3.2)", "图 3.1", "（Kingma & Ba，2015）", "Kingma 和 Ba（2015）"; author names as
    /// the bibliography writes them.
    public static let chinese = ReferenceWords(
        equation: { "式\u{A0}(\($0))" }, figure: { "图\u{A0}\($0)" }, figureCaption: { "图\u{A0}\($0)：" },
        heading: "参考文献", narrativeAnd: " 和 ", parentheticalAnd: " & ", etAl: " 等", noDate: "无日期",
        open: "（", close: "）", yearSeparator: "，", itemSeparator: "；", sectionLink: "本节链接", backToCitation: "返回首次引用处")
}
