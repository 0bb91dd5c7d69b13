/// Training with a first-order `Optimizer` as an `IterativeProcess`: one step is one epoch of (mini-)batches.
///
/// Each epoch draws batches from a seeded shuffle (full-batch runs use the rows in order) and applies the update
/// (after the gradient clipping, if any) and the L1 proximal step after every batch, at the scheduled rate of that
/// epoch. An entry is one evaluation
/// pass over the training rows (loss and gradient together) plus the validation loss; a deterministic full
/// batch reuses that gradient for the next epoch's update instead of computing it twice.
public struct MiniBatchProcess<Method: Optimizer>: IterativeProcess {
    /// The objective on the training data.
    public let objective: TrainingObjective
    /// Held-out data, if any.
    public let validation: Dataset?
    /// Initial learning rate, schedule and batch size come from here.
    public let settings: TrainingSettings
    /// The update rule and its state.
    public private(set) var optimizer: Method
    /// The current parameters.
    public private(set) var point: [Double]
    private var generator: SeededGenerator
    private var epoch = 0
    /// The full-batch gradient at `point` from the last `evaluate` (empty before it).
    private var fullGradient: [Double] = []
    /// The current batch's gradient and the passes' block buffers, reused by every batch.
    private var batchGradient: [Double] = []
    private var workspace: PassWorkspace

    /// Starts from `start`, or from the model's initial parameters drawn from the settings' seed.
    public init(objective: TrainingObjective, validation: Dataset?, settings: TrainingSettings, optimizer: Method,
                start: [Double]? = nil) {
        self.objective = objective
        self.validation = validation
        self.settings = settings
        self.optimizer = optimizer
        generator = SeededGenerator(seed: settings.seed)
        workspace = PassWorkspace(model: objective.model)
        point = start ?? objective.model.initialParameters(generator: &generator)
    }

    /// The scheduled rate of the epoch that starts from the current entry.
    public var pendingRate: Double { settings.schedule.learningRate(epoch: epoch, initial: settings.learningRate) }

    private var rowCount: Int { objective.data.count }
    private var batchSize: Int { min(max(settings.batchSize ?? rowCount, 1), max(rowCount, 1)) }

    /// Loss, objective, validation loss and gradient norm at `point` (the norm with L1 at the pending rate); throws
    /// `DeadlineExceeded` when the settings' deadline passes during the passes.
    public mutating func evaluate(epoch: Int) throws -> IterationEntry? {
        self.epoch = epoch
        guard point.allSatisfy({ $0.isFinite }) else { return nil }
        let deadline = settings.deadline
        let trainLoss = try objective.smoothGradient(point, rows: .all(rowCount), training: false, into: &fullGradient,
                                                     workspace: &workspace, generator: &generator, limit: deadline)
        let validationLoss = try validation.map { (data) throws(DeadlineExceeded) in
            try objective.dataLoss(point, on: data, workspace: &workspace, limit: deadline)
        }
        let value = trainLoss + objective.regularization.penalty(point, penalized: objective.penalized)
        let norm = objective.stationarity(point, gradient: fullGradient, learningRate: pendingRate)
        guard trainLoss.isFinite, value.isFinite, norm.isFinite, validationLoss?.isFinite ?? true else { return nil }
        return IterationEntry(trainLoss: trainLoss, validationLoss: validationLoss, objective: value, gradientNorm: norm)
    }

    /// One epoch of batches; `.interrupted` when the deadline passes mid-epoch. It is checked between batches once
    /// `Model.rowsPerCheck` rows have run since the last check, and inside a batch larger than that, so neither a
    /// tiny batch nor a huge one changes how often the clock is read per row. A batch is a slice of the epoch's
    /// permutation and its gradient goes into a reused buffer, so batches allocate nothing.
    public mutating func advance(deadline: Deadline?) throws -> IterationStep {
        let rate = pendingRate, n = rowCount, batch = batchSize, every = objective.model.rowsPerCheck
        let order = batch >= n ? nil : generator.permutation(n)
        let reuse = batch >= n && !objective.model.isStochastic && fullGradient.count == point.count
        var rowsSinceCheck = 0
        for (index, start) in stride(from: 0, to: n, by: batch).enumerated() {
            if rowsSinceCheck >= every {
                if deadline?.hasPassed == true { return .interrupted }
                rowsSinceCheck = 0
            }
            if index == 0 && reuse {
                settings.clipping?.apply(&fullGradient)  // recomputed by the next evaluation
                optimizer.step(&point, gradient: fullGradient, learningRate: rate)
            } else {
                let rows = order.map { RowSelection(order: $0, positions: start..<min(start + batch, n)) } ?? .all(n)
                do throws(DeadlineExceeded) {
                    _ = try objective.smoothGradient(point, rows: rows, training: true, into: &batchGradient,
                                                     workspace: &workspace, generator: &generator, limit: deadline)
                } catch { return .interrupted }
                settings.clipping?.apply(&batchGradient)
                optimizer.step(&point, gradient: batchGradient, learningRate: rate)
                rowsSinceCheck += rows.count
            }
            objective.regularization.proximalStep(&point, penalized: objective.penalized, learningRate: rate)
            if !point.allSatisfy({ $0.isFinite }) { break }
        }
        return .moved(rate: rate)
    }
}
