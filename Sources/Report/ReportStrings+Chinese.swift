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
        statusWords: StatusWords(converged: "已收敛", earlyStopped: "已早停", diverged: "已发散", maxEpochs: "达到最大轮数",
                                 timedOut: "超时", error: "失败", checked: "已检查", compare: "已比较"),
        statusSentence: { statusSentence($0) },
        badgeWords: StatusWords(converged: "收敛", earlyStopped: "早停", diverged: "发散", maxEpochs: "最大轮数",
                                timedOut: "超时", error: "错误", checked: "已检查", compare: "比较"),
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
        pythonSection: "Python 代码",
        pythonHint: "在本笔记本 --to py 导出文件的前导代码之后运行（numpy、PyTorch、scikit-learn）。"
    )

    /// A run's status as a Chinese sentence, built from its typed result (the runner's line is English).
    private static func statusSentence(_ run: RunResult) -> String {
        let unit = run.history.path != nil ? "步" : "轮"
        let last = run.history.epoch.last ?? 0
        let norm = run.history.gradientNorm.last.map { "；梯度范数 " + NumberFormat.significant($0, digits: 2) } ?? ""
        let best = run.bestEpoch.map { "；验证损失最低的是第 \($0) 轮" } ?? ""
        switch run.status {
        case .converged where run.config["optimizer"]?["name"] == .string("closed_form"):
            return "由正规方程精确求解（闭式解）\(norm)。"
        case .converged: return "在第 \(last) \(unit)收敛\(norm)，低于容差。"
        case .earlyStopped: return "在第 \(last) 轮早停\(best)。"
        case .diverged: return "在第 \(last) \(unit)发散；表格和曲线止于最后一个有限值。"
        case .maxEpochs: return "达到最大\(unit)数 \(last)\(norm)\(best)。"
        case .timedOut: return "在第 \(last) \(unit)因超时停止。"
        case .error: return run.statusLine
        case .checked: return "已检查，未训练（--check）。"
        }
    }

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
