import Markup
import Output
import Results

/// A run's k-fold cross-validation as a table: one row per fold (status, epochs, the validation loss and
/// metrics) and a last row with each column's mean ± standard deviation.
enum CrossValidationTable {
    static func render(_ result: CrossValidationResult, words: ReportStrings, digits: Int?) -> MarkupNode {
        let names = result.metricNames.filter { $0.hasPrefix("validation_") }
        let header = [words.crossValidation.fold, words.status, words.epochs] + names.map(words.metricName)
        var rows = result.folds.enumerated().map { index, fold -> [MarkupNode] in
            [TableBuilder.cell(String(index + 1)), TableBuilder.cell(words.badgeWords(fold.status.rawValue)),
             TableBuilder.cell(String(fold.epochs))]
                + names.map { name in TableBuilder.cell(fold.metrics.first { $0.name == name }?.value ?? .nan, digits: digits) }
        }
        let mean = result.mean, deviation = result.standardDeviation
        let summary = names.map { name -> MarkupNode in
            let m = mean.first { $0.name == name }?.value ?? .nan, s = deviation.first { $0.name == name }?.value ?? .nan
            return TableBuilder.cell("\(number(m, digits)) ± \(number(s, digits))")
        }
        rows.append([TableBuilder.cell(words.crossValidation.meanAndDeviation), TableBuilder.cell(""), TableBuilder.cell("")] + summary)
        return TableBuilder.table(header: header, rows: rows, caption: words.crossValidation.caption(result.folds.count))
    }

    private static func number(_ value: Double, _ digits: Int?) -> String {
        digits.map { NumberFormat.significant(value, digits: $0) } ?? TableFormat.number(value)
    }
}
