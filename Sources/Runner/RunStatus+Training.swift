import Engine
import Notebook
import Results

extension RunStatus {
    /// The report's status of an engine outcome (a stalled line search counts as converged).
    init(_ status: TrainingStatus) {
        switch status {
        case .converged, .stalled: self = .converged
        case .earlyStopped: self = .earlyStopped
        case .diverged: self = .diverged
        case .maxEpochs: self = .maxEpochs
        case .timedOut: self = .timedOut
        }
    }
}
