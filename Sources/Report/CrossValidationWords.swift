/// The words of a run's k-fold cross-validation table in one language.
public struct CrossValidationWords: Sendable {
    /// The fold column's header and the last row's label ("mean ± std").
    public var fold, meanAndDeviation: String
    /// The table's caption: "5-fold cross-validation: each fold scored by a model trained on the other folds".
    public var caption: @Sendable (_ folds: Int) -> String

    /// English.
    public static let english = CrossValidationWords(
        fold: "fold", meanAndDeviation: "mean ± std",
        caption: { "\($0)-fold cross-validation: each fold scored by a model trained on the other folds" })

    /// Simplified Chinese.
    public static let chinese = CrossValidationWords(
        fold: "折", meanAndDeviation: "均值 ± 标准差",
        caption: { "\($0) 折交叉验证：每一折由在其余各折上训练的模型评分" })
}
