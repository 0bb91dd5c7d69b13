import Notebook
import Results

/// The report's own words in one language: navigation, the landing page, run statuses, table headers, chart
/// titles, axes and legends. Every language fills every field (the compiler checks it); numbers stay locale-free.
///
/// Adding a language is one file, `ReportStrings+NAME.swift`, declaring a `static let` table, plus its entry in
/// `ReportStrings.languages`.
public struct ReportStrings: Sendable {
    /// Language tags this table serves, lower-case; a tag matches when it equals one or starts with it plus `-`.
    public var tags: [String]
    /// Navigation: the page's own table of contents, the chapter list, previous and next.
    public var contents, chapters, previous, next, appendix, home: String
    /// The landing page: the generated title, the chapter heading, and run-status summaries.
    public var courseTitle, noRuns, allConverged: String
    /// `n` runs of which `failed` failed, as a landing-page status: "2 of 5 runs failed".
    public var runsFailed: @Sendable (_ failed: Int, _ total: Int) -> String
    /// `n` runs in total with their statuses, when none failed: "5 runs: 4 converged, 1 ran every epoch".
    public var runCount: @Sendable (_ total: Int) -> String
    /// Run statuses as words in a sentence (`stopped early`), used by inline values.
    public var statusWords: StatusWords
    /// The sentence under a run's header (and the JSON's `status_line`), written from the facts of how it ended.
    public var statusSentence: @Sendable (_ detail: StatusDetail) -> String
    /// Run statuses on badges and in comparison tables (`early stopped`).
    public var badgeWords: StatusWords
    /// The neutral badge of a run that did every planned epoch (step): "ran 300 epochs", "ran 40 steps".
    public var ran: @Sendable (_ count: Int, _ subject: StatusDetail.Subject) -> String
    /// The badge of a run whose `expect:` checks did not all hold.
    public var checkFailed: String
    /// The course site's own words: downloads, source links, languages, 404 and print pages.
    public var site: SiteStrings
    /// Run kinds in a run's header.
    public var run, comparison: String
    /// "sweep over lr".
    public var sweepOver: @Sendable (_ key: String) -> String
    /// Error summaries and the page footer.
    public var errorCount: @Sendable (_ count: Int) -> String
    /// "Rendered by nbrun from gd.md. …".
    public var footer: @Sendable (_ fileName: String) -> String
    /// Table headers.
    public var metric, value, parameter, networkLayers, epoch, step, trainLoss, validationLoss, learningRate,
               stepLength, gradientNorm, status, epochs, steps: String
    /// Loss-table summaries: "Loss table (101 entries, about ten shown)".
    public var lossTable, iterates: @Sendable (_ entries: Int) -> String
    /// Figure captions.
    public var captionObjectivePerStep, captionLossPerEpoch, captionLossTrainValidation, captionFit, captionContour,
               captionBoundary, captionGroupContour: String
    /// "Training loss for each value of lr." / "… of the compared runs."
    public var captionSweep: @Sendable (_ what: String, _ key: String) -> String
    /// "Training loss of the compared runs."
    public var captionCompare: @Sendable (_ what: String) -> String
    /// Subjects of group captions.
    public var objectiveValue, trainingLoss: String
    /// Chart titles, axes and legends.
    public var chartLossPerEpoch, chartValuePerStep: @Sendable (_ run: String) -> String
    /// Chart titles.
    public var chartFit, chartBoundary, chartCompareLoss, chartCompareObjective, chartContour: String
    /// Axis labels and legend names.
    public var axisLoss, axisTrainingLoss, legendTrain, legendValidation, legendTrainingData, legendValidationData,
               legendModel, legendStart: String
    /// A metric's name in a table (`train_loss` → "train loss").
    public var metricName: @Sendable (_ key: String) -> String
    /// "best epoch 12" on a loss curve.
    public var bestEpoch: @Sendable (_ epoch: Int) -> String
    /// Comparisons with held-out data: caption subject, chart title, and a validation curve's legend name.
    public var trainingValidationLoss, chartCompareLossValidation: String
    /// "dropout (validation)".
    public var validationCurve: @Sendable (_ run: String) -> String
    /// "twin (same as plain)": a curve identical to an earlier one.
    public var sameAs: @Sendable (_ name: String, _ twin: String) -> String
    /// Captions of small multiples and of a grid sweep's table ("Final validation loss of every combination.").
    public var captionMultiplesFit, captionMultiplesBoundary: String
    public var captionGrid: @Sendable (_ metric: String) -> String
    /// "3 checks passed" under a run whose `expect:` held.
    public var checksPassed: @Sendable (_ count: Int) -> String
    /// A callout's title (`> [!NOTE]` → "Note").
    public var callout: @Sendable (_ kind: Callout) -> String
    /// The accessible name of a footnote's link back to where it is referenced.
    public var footnoteBackLink: String
    /// "Not run: it depends on fit, which failed." where a block or a value would be, when the run it needs failed
    /// (the name is the link to the failed block, inserted by the caller between `before` and `after`).
    public var notRun: (before: String, after: String)
    /// The collapsed section with a run's Python, and the hint in it.
    public var pythonSection, pythonHint: String
    /// Cross-references and citations.
    public var references: ReferenceWords
    /// The distance-to-optimum and loss-gap charts.
    public var optimum: OptimumWords
    /// The k-fold cross-validation table.
    public var crossValidation: CrossValidationWords

    /// The tables, in the order tags are tried.
    public static let languages: [ReportStrings] = [.english, .chinese]

    /// The table for a page or course `lang`; English when no table serves the tag.
    public static func forLanguage(_ lang: String) -> ReportStrings {
        let tag = lang.lowercased()
        return languages.first { $0.tags.contains { tag == $0 || tag.hasPrefix($0 + "-") } } ?? .english
    }

}

/// One word or phrase per run status, and one for a comparison's badge.
public struct StatusWords: Sendable {
    /// Words for each `RunStatus`, and `compare` for a comparison cell.
    public var converged, earlyStopped, diverged, maxEpochs, timedOut, error, checked, compare: String

    /// The word for a raw status (`RunStatus.rawValue` or `compare`); an unknown value as written.
    public func callAsFunction(_ raw: String) -> String {
        switch RunStatus(rawValue: raw) {
        case .converged?: return converged
        case .earlyStopped?: return earlyStopped
        case .diverged?: return diverged
        case .maxEpochs?: return maxEpochs
        case .timedOut?: return timedOut
        case .error?: return error
        case .checked?: return checked
        case nil: return raw == "compare" ? compare : raw
        }
    }
}
