/// Hinge loss of a linear SVM on raw scores (sklearn `hinge_loss`).
///
/// Binary (one score f, class 0/1 mapped to y = −1/+1): `max(0, 1 − y·f)`, derivative `−y` where the margin is
/// violated. Multiclass (k scores, Crammer–Singer): margin `f_y − max_{j≠y} f_j`, loss `max(0, 1 − margin)`,
/// derivative −1 on `f_y` and +1 on the strongest wrong class where violated.
public struct HingeLoss: Loss {
    /// Creates the loss.
    public init() {}
    /// `hinge`.
    public var name: String { "hinge" }
    /// Classification.
    public var isClassification: Bool { true }
    /// One score for two classes, one per class otherwise.
    public func outputCount(classCount: Int) -> Int { classCount <= 2 ? 1 : classCount }

    /// The hinge value and a subgradient (0 exactly on the hinge, as sklearn's SGDClassifier).
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        if outputs.count == 1 {
            let y = target > 0.5 ? 1.0 : -1.0
            let slack = 1 - y * outputs[0]
            delta?[0] = slack > 0 ? -y : 0
            return max(slack, 0)
        }
        let label = Int(target)
        var rival = -1
        for j in 0..<outputs.count where j != label && (rival < 0 || outputs[j] > outputs[rival]) { rival = j }
        let slack = 1 - (outputs[label] - outputs[rival])
        if let delta {
            for j in 0..<outputs.count { delta[j] = 0 }
            if slack > 0 {
                delta[label] = -1
                delta[rival] = 1
            }
        }
        return max(slack, 0)
    }
}
