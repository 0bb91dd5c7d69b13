import Engine
import Notebook
import Output
import Results

extension ReportStrings {
    /// English, the default.
    public static let english = ReportStrings(
        tags: ["en"],
        contents: "Contents", chapters: "Chapters", previous: "Previous", next: "Next", appendix: "Appendix", home: "Course home",
        courseTitle: "Notebooks", noRuns: "no runs", allConverged: "all runs converged",
        runsFailed: { failed, total in "\(failed) of \(total) \(total == 1 ? "run" : "runs") failed" },
        runCount: { total in total == 1 ? "1 run" : "\(total) runs" },
        statusWords: StatusWords(converged: "converged", earlyStopped: "stopped early", diverged: "diverged",
                                 maxEpochs: "ran every epoch", timedOut: "ran out of time", error: "failed",
                                 checked: "checked", compare: "compared"),
        statusSentence: { statusSentence($0) },
        badgeWords: StatusWords(converged: "converged", earlyStopped: "early stopped", diverged: "diverged", maxEpochs: "ran every epoch",
                                timedOut: "timed out", error: "error", checked: "checked", compare: "compare"),
        ran: { count, subject in
            let unit = subject == .formula ? (count == 1 ? "step" : "steps") : (count == 1 ? "epoch" : "epochs")
            return "ran \(count) \(unit)"
        },
        checkFailed: "check failed", site: .english,
        run: "run", comparison: "comparison", sweepOver: { "sweep over \($0)" },
        errorCount: { $0 == 1 ? "1 error in this notebook" : "\($0) errors in this notebook" },
        footer: { "Rendered by nbrun from \($0). Every number and curve on this page was computed when the page was built." },
        metric: "metric", value: "value", parameter: "parameter", networkLayers: "network layers", epoch: "epoch", step: "step",
        trainLoss: "train loss", validationLoss: "validation loss", learningRate: "learning rate", stepLength: "step length",
        gradientNorm: "gradient norm", status: "status", epochs: "epochs", steps: "steps",
        lossTable: { "Loss table (\($0) entries, about ten shown)" }, iterates: { "Iterates (\($0) entries, about ten shown)" },
        captionObjectivePerStep: "Value of the objective per step.", captionLossPerEpoch: "Loss per epoch.",
        captionLossTrainValidation: "Loss per epoch on training and validation data.", captionFit: "Data and the fitted model.",
        captionContour: "Contour lines of the objective and the path of the iterates, starting at the marked point.",
        captionBoundary: "Decision regions of the trained model with the data.",
        captionGroupContour: "The path of every run on the contour lines of the objective.",
        captionSweep: { "\($0) for each value of \($1)." }, captionCompare: { "\($0) of the compared runs." },
        objectiveValue: "Value of the objective", trainingLoss: "Training loss",
        chartLossPerEpoch: { "\($0): loss per epoch" }, chartValuePerStep: { "\($0): value per step" },
        chartFit: "fitted model", chartBoundary: "decision regions", chartCompareLoss: "training loss of each run",
        chartCompareObjective: "value of the objective for each run", chartContour: "contours of the objective with the optimizer's path",
        axisLoss: "loss", axisTrainingLoss: "training loss", legendTrain: "train", legendValidation: "validation",
        legendTrainingData: "training data", legendValidationData: "validation data", legendModel: "model", legendStart: "start",
        metricName: { $0.replacingOccurrences(of: "_", with: " ") },
        bestEpoch: { "best epoch \($0)" },
        trainingValidationLoss: "Training (solid) and validation (dashed) loss",
        chartCompareLossValidation: "training (solid) and validation (dashed) loss of each run",
        validationCurve: { "\($0) (validation)" }, sameAs: { "\($0) (same as \($1))" },
        captionMultiplesFit: "The fitted model of each run.", captionMultiplesBoundary: "The decision regions of each run.",
        captionGrid: { "Final \($0) of every combination." },
        checksPassed: { $0 == 1 ? "1 check passed" : "\($0) checks passed" },
        callout: { kind in
            switch kind {
            case .note: "Note"
            case .tip: "Tip"
            case .important: "Important"
            case .warning: "Warning"
            case .caution: "Caution"
            }
        },
        footnoteBackLink: "Back to content",
        notRun: ("Not run: it depends on ", ", which failed (its error is shown there)."),
        pythonSection: "Python",
        pythonHint: "Runs with nbrun_runtime.py, which the notebook's --to py and --to ipynb exports write beside them (numpy, PyTorch, matplotlib).",
        references: .english,
        optimum: .english,
        crossValidation: .english
    )

    /// A run's status in English: what ended it and the facts that matter (tolerance, final gradient norm, best
    /// epoch, solver, divergence cause and advice, a CSV target's classes).
    private static func statusSentence(_ detail: StatusDetail) -> String {
        switch detail.stop {
        case .checked: return detail.subject == .formula ? "Checked; not run (--check)." : "Checked; not trained (--check)."
        case let .failed(message): return message
        default: return detail.subject == .formula ? formulaSentence(detail) : trainingSentence(detail) + classNote(detail)
        }
    }

    private static func trainingSentence(_ detail: StatusDetail) -> String {
        let norm = small(detail.gradientNorm ?? 0), tolerance = small(detail.tolerance ?? 0)
        let restored = detail.restoresBest ? " (its weights restored)" : ""
        switch detail.stop {
        case .solved(.leastSquaresQR):
            return "Solved exactly by least squares (QR factorization, closed form); gradient norm \(norm)."
        case let .converged(epoch):
            return "Converged at epoch \(epoch): gradient norm \(norm) fell below the tolerance \(tolerance)."
        case let .earlyStopped(epoch, best):
            return "Stopped early at epoch \(epoch); the best validation loss was at epoch \(best)\(restored)."
        case let .diverged(epoch, cause):
            let advice = detail.learningRate.map { " Try a smaller learning rate than \(number($0))." } ?? ""
            return "Diverged at epoch \(epoch) because \(reason(cause, detail)); the table and curve stop at the last finite epoch.\(advice)"
        case let .maxEpochs(epoch):
            let best = detail.bestEpoch.map { "; the best validation loss was at epoch \($0)\(restored)" } ?? ""
            return "Reached the maximum of \(epoch) epochs; gradient norm \(norm) (tolerance \(tolerance))\(best)."
        case let .timedOut(epoch):
            return "Stopped at epoch \(epoch): the time limit ran out."
        case let .stalled(epoch):
            return "Converged at epoch \(epoch): the line search found no lower value (gradient norm \(norm), the minimum to machine precision)."
        case .checked, .failed:
            return statusSentence(detail)
        }
    }

    private static func formulaSentence(_ detail: StatusDetail) -> String {
        let at = "(" + detail.point.map { "\($0.name) = \(number($0.value))" }.joined(separator: ", ") + ")"
        let value = number(detail.value ?? .nan), norm = small(detail.gradientNorm ?? .nan)
        func steps(_ count: Int) -> String { count == 1 ? "1 step" : "\(count) steps" }
        switch detail.stop {
        case let .converged(step):
            return "Converged after \(steps(step)) at \(at) with value \(value): gradient norm \(norm) below the tolerance \(small(detail.tolerance ?? 0))."
        case let .stalled(step):
            return "Stopped after \(steps(step)) at \(at) with value \(value): the line search found no further decrease (gradient norm \(norm))."
        case let .diverged(step, cause):
            return "Diverged at step \(step) because \(reason(cause, detail)); the path stops at the last finite point \(at)."
        case let .maxEpochs(step):
            return "Reached the maximum of \(step) steps at \(at) with value \(value); gradient norm \(norm)."
        case let .timedOut(step):
            return "Stopped after \(steps(step)) at \(at): the time limit ran out."
        case let .earlyStopped(step, _):
            return "Stopped at step \(step)."
        case .solved, .checked, .failed:
            return trainingSentence(detail)
        }
    }

    /// Why a run diverged: a non-finite loss (value), or the evaluation's own message.
    private static func reason(_ cause: DivergenceCause, _ detail: StatusDetail) -> String {
        switch cause {
        case .nonFinite: return detail.subject == .formula ? "the value became NaN or infinite" : "the loss became NaN or infinite"
        case let .failed(message): return message
        }
    }

    /// " Classes of 'y' (sorted by name): cat = 0, dog = 1." for a CSV target of class names.
    private static func classNote(_ detail: StatusDetail) -> String {
        guard let classes = detail.classes else { return "" }
        let listed = classes.names.enumerated().map { "\($1) = \($0)" }.joined(separator: ", ")
        return " Classes of '\(classes.target)' (sorted by name): \(listed)."
    }

    private static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 4) }
    private static func small(_ value: Double) -> String { NumberFormat.significant(value, digits: 2) }
}

extension ReferenceWords {
    /// English: "Equation 3.2", "Figure 3.1", "(Kingma & Ba, 2015)", "Kingma and Ba (2015)"; a no-break space
    /// keeps the word and its number on one line.
    public static let english = ReferenceWords(
        equation: { "Equation\u{A0}\($0)" }, figure: { "Figure\u{A0}\($0)" }, figureCaption: { "Figure\u{A0}\($0): " },
        heading: "References", narrativeAnd: " and ", parentheticalAnd: " & ", etAl: " et al.", noDate: "n.d.",
        open: "(", close: ")", yearSeparator: ", ", itemSeparator: "; ")
}
