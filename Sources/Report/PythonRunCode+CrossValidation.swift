import Engine
import PythonSyntax
import Results

extension PythonRunCode {
    /// For `validation: {kfold: k}`: the raw training part split again, then per fold (the prelude's `kfold`,
    /// scikit-learn's folds or nbrun's permutation) the run's model and training on the fold's rows, prepared
    /// as nbrun prepares them, each fold reported; the run's own model follows on every training row.
    /// Empty for a run without k-fold.
    func crossValidationLines() throws -> [String] {
        guard let data = settings.data, let rule = data.crossValidation else { return [] }
        let seed = Python.seed(data.splitSeed), degree = settings.model.polynomialDegree.map(Python.integer) ?? "None"
        let standardize = Python.flag(data.standardize)
        let shuffle = rule.shuffleSeed.map { Python.seed($0) } ?? "None"
        let raw = data.test > 0 ? "split(data, validation=0.0, seed=\(seed), test=\(Python.number(data.test)))[0]"
                                : "split(data, validation=0.0, seed=\(seed))[0]"
        let names = run.learned.features.map(Python.list) ?? "None"
        let body = try modelLines() + trainingLines() + [
            "fold = report(model, criterion, train_part, validation, status, epochs, metrics=\(Python.list(settings.metrics.map(\.rawValue))),",
            "              classification=\(Python.flag(settings.loss.isClassification)), names=\(names))",
            "folds.append(fold_result(fold, train_part, validation))",
        ]
        return [
            "",
            PythonSource.comment("k-fold cross-validation (\(rule.folds) folds\(rule.shuffleSeed.map { ", shuffled with seed \($0)" } ?? "")): "
                + "one model per fold, trained on the other folds."),
            "whole = train_part, validation",
            "raw_train, folds = \(raw), []",
            "for fold_rows, held_rows in kfold(len(raw_train.y), \(Python.integer(rule.folds)), shuffle_seed=\(shuffle)):",
            "    train_part, validation = prepare(raw_train.rows(fold_rows), raw_train.rows(held_rows), degree=\(degree), standardize=\(standardize))",
        ] + body.map(indented) + [
            "train_part, validation = whole",
            "cv = cross_validation(folds)",
        ]
    }

    /// A line (or a multi-line comment) one level deeper, blank lines kept blank.
    private func indented(_ line: String) -> String {
        line.isEmpty ? line : "    " + line.replacingOccurrences(of: "\n", with: "\n    ")
    }
}
