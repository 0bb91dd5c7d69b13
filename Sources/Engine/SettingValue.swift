/// One value a config may give a setting.
public enum SettingValue: Equatable, Sendable {
    /// A finite number.
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// true or false.
    case flag(Bool)
    /// A word (e.g. `all` for the whole training set as one batch).
    case text(String)
}

/// The values a setting accepts, with the range its validation checks.
public enum SettingKind: Equatable, Sendable {
    /// A finite number in the range.
    case number(NumberRange)
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// true or false.
    case flag
}
