

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
