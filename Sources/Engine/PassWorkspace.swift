/// Buffers a training process reuses for every pass over its rows: per block of `RowBlocks.standardSize` rows, a
/// gradient sum, a loss and the model's scratch memory. Once grown to the largest pass, a mini-batch or an epoch
/// allocates nothing.
public struct PassWorkspace: Sendable {
    /// `parameterCount` doubles per block.
    var gradients: [Double] = []
    /// One loss sum per block.
    var losses: [Double] = []
    /// `scratchCount` doubles per block (at least one in all).
    var scratch: [Double] = []
    /// θ's size and the model's scratch size per block.
    let parameterCount: Int, scratchCount: Int

    /// Empty buffers sized for `model`; they grow on first use.
    public init(model: any Model) {
        parameterCount = model.parameterCount
        scratchCount = model.scratchCount
    }

    /// Grows the buffers to hold `blocks` blocks.
    mutating func reserve(blocks: Int) {
        guard losses.count < blocks else { return }
        gradients = [Double](repeating: 0, count: blocks * parameterCount)
        losses = [Double](repeating: 0, count: blocks)
        scratch = [Double](repeating: 0, count: max(blocks * scratchCount, 1))
    }
}
