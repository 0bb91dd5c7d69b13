import Notebook

/// Operations on config trees before decoding: parameter substitution, short forms, merging, key paths.
enum TreeOperations {
    /// Keys whose scalar short form means `{name: value}`.
    static let shortFormKeys = ["optimizer", "model", "loss", "schedule"]

    /// Replaces `${name}` in scalars by the parameter's value: a whole-scalar reference takes the parameter's
    /// node (keeping its type); a reference inside text is interpolated.
    static func substitute(_ node: YAMLNode, params: [(name: String, value: YAMLNode)], reader: NodeReader) throws -> YAMLNode {
        switch node.value {
        case let .scalar(text, quoted):
            guard text.contains("${") else { return node }
            return try substitute(text: text, quoted: quoted, at: node, params: params, reader: reader)
        case let .sequence(items):
            return YAMLNode(.sequence(try items.map { try substitute($0, params: params, reader: reader) }), at: node.location)
        case let .mapping(entries):
            let mapped = try entries.map { entry in
                YAMLNode.Entry(key: entry.key, keyLocation: entry.keyLocation, value: try substitute(entry.value, params: params, reader: reader))
            }
            return YAMLNode(.mapping(mapped), at: node.location)
        case .null:
            return node
        }
    }

    private static func substitute(text: String, quoted: Bool, at node: YAMLNode, params: [(name: String, value: YAMLNode)],
                                   reader: NodeReader) throws -> YAMLNode {
        var output = "", rest = Substring(text)
        while let open = rest.range(of: "${") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
                throw reader.error("unclosed '${' in '\(text)'", at: node, hint: "write ${name} to use a front-matter parameter")
            }
            let name = String(rest[open.upperBound..<close]).trimmingSpaces()
            guard let param = params.first(where: { $0.name == name }) else {
                let names = params.map(\.name)
                throw reader.error("unknown parameter '\(name)'", at: node,
                                   hint: names.isEmpty ? "declare it under 'params:' in the front matter" : Suggestion.hint(for: name, in: names))
            }
            if open.lowerBound == rest.startIndex, rest.index(after: close) == rest.endIndex, output.isEmpty {
                return YAMLNode(param.value.value, at: node.location)
            }
            guard let scalar = param.value.scalar else {
                throw reader.error("parameter '\(name)' is \(param.value.kindDescription) and cannot be placed inside text", at: node)
            }
            output += scalar
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return YAMLNode(.scalar(output, quoted: quoted), at: node.location)
    }

    /// Turns short forms into mappings: `optimizer: adam` → `{name: adam}`, `data: base` → `{from: base}`,
    /// `early_stopping: 5` → `{patience: 5}`, `early_stopping: true` → `{}`.
    static func normalize(_ node: YAMLNode) -> YAMLNode {
        guard let entries = node.entries else { return node }
        let normalized = entries.map { entry -> YAMLNode.Entry in
            var entry = entry
            let value = entry.value
            if value.scalar != nil {
                if shortFormKeys.contains(entry.key) {
                    entry.value = mapping(["name": value], at: value.location)
                } else if entry.key == "data" {
                    entry.value = mapping(["from": value], at: value.location)
                } else if entry.key == "early_stopping" {
                    let lowered = value.scalar!.lowercased()
                    entry.value = ["true", "yes", "on"].contains(lowered) ? mapping([:], at: value.location)
                                                                         : mapping(["patience": value], at: value.location)
                }
            }
            return entry
        }
        return YAMLNode(.mapping(normalized), at: node.location)
    }

    static func mapping(_ pairs: [String: YAMLNode], at location: SourceLocation) -> YAMLNode {
        YAMLNode(.mapping(pairs.keys.sorted().map { YAMLNode.Entry(key: $0, keyLocation: pairs[$0]!.location, value: pairs[$0]!) }), at: location)
    }

    /// `override` merged over `base`: mappings merge key by key, recursively (a redefined `data:` keeps the
    /// base's `standardize: true` unless it says otherwise); a key set to `null` (`~`) removes the inherited key;
    /// a mapping whose `name` differs from the base's replaces it whole (an `adam` block must not inherit
    /// `momentum` from a `momentum` base).
    static func merge(_ base: YAMLNode, _ override: YAMLNode) -> YAMLNode {
        guard let baseEntries = base.entries, let overrideEntries = override.entries else { return override }
        if let newName = override["name"]?.scalar, let oldName = base["name"]?.scalar, newName != oldName { return override }
        var merged = baseEntries
        for entry in overrideEntries {
            if entry.value.value == .null {
                merged.removeAll { $0.key == entry.key }
            } else if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                merged[index].value = merge(merged[index].value, entry.value)
                merged[index].keyLocation = entry.keyLocation
            } else {
                merged.append(entry)
            }
        }
        return YAMLNode(.mapping(merged), at: override.location)
    }

    /// The tree without the given top-level keys.
    static func removing(_ keys: Set<String>, from node: YAMLNode) -> YAMLNode {
        guard let entries = node.entries else { return node }
        return YAMLNode(.mapping(entries.filter { !keys.contains($0.key) }), at: node.location)
    }

    /// Sets the value at dotted `path` (e.g. `optimizer.lr`), creating mappings on the way.
    /// New keys are located at `keyLocation` (a sweep's key), else at the value.
    static func setting(_ path: [String], to value: YAMLNode, in node: YAMLNode, keyLocation: SourceLocation? = nil) -> YAMLNode {
        guard let key = path.first else { return value }
        var entries = node.entries ?? []
        if let index = entries.firstIndex(where: { $0.key == key }) {
            var child = entries[index].value
            if path.count > 1, child.scalar != nil, shortFormKeys.contains(key) { child = mapping(["name": child], at: child.location) }
            entries[index].value = setting(Array(path.dropFirst()), to: value, in: child, keyLocation: keyLocation)
        } else {
            let empty = YAMLNode(.mapping([]), at: value.location)
            entries.append(YAMLNode.Entry(key: key, keyLocation: keyLocation ?? value.location,
                                          value: setting(Array(path.dropFirst()), to: value, in: empty, keyLocation: keyLocation)))
        }
        return YAMLNode(.mapping(entries), at: node.location)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice = slice.dropFirst() }
        while slice.last == " " || slice.last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
