/// A `SearchMethod` (newton, cg, lbfgs, or a first-order method as `FirstOrderMethod`) on a
/// `DifferentiableFunction` as an `IterativeProcess`: one step is one iteration of the method.
///
/// `recorder` turns an evaluated point into a history entry: for a formula, its value and gradient norm (and the
/// point, for the path); for training, the data losses on training and validation data.
public struct LineSearchProcess<Method: SearchMethod>: IterativeProcess {
    /// The function minimized.
    public let function: any DifferentiableFunction
    /// The iteration rule and its state.
    public private(set) var method: Method
    private let recorder: (Iterate) throws -> IterationEntry?
    private let start: [Double]
    private var current: Iterate?
    private var lastStep = 0.0

    /// Starts at `start`; `recorder` makes the entry of each finite iterate (`nil` when it is not finite).
    public init(function: any DifferentiableFunction, method: Method, start: [Double],
                recorder: @escaping (Iterate) throws -> IterationEntry?) {
        self.function = function
        self.method = method
        self.start = start
        self.recorder = recorder
    }

    /// The current iterate's point (the start before the first evaluation).
    public var point: [Double] { current?.point ?? start }

    /// The method's planned rate (first-order methods), else the previous accepted step length (0 at first).
    public var pendingRate: Double { method.plannedStepLength ?? lastStep }

    /// Evaluates the start (on the first call); every later iterate was evaluated by the step that reached it.
    public mutating func evaluate(epoch: Int) throws -> IterationEntry? {
        if current == nil { current = try function.iterate(at: start) }
        guard let current, current.isFinite else { return nil }
        return try recorder(current)
    }

    /// One iteration; `.stalled` when the method finds no lower value.
    public mutating func advance(deadline: Deadline?) throws -> IterationStep {
        guard let from = current, let next = try method.advance(function, from: from) else { return .stalled }
        current = next
        lastStep = next.stepLength
        return .moved(rate: next.stepLength)
    }
}

extension SearchMethod {
    /// `nil`: a line search finds its step length while stepping.
    public var plannedStepLength: Double? { nil }
}
