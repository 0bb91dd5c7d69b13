import Engine
import XCTest

/// `lr[e]` is the rate of the step that starts from history entry e, for every optimizer and every kind of run.
final class LearningRateColumnTests: XCTestCase {
    private let schedule = Schedule.step(every: 3, gamma: 0.5)
    private let firstOrder: [(String, any Optimizer)] = [
        ("gd", GradientDescent()), ("momentum", Momentum(momentum: 0.9)), ("nesterov", Momentum(momentum: 0.9, nesterov: true)),
        ("adagrad", Adagrad()), ("rmsprop", RMSprop()), ("adam", Adam()),
        ("adamw", Adam(decoupledWeightDecay: 0.01, penalized: [true, false])),
    ]

    private func regression() -> TrainingObjective {
        let data = DataGenerator.linear(count: 30, weights: [2], bias: 1, noise: 0.3, seed: 5)
        return TrainingObjective(model: LinearModel(inputs: 1), loss: MSELoss(), regularization: Regularization(l2: 0.01), data: data)
    }

    private func scheduled(_ count: Int, initial: Double) -> [Double] {
        (0..<count).map { schedule.learningRate(epoch: $0, initial: initial) }
    }

    func testFirstOrderTrainingRecordsTheScheduledRateOfTheEpochThatStartsFromEachEntry() {
        for (name, optimizer) in firstOrder + [("sgd", GradientDescent())] {
            let settings = TrainingSettings(epochs: 7, learningRate: 0.05, tolerance: 0, batchSize: name == "sgd" ? 1 : nil,
                                            schedule: schedule)
            let result = Trainer(objective: regression(), validation: nil, settings: settings).train(optimizer: optimizer)
            XCTAssertEqual(result.history.learningRate, scheduled(8, initial: 0.05), name)
            XCTAssertEqual(result.history.learningRate[2], 0.05, name)
            XCTAssertEqual(result.history.learningRate[3], 0.025, "\(name): the rate halves at the step from entry 3")
        }
    }

    func testTheFirstEntrysRateIsTheRateOfTheFirstStep() throws {
        let objective = regression()
        let settings = TrainingSettings(epochs: 1, learningRate: 0.05, tolerance: 0, schedule: schedule)
        let result = Trainer(objective: objective, validation: nil, settings: settings).train(optimizer: GradientDescent())
        let gradient = try TrainingFunction(objective).gradient([0, 0])
        let expected = zip([0.0, 0.0], gradient).map { $0 - result.history.learningRate[0] * $1 }
        XCTAssertEqual(result.parameters, expected)
    }

    /// The step lengths `method` takes from `start` on `function`, replayed step by step.
    private func stepLengths<Method: SearchMethod>(_ method: Method, on function: any DifferentiableFunction,
                                                   from start: [Double], count: Int) throws -> [Double] {
        var method = method
        var current = try function.iterate(at: start)
        var lengths: [Double] = []
        for _ in 0..<count {
            guard let next = try method.advance(function, from: current) else { break }
            lengths.append(next.stepLength)
            current = next
        }
        return lengths
    }

    /// `lr[e]` equals the length of step e + 1; the last entry repeats the previous step.
    private func assertStepsStartFromTheirEntries(_ lr: [Double], _ steps: [Double], _ name: String) {
        XCTAssertGreaterThan(lr.count, 2, name)
        for e in 0..<(lr.count - 1) { XCTAssertEqual(lr[e], steps[e], "\(name) entry \(e)") }
        XCTAssertEqual(lr.last, steps[lr.count - 2], name)
        XCTAssertNotEqual(lr[0], 0, "\(name): entry 0 is the start of the first step, not a step that reached it")
    }

    func testSecondOrderTrainingRecordsTheStepLengthOfTheStepThatStartsFromEachEntry() throws {
        let data = DataGenerator.linear(count: 40, weights: [2, -1, 0.5], bias: 1, noise: 0.3, seed: 2)
        let objective = TrainingObjective(model: LinearModel(inputs: 3), loss: HuberLoss(delta: 0.3),
                                          regularization: Regularization(l2: 0.01), data: data)
        let settings = TrainingSettings(epochs: 6, learningRate: 1, tolerance: 0)
        let methods: [(String, any SearchMethod)] = [("newton", NewtonMethod()), ("cg", ConjugateGradient()), ("lbfgs", try LBFGS())]
        for (name, method) in methods {
            let result = try Trainer(objective: objective, validation: nil, settings: settings).train(method: method)
            let steps = try stepLengths(method, on: TrainingFunction(objective), from: [0, 0, 0, 0], count: 6)
            assertStepsStartFromTheirEntries(result.history.learningRate, steps, name)
        }
    }

    func testObjectiveRunsRecordTheRateOfTheStepThatStartsFromEachEntry() throws {
        let minimizer = try ObjectiveMinimizer(steps: 7, tolerance: 0)
        for (name, optimizer) in firstOrder {
            let decay = Schedule.exponential(gamma: 0.9)
            let method = try FirstOrderMethod(optimizer: optimizer, learningRate: 1e-3, schedule: decay)
            let result = minimizer.minimize(Rosenbrock(), from: [-1.5, 2], method: method)
            XCTAssertEqual(result.history.learningRate, (0..<8).map { decay.learningRate(epoch: $0, initial: 1e-3) },
                           "\(name): the last entry holds the rate a next step would use, as in training")
        }
        let methods: [(String, any SearchMethod)] = [("newton", NewtonMethod()), ("cg", ConjugateGradient()), ("lbfgs", try LBFGS())]
        for (name, method) in methods {
            let result = minimizer.minimize(Rosenbrock(), from: [-1.5, 2], method: method)
            let steps = try stepLengths(method, on: Rosenbrock(), from: [-1.5, 2], count: 7)
            assertStepsStartFromTheirEntries(result.history.learningRate, steps, name)
        }
    }
}
