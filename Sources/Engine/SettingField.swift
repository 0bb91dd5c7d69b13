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

/// A range of real numbers with optional open ends: `closed` bounds, `above` an exclusive lower bound, `below` an
/// exclusive upper bound (e.g. momentum in [0, 1): `closed: 0...1, below: 1`).
public struct NumberRange: Equatable, Sendable {
    /// Inclusive bounds, if any.
    public var closed: ClosedRange<Double>?
    /// Exclusive lower bound, if any.
    public var above: Double?
    /// Exclusive upper bound, if any.
    public var below: Double?

    /// Creates a range.
    public init(_ closed: ClosedRange<Double>? = nil, above: Double? = nil, below: Double? = nil) {
        self.closed = closed
        self.above = above
        self.below = below
    }

    /// Numbers > 0.
    public static let positive = NumberRange(above: 0)
    /// Numbers in [0, 1), stored as [0, 0.999999] as the config reader has always checked them.
    public static let fraction = NumberRange(0...0.999999, below: 1)

    /// `true` when `value` is finite and inside every bound.
    public func contains(_ value: Double) -> Bool {
        value.isFinite && (closed?.contains(value) ?? true) && (above.map { value > $0 } ?? true)
            && (below.map { value < $0 } ?? true)
    }
}

/// One user-settable key of a settings struct `Settings`: its config key, what it accepts, and how to read and
/// write it. A settings type lists its fields once; the config decoder, validation and the resolved config all
/// use that list.
public struct SettingField<Settings> {
    /// The config key (`lr`, `beta1`, …).
    public let key: String
    /// What it accepts.
    public let kind: SettingKind
    /// The current value, for the resolved config.
    public let get: (Settings) -> SettingValue
    private let write: (inout Settings, SettingValue) -> Bool

    /// A number field.
    public static func number(_ key: String, _ path: WritableKeyPath<Settings, Double>, _ range: NumberRange) -> Self {
        Self(key: key, kind: .number(range), get: { .number($0[keyPath: path]) }) { settings, value in
            guard case let .number(number) = value else { return false }
            settings[keyPath: path] = number
            return true
        }
    }

    /// A whole-number field.
    public static func integer(_ key: String, _ path: WritableKeyPath<Settings, Int>, _ range: ClosedRange<Int>) -> Self {
        Self(key: key, kind: .integer(range), get: { .integer($0[keyPath: path]) }) { settings, value in
            guard case let .integer(number) = value else { return false }
            settings[keyPath: path] = number
            return true
        }
    }

    /// An optional whole-number field, shown as `unset` (e.g. `all`) when absent.
    public static func integer(_ key: String, _ path: WritableKeyPath<Settings, Int?>, _ range: ClosedRange<Int>,
                               unset: String) -> Self {
        Self(key: key, kind: .integer(range), get: { $0[keyPath: path].map(SettingValue.integer) ?? .text(unset) }) { settings, value in
            guard case let .integer(number) = value else { return false }
            settings[keyPath: path] = number
            return true
        }
    }

    /// A true/false field.
    public static func flag(_ key: String, _ path: WritableKeyPath<Settings, Bool>) -> Self {
        Self(key: key, kind: .flag, get: { .flag($0[keyPath: path]) }) { settings, value in
            guard case let .flag(flag) = value else { return false }
            settings[keyPath: path] = flag
            return true
        }
    }

    /// Sets the field to `value` after checking its kind and range.
    public func set(_ settings: inout Settings, to value: SettingValue) throws {
        try check(value)
        guard write(&settings, value) else { throw EngineError.invalidSetting("'\(key)' has the wrong kind of value") }
    }

    /// Throws `EngineError.invalidSetting` (torch style: "invalid lr: -1") when `value` is outside the field's range.
    public func check(_ value: SettingValue) throws {
        switch (kind, value) {
        case let (.number(range), .number(number)) where range.contains(number): return
        case let (.integer(range), .integer(number)) where range.contains(number): return
        case (.integer, .text), (.flag, .flag): return
        default: throw EngineError.invalidSetting("invalid \(key): \(value)")
        }
    }
}

extension SettingField {
    /// `lr`, a positive learning rate.
    public static func learningRate(_ path: WritableKeyPath<Settings, Double>) -> Self { .number("lr", path, .positive) }

    /// `batch_size`, rows per update (absent: `all`, the whole training set).
    public static func batchSize(_ path: WritableKeyPath<Settings, Int?>) -> Self {
        .integer("batch_size", path, 1...Limits.maxRows, unset: "all")
    }
}
