import Engine
import Notebook

extension NodeReader {
    /// Reads the entries of `entries` (keys already checked) into `settings` through its fields, each value
    /// checked against the field's kind and range with a located error.
    func apply<Settings>(_ entries: [YAMLNode.Entry], to settings: inout Settings, fields: [SettingField<Settings>]) throws {
        for entry in entries {
            guard let field = fields.first(where: { $0.key == entry.key }) else { continue }
            let value: SettingValue
            switch field.kind {
            case let .number(range):
                value = .number(try double(entry.value, key: entry.key, range: range.closed, exclusiveLow: range.above,
                                           exclusiveHigh: range.below))
            case let .integer(range):
                value = .integer(try int(entry.value, key: entry.key, range: range))
            case .flag:
                value = .flag(try bool(entry.value, key: entry.key))
            }
            do { try field.set(&settings, to: value) } catch { throw self.error("\(error)", at: entry.value) }
        }
    }
}

extension NodeReader {
    /// The option whose name `node` gives; an unknown name is a located error with a did-you-mean hint.
    func pick<Option>(_ node: YAMLNode, key: String, from options: [Option], named name: (Option) -> String) throws -> Option {
        let text = try choice(node, key: key, from: options.map(name))
        guard let option = options.first(where: { name($0) == text }) else { throw error("unknown \(key) '\(text)'", at: node) }
        return option
    }
}

extension NodeReader {
    /// The output parts of `show:`, each a known part or a located error.
    func showParts(_ node: YAMLNode) throws -> [ShowPart] {
        try list(node, key: "show").map { try pick($0, key: "output part", from: ShowPart.allCases, named: \.rawValue) }
    }
}
