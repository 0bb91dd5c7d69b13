import Notebook

/// Words the report writes for the reader.
enum ReportWords {
    /// A run status as a word in a sentence: `converged`, `stopped early`, `diverged`, …
    static func status(_ raw: String) -> String {
        switch RunStatus(rawValue: raw) {
        case .converged?: return "converged"
        case .earlyStopped?: return "stopped early"
        case .diverged?: return "diverged"
        case .maxEpochs?: return "reached the epoch limit"
        case .timedOut?: return "ran out of time"
        case .error?: return "failed"
        case .checked?: return "checked"
        case nil: return raw
        }
    }
}
