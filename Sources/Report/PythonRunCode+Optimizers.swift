import Engine
import Output
import PythonSyntax

extension PythonRunCode {
    /// The spelling of `optimizer` (a refusal for one the table lacks, which `PythonSpellingTests` keeps from
    /// shipping).
    static func spelling(of optimizer: any OptimizerSettings) throws -> PythonSpelling.Optimizer {
        guard let spelling = PythonSpelling.optimizers[optimizer.name] else {
            throw Refusal(message: "the \(optimizer.name) optimizer has no Python spelling")
        }
        return spelling
    }

    /// The Python literal of each of `optimizer`'s settings by key, from its typed values (`OptimizerSettings.values`);
    /// an unset batch size (`all`) is `None`, a key it does not have is `None`.
    static func settingLiteral(_ optimizer: any OptimizerSettings) -> PythonSpelling.Literal {
        let values = optimizer.values
        return { key in
            switch values.first(where: { $0.key == key })?.value {
            case let .number(number)?: return NumberFormat.python(number)
            case let .integer(whole)?: return String(whole)
            case let .flag(flag)?: return flag ? "True" : "False"
            case .text?, nil: return "None"
            }
        }
    }
}
