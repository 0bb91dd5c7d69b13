import Config
import Engine
@testable import Report
import XCTest

/// `PythonSpelling` against Config's `Registry`: every optimizer a config can name has a PyTorch or scikit-learn
/// spelling in the export, of the right kind, writing exactly the settings keys it has.
final class PythonSpellingTests: XCTestCase {
    /// What is wrong with the spelling of each of `optimizers` (empty: nothing).
    private func problems(_ optimizers: [any OptimizerSettings]) -> [String] {
        optimizers.flatMap { settings -> [String] in
            guard let spelling = PythonSpelling.optimizers[settings.name] else {
                return ["optimizer '\(settings.name)' has no Python spelling in PythonSpelling.optimizers"]
            }
            var found: [String] = []
            switch (settings.family, spelling.call) {
            case (.firstOrder, .torch), (.lineSearch, .lineSearch), (.exact, .exact): break
            default: found.append("optimizer '\(settings.name)' is \(settings.family) but spelled as \(spelling.call)")
            }
            let keys = Set(settings.keys).subtracting(["name"])
            let written = spelling.keys.union(settings.family == .firstOrder ? PythonSpelling.trainingCallKeys : [])
            for key in keys.subtracting(written).sorted() { found.append("optimizer '\(settings.name)': setting '\(key)' is not written") }
            for key in spelling.keys.subtracting(keys).sorted() { found.append("optimizer '\(settings.name)': '\(key)' is not one of its settings") }
            return found
        }
    }

    func testEveryRegisteredOptimizerIsSpelledWithEveryOneOfItsSettings() {
        XCTAssertEqual(problems(Registry.optimizers), [])
        XCTAssertEqual(Set(PythonSpelling.optimizers.keys), Set(Registry.optimizerNames), "no spelling for a name configs cannot use")
    }

    /// The README's recipe adds an optimizer in its own file plus a registration line; without a spelling, this
    /// test names it instead of the export writing a comment.
    func testAnOptimizerWithoutASpellingIsNamed() {
        XCTAssertEqual(problems(Registry.optimizers + [Throwaway.Settings()]),
                       ["optimizer 'throwaway' has no Python spelling in PythonSpelling.optimizers"])
        XCTAssertEqual(problems([Renamed.Settings()]), ["optimizer 'adagrad': setting 'epsilon' is not written",
                                                       "optimizer 'adagrad': 'eps' is not one of its settings"],
                       "a renamed settings key is caught, not written as None")
    }
}

/// An optimizer added by the recipe, without a spelling.
private enum Throwaway {
    struct Settings: OptimizerSettings {
        var learningRate = 0.01
        var name: String { "throwaway" }
        var family: OptimizerFamily { .firstOrder }
        static var fields: [SettingField<Settings>] { [.learningRate(\.learningRate)] }
        func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(GradientDescent(), learningRate: learningRate, batchSize: nil)
        }
    }
}

/// Adagrad with its `eps` key renamed `epsilon`.
private enum Renamed {
    struct Settings: OptimizerSettings {
        var learningRate = 0.01, epsilon = 1e-10, decay = 0.0
        var name: String { "adagrad" }
        var family: OptimizerFamily { .firstOrder }
        static var fields: [SettingField<Settings>] {
            [.learningRate(\.learningRate), .number("epsilon", \.epsilon, .positive), .number("lr_decay", \.decay, .positive)]
        }
        func makeMethod(penalized: [Bool]) throws -> TrainingMethod {
            .firstOrder(GradientDescent(), learningRate: learningRate, batchSize: nil)
        }
    }
}
