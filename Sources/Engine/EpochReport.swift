/// What the iteration driver reports after recording each entry, for a progress display: the entry's epoch, the
/// epoch limit and the training loss.
public struct EpochReport: Equatable, Sendable {
    /// The entry's epoch (0 before the first step).
    public var epoch: Int
    /// The run's epoch limit.
    public var epochs: Int
    /// The training loss at that entry.
    public var trainLoss: Double

    /// Creates a report.
    public init(epoch: Int, epochs: Int, trainLoss: Double) {
        self.epoch = epoch
        self.epochs = epochs
        self.trainLoss = trainLoss
    }
}
