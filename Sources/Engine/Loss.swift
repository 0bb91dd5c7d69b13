/// A per-sample loss on a model's raw outputs (regression values or logits).
///
/// `evaluate` returns the loss of one sample and, when `delta` is given, writes `∂loss/∂output` into it.
/// The training objective is the mean over samples (torch's `reduction='mean'`).
public protocol Loss: Sendable {
    /// Short name as written in configs (`mse`, `bce`, …).
    var name: String { get }
    /// `true` when targets are class indices.
    var isClassification: Bool { get }
    /// Number of model outputs needed for `classCount` classes (1 for regression and binary losses).
    func outputCount(classCount: Int) -> Int
    /// Loss of one sample with raw `outputs`; writes the derivative into `delta` when non-nil.
    func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double
}
