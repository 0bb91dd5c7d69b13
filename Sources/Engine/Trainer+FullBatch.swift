extension Trainer {
    /// Trains with a full-batch line-search or second-order method (newton, cg, lbfgs) on the smooth objective:
    /// one epoch = one iteration of `method` on all training rows, in evaluation mode (no dropout).
    ///
    /// The learning-rate column records the accepted step length α of each iteration (entry 0: 0). Early stopping,
    /// convergence, divergence and the deadline behave as in `train(optimizer:)`; an error thrown while evaluating ends the run
    /// as diverged with its description. L1 is refused (it is not differentiable at 0; use gd, which applies it
    /// as a proximal step).
    public func train(method: any SearchMethod, start: [Double]? = nil) throws -> TrainingResult {
        guard objective.regularization.l1 == 0 else {
            throw EngineError.invalidSetting("an L1 penalty is not differentiable at 0, so line-search methods cannot handle it; use gd, which applies L1 as a proximal step")
        }
        var method = method
        var generator = SeededGenerator(seed: settings.seed)
        let function = TrainingFunction(objective)
        var history = History(withValidation: validation != nil)
        var monitor = settings.earlyStopping?.monitor()
        let theta = start ?? objective.model.initialParameters(generator: &generator)
        var current: Iterate
        do { current = try function.iterate(at: theta) } catch {
            return TrainingResult(history: history, status: .diverged(epoch: 0, reason: "\(error)"), parameters: theta)
        }
        guard current.isFinite, record(theta, epoch: 0, rate: 0, into: &history, generator: &generator) else {
            return TrainingResult(history: history, status: .diverged(epoch: 0, reason: reasonNonFinite), parameters: theta)
        }
        if converged(history) { return TrainingResult(history: history, status: .converged(epoch: 0), parameters: theta) }
        for epoch in 1...max(settings.epochs, 1) where settings.epochs > 0 {
            if timeIsUp { return finish(.timedOut(epoch: epoch - 1), history, current.point, monitor) }
            let next: Iterate?
            do { next = try method.advance(function, from: current) } catch {
                return finish(.diverged(epoch: epoch, reason: "\(error)"), history, current.point, nil)
            }
            guard let next else { return finish(.stalled(epoch: epoch - 1), history, current.point, monitor) }
            guard next.isFinite, record(next.point, epoch: epoch, rate: next.stepLength, into: &history, generator: &generator) else {
                return finish(.diverged(epoch: epoch, reason: reasonNonFinite), history, current.point, nil)
            }
            current = next
            if converged(history) { return finish(.converged(epoch: epoch), history, current.point, monitor) }
            if let validationLoss = history.validationLoss?.last,
               monitor?.observe(epoch: epoch, loss: validationLoss, parameters: current.point) == true {
                return finish(.earlyStopped(epoch: epoch, bestEpoch: monitor?.bestEpoch ?? epoch), history, current.point, monitor)
            }
        }
        return finish(.maxEpochs(epoch: settings.epochs), history, current.point, monitor)
    }
}
