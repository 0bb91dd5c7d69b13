/// Work over rows that is generic over the loss, so the compiler emits a copy specialized for each loss type, with
/// the per-sample loss inlined into the row loop instead of called through `any Loss`.
protocol LossGenericWork {
    /// What the work returns.
    associatedtype Output
    /// The work with the loss as the concrete type `L`.
    func run<L: Loss>(_ loss: L) -> Output
}

extension LossGenericWork {
    /// `run` with the built-in losses as their concrete types (specialized copies); any other loss is opened as
    /// its dynamic type (an unspecialized copy, still correct).
    func run(specializing loss: any Loss) -> Output {
        switch loss {
        case let loss as MSELoss: return run(loss)
        case let loss as BCELoss: return run(loss)
        case let loss as CrossEntropyLoss: return run(loss)
        case let loss as MAELoss: return run(loss)
        case let loss as HuberLoss: return run(loss)
        case let loss as HingeLoss: return run(loss)
        default: return run(loss)
        }
    }
}
