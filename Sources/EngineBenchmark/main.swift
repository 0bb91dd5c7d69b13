// Times the engine's training epochs for scripts/bench.sh, without data generation or report rendering:
//
//     EngineBenchmark KIND ROWS COLUMNS [BATCH] [HIDDEN]
//
// KIND is linear-mse, logistic-bce, softmax-ce (3 classes) or mlp-ce (3 classes, one hidden relu layer of HIDDEN
// units, default 32). Data as nbrun's generators make it: `linear` (features uniform in [0, 1)) for linear-mse,
// `blobs` (COLUMNS-dimensional centers) for the classifiers. BATCH is the mini-batch size (`full` or absent: the
// whole set).
// The time of one epoch is (T(E) − T(1)) / (E − 1) for runs of E and 1 epochs through `Trainer` with plain gd:
// what a notebook's epoch costs (the update, then the history entry's loss and gradient pass), without the
// fixed costs. Prints "ms-per-epoch WALL cpu-ms-per-epoch CPU" (CPU: all threads' time, a check on a busy machine).
import Dispatch
import Engine
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 4, let rows = Int(arguments[2]), let columns = Int(arguments[3]) else {
    FileHandle.standardError.write(Data("usage: EngineBenchmark KIND ROWS COLUMNS [BATCH] [HIDDEN]\n".utf8))
    exit(2)
}
let kind = arguments[1]
let batch = arguments.count > 4 ? Int(arguments[4]) : nil
let hidden = arguments.count > 5 ? Int(arguments[5]) ?? 32 : 32

/// `classes` blob centers in `columns` dimensions, at ±1 along axis k mod columns.
func centers(_ classes: Int) -> [[Double]] {
    (0..<classes).map { k in (0..<columns).map { $0 == k % columns ? (k % 2 == 0 ? 1.0 : -1.0) : 0 } }
}

let objective: TrainingObjective
switch kind {
case "linear-mse":
    var generator = SeededGenerator(seed: 1)
    let weights = (0..<columns).map { _ in generator.normal() }
    let data = DataGenerator.linear(count: rows, weights: weights, bias: 1, noise: 0.5, seed: 0)
    objective = TrainingObjective(model: LinearModel(inputs: columns), loss: MSELoss(), regularization: Regularization(), data: data)
case "logistic-bce":
    let data = DataGenerator.blobs(count: rows, centers: centers(2), spread: 1, seed: 0)
    objective = TrainingObjective(model: LinearModel(inputs: columns), loss: BCELoss(), regularization: Regularization(), data: data)
case "softmax-ce":
    let data = DataGenerator.blobs(count: rows, centers: centers(3), spread: 1, seed: 0)
    objective = TrainingObjective(model: LinearModel(inputs: columns, outputs: 3), loss: CrossEntropyLoss(),
                                  regularization: Regularization(), data: data)
case "mlp-ce":
    let data = DataGenerator.blobs(count: rows, centers: centers(3), spread: 1, seed: 0)
    objective = TrainingObjective(model: MLPModel(inputs: columns, hidden: [hidden], outputs: 3), loss: CrossEntropyLoss(),
                                  regularization: Regularization(), data: data)
default:
    FileHandle.standardError.write(Data("unknown kind \(kind)\n".utf8))
    exit(2)
}

/// The process's CPU time in seconds (all threads).
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Wall and CPU seconds to train `epochs` epochs of gd (lr 0.01, no convergence stop, a deadline that never passes).
func seconds(epochs: Int) -> (wall: Double, cpu: Double) {
    // A far deadline, as every notebook run has one (--timeout, 300 s by default): its checks are part of an epoch.
    let settings = TrainingSettings(epochs: epochs, learningRate: 0.01, tolerance: 0, batchSize: batch,
                                    deadline: Deadline.after(seconds: 3600))
    let start = DispatchTime.now().uptimeNanoseconds, cpuStart = cpuSeconds()
    let result = Trainer(objective: objective, validation: nil, settings: settings).train(optimizer: GradientDescent())
    precondition(result.history.count == epochs + 1, "the run stopped early")
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds() - cpuStart)
}

let epochs = batch == nil ? 41 : 6
_ = seconds(epochs: 1)
let (long, short) = (seconds(epochs: epochs), seconds(epochs: 1))
let wall = (long.wall - short.wall) / Double(epochs - 1), cpu = (long.cpu - short.cpu) / Double(epochs - 1)
print(String(format: "ms-per-epoch %.3f cpu-ms-per-epoch %.3f", wall * 1000, cpu * 1000))
