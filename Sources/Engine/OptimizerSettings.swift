/// Which loop runs an optimizer.
public enum OptimizerFamily: Equatable, Sendable {
    /// Epochs of (mini-)batches at a learning rate (`MiniBatchProcess`).
    case firstOrder
    /// Full-batch line-search or second-order iterations (`LineSearchProcess`): newton, cg, lbfgs.
    case lineSearch
    /// An exact solve, no iterations (closed_form).
    case exact
}

/// The settings of one optimizer as a config names it, with its defaults (PyTorch's where it has them) and its
/// validation (every field in its range, checked by `validate()` and by the config decoder with a located
/// error). Each optimizer's file defines its `Settings`; `Config`'s registry lists one default value per name.
public protocol OptimizerSettings: Sendable {
    /// The name in configs (`adam`).
    var name: String { get }
    /// Which loop runs it.
    var family: OptimizerFamily { get }
    /// The keys a config may set besides `name`, in the order of the resolved config.
    static var fields: [SettingField<Self>] { get }
    /// The engine object; `penalized` marks the parameters a weight decay may shrink.
    func makeMethod(penalized: [Bool]) throws -> TrainingMethod
    /// Why this optimizer cannot train a model with `parameterCount` parameters, if it cannot (default: `nil`).
    func refusal(parameterCount: Int) -> OptimizerRefusal?
}

extension OptimizerSettings {
    /// No size limit.
    public func refusal(parameterCount: Int) -> OptimizerRefusal? { nil }

    /// Every key a config may give, `name` first.
    public var keys: [String] { ["name"] + Self.fields.map(\.key) }

    /// The resolved settings, key by key, in field order.
    public var values: [(key: String, value: SettingValue)] { Self.fields.map { ($0.key, $0.get(self)) } }

    /// The learning rate, for first-order methods.
    public var learningRate: Double? {
        guard case let .firstOrder(_, rate, _)? = try? makeMethod(penalized: []) else { return nil }
        return rate
    }

    /// Sets `key` to `value`, checking the field's kind and range.
    public mutating func set(_ key: String, to value: SettingValue) throws {
        guard let field = Self.fields.first(where: { $0.key == key }) else {
            throw EngineError.invalidSetting("\(name) has no setting '\(key)'")
        }
        try field.set(&self, to: value)
    }

    /// Checks every field against its range, as torch.optim's constructors do.
    public func validate() throws {
        for field in Self.fields { try field.check(field.get(self)) }
    }
}
