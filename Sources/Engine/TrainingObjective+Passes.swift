extension TrainingObjective {
    /// Summed loss of `parameters` over `rows` of `dataset`; with `gradient`, writes the summed gradient into it.
    ///
    /// The rows split into blocks of `RowBlocks.standardSize`; each block is summed row by row into its own
    /// buffers on up to `RowBlocks.threadCount` threads, then the blocks are added in block order, so the result
    /// has the same bits for any thread count. A training pass of a stochastic model (dropout) draws its masks
    /// from `generator` in row order, so it runs as one sequence. `limit` is checked before every block and inside
    /// the model's pass every `Model.rowsPerCheck` rows; the sums never depend on it.
    func summedLoss<Limit: WorkLimit>(_ parameters: [Double], on dataset: Dataset, rows: RowSelection, training: Bool,
                                      gradient: UnsafeMutableBufferPointer<Double>?, workspace: inout PassWorkspace,
                                      generator: inout SeededGenerator, limit: Limit) throws(Limit.Failure) -> Double {
        let blocks = training && model.isStochastic ? 1 : RowBlocks.blockCount(count: rows.count)
        workspace.reserve(blocks: max(blocks, 1))
        let model = self.model, loss = self.loss, p = workspace.parameterCount, s = workspace.scratchCount
        return try parameters.withUnsafeBufferPointer { (theta) throws(Limit.Failure) in
            try workspace.scratch.withUnsafeMutableBufferPointer { (scratch) throws(Limit.Failure) in
                if blocks <= 1 {
                    gradient?.update(repeating: 0)
                    return try model.accumulateLoss(features: dataset.features, targets: dataset.targets, rows: rows,
                                                    parameters: theta, loss: loss, training: training,
                                                    gradient: gradient?.baseAddress, scratch: scratch.baseAddress!,
                                                    generator: &generator, limit: limit)
                }
                return try workspace.gradients.withUnsafeMutableBufferPointer { (sums) throws(Limit.Failure) in
                    try workspace.losses.withUnsafeMutableBufferPointer { (losses) throws(Limit.Failure) in
                        try RowBlocks.forEach(count: rows.count, limit: limit) { (index, range) throws(Limit.Failure) in
                            var unused = SeededGenerator(seed: 0)
                            let blockGradient = gradient == nil ? nil : sums.baseAddress! + index * p
                            blockGradient?.update(repeating: 0, count: p)
                            losses[index] = try model.accumulateLoss(
                                features: dataset.features, targets: dataset.targets, rows: rows.part(range),
                                parameters: theta, loss: loss, training: training, gradient: blockGradient,
                                scratch: scratch.baseAddress! + index * s, generator: &unused, limit: limit)
                        }
                        return Self.combine(blocks: blocks, losses: losses, sums: sums, into: gradient, count: p)
                    }
                }
            }
        }
    }

    /// Summed loss with no time limit.
    func summedLoss(_ parameters: [Double], on dataset: Dataset, rows: RowSelection, training: Bool,
                    gradient: UnsafeMutableBufferPointer<Double>?, workspace: inout PassWorkspace,
                    generator: inout SeededGenerator) -> Double {
        summedLoss(parameters, on: dataset, rows: rows, training: training, gradient: gradient, workspace: &workspace,
                   generator: &generator, limit: Unlimited())
    }

    /// The blocks' losses and gradient sums added in block order; the total loss is returned.
    private static func combine(blocks: Int, losses: UnsafeMutableBufferPointer<Double>,
                                sums: UnsafeMutableBufferPointer<Double>, into gradient: UnsafeMutableBufferPointer<Double>?,
                                count p: Int) -> Double {
        var total = losses[0]
        if let target = gradient?.baseAddress { target.update(from: sums.baseAddress!, count: p) }
        for index in 1..<blocks {
            total += losses[index]
            if let target = gradient?.baseAddress { VectorKernels.add(sums.baseAddress! + index * p, to: target, count: p) }
        }
        return total
    }
}
