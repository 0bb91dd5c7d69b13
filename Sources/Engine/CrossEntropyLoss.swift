import Foundation

/// Softmax cross-entropy on k logits with a class index target (torch `CrossEntropyLoss`, mean reduction).
///
/// `log pₖ = zₖ − m − log Σⱼ e^{zⱼ − m}` with `m = maxⱼ zⱼ` (log-sum-exp, no overflow); loss `−log p_y`;
/// derivative `p − onehot(y)`; second derivative `diag(p) − p pᵀ`.
public struct CrossEntropyLoss: Loss, TwiceDifferentiableLoss {
    /// Creates the loss.
    public init() {}
    /// `cross_entropy`.
    public var name: String { "cross_entropy" }
    /// Classification.
    public var isClassification: Bool { true }
    /// One logit per class (at least two).
    public func outputCount(classCount: Int) -> Int { max(classCount, 2) }

    /// `−log softmax(z)_y` and its derivative `softmax(z) − onehot(y)`, with one exponential per logit
    /// (`pⱼ = e^{zⱼ−m} / Σ e^{z−m}`).
    public func evaluate(outputs: UnsafeBufferPointer<Double>, target: Double, delta: UnsafeMutableBufferPointer<Double>?) -> Double {
        let k = outputs.count, label = Int(target)
        var m = -Double.infinity
        for j in 0..<k { m = max(m, outputs[j]) }
        var sum = 0.0
        for j in 0..<k {
            let e = exp(outputs[j] - m)
            delta?[j] = e
            sum += e
        }
        if let delta {
            for j in 0..<k { delta[j] = delta[j] / sum - (j == label ? 1 : 0) }
        }
        return -(outputs[label] - m - log(sum))
    }

    /// `diag(p) − p pᵀ`.
    public func outputHessian(outputs: UnsafeBufferPointer<Double>, target: Double, into hessian: UnsafeMutableBufferPointer<Double>) {
        let k = outputs.count
        var m = -Double.infinity
        for j in 0..<k { m = max(m, outputs[j]) }
        var p = [Double](repeating: 0, count: k)
        var sum = 0.0
        for j in 0..<k {
            p[j] = exp(outputs[j] - m)
            sum += p[j]
        }
        for j in 0..<k { p[j] /= sum }
        for a in 0..<k {
            for b in 0..<k { hessian[a * k + b] = (a == b ? p[a] : 0) - p[a] * p[b] }
        }
    }
}
