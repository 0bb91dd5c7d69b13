import Engine
import Notebook
import Results

/// What a config cell asks for once resolved.
public enum RunPlan: Sendable {
    /// One training run (or objective minimization).
    case single(RunSpec)
    /// One run per value of `key` (per combination of values, for a grid over several keys: `axes` lists each
    /// key with its values, first key outermost), drawn on one chart; `base` is the config without `sweep` (what
    /// `extends` merges).
    case sweep(name: String, key: String, runs: [RunSpec], base: YAMLNode, axes: [SweepAxis])
    /// An overlay of earlier runs; no training. `show` are the parts to draw, `showNode` the block's own list of them
    /// (nil when it has none: every part that applies); `columns` are the comparison table's result paths, if chosen.
    case compare(name: String, runs: [String], show: [ShowPart], showNode: YAMLNode?, echo: Bool, columns: [String]?)

    /// The cell's run name.
    public var name: String {
        switch self {
        case let .single(spec): return spec.name
        case let .sweep(name, _, _, _, _), let .compare(name, _, _, _, _, _): return name
        }
    }
}

/// Resolves a config cell: params, defaults, `extends`, short forms, sweeps and compares, and checks names
/// (unique; references only to earlier cells). Resolution is a pure function of the block and a `CellLookup`
/// of the earlier names; the runner's session records the outcome.
public struct ConfigResolver {
    /// The notebook's front matter.
    public let frontMatter: FrontMatter
    private let path: String
    private let reader: NodeReader

    /// A resolver for the notebook at `path`.
    /// The optimizers configs may name (`Registry.optimizers`).
    public let optimizers: [any OptimizerSettings]
    /// Where every named cell of the notebook starts, so that a reference to a later cell can say where it is.
    public var cellLocations: [String: SourceLocation] = [:]

    /// A resolver for the notebook at `path`, choosing optimizers from `optimizers`.
    public init(frontMatter: FrontMatter, path: String, optimizers: [any OptimizerSettings] = Registry.optimizers) {
        self.frontMatter = frontMatter
        self.path = path
        self.optimizers = optimizers
        reader = NodeReader(path: path)
    }

    /// The run name of a config cell: its fence name or `run-N` (N = cell number).
    /// An unnamed comparison (a block with a top-level `compare:` key) is `comparison-N`.
    public static func runName(of cell: Cell) -> String {
        if let name = cell.name { return name }
        if case let .config(yaml) = cell.kind, yaml.split(separator: "\n").contains(where: { $0.hasPrefix("compare:") }) {
            return "comparison-\(cell.number)"
        }
        return "run-\(cell.number)"
    }

    /// Resolves the config cell `cell` whose YAML is `yaml`, looking earlier names up in `earlier`.
    public func resolve(_ cell: Cell, yaml: String, earlier: some CellLookup) -> Result<RunPlan, Diagnostic> {
        let name = Self.runName(of: cell)
        do {
            if earlier.earlierCell(named: name) != nil {
                throw Diagnostic(.error, "name '\(name)' is already used by an earlier cell", at: cell.location, file: path,
                                 hint: "names must be unique in a notebook")
            }
            return .success(try resolvePlan(cell, yaml: yaml, name: name, earlier: earlier))
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(Diagnostic(.error, "\(error)", at: cell.location, file: path))
        }
    }

    private func resolvePlan(_ cell: Cell, yaml: String, name: String, earlier: some CellLookup) throws -> RunPlan {
        let loader = YAMLLoader(text: yaml, firstLine: cell.contentStart.line, indent: cell.contentIndent, path: path)
        let root = try loader.load(yaml)
        guard root.entries != nil else {
            let message = root.value == .null ? "config block is empty" : "config block must be a mapping of keys, not \(root.kindDescription)"
            throw Diagnostic(.error, message, at: root.location, file: path, hint: "for example: data: {generate: linear}")
        }
        var tree = TreeOperations.normalize(try TreeOperations.substitute(root, params: frontMatter.params, reader: reader))
        // Expectations belong to this block only: not inherited by `extends`, not part of the resolved config.
        let expectations = try tree["expect"].map { try ExpectationDecoder(reader: reader).decode($0) } ?? []
        tree = TreeOperations.removing(["expect"], from: tree)
        let columnsNode = tree["compare"] == nil ? tree["columns"] : nil
        let columns = try columnsNode.map(decodeColumns)
        if columnsNode != nil { tree = TreeOperations.removing(["columns"], from: tree) }
        if let compare = tree["compare"] {
            if let first = expectations.first {
                throw Diagnostic(.error, "a comparison trains nothing, so it has nothing to expect", at: first.location, file: path,
                                 hint: "put 'expect' in the blocks of the runs it compares")
            }
            return try comparePlan(tree, compare, name: name, earlier: earlier)
        }
        if let base = tree["extends"] {
            let baseName = try reader.string(base, key: "extends")
            let baseCell = try requireEarlier(baseName, at: base, as: [.run, .sweep], verb: "extend", earlier: earlier)
            guard let baseTree = baseCell.tree else { throw reader.error("cannot extend '\(baseName)'", at: base) }
            tree = TreeOperations.merge(baseTree, TreeOperations.removing(["extends"], from: tree))
        } else if let defaults = frontMatter.defaults {
            tree = TreeOperations.merge(TreeOperations.normalize(defaults), tree)
        }
        if let from = tree["data"]?["from"], let fromName = from.scalar {
            try requireEarlier(fromName, at: from, as: [.run], verb: "reuse the data of", earlier: earlier)
        }
        let sweep = tree["sweep"]
        tree = TreeOperations.removing(["sweep"], from: tree)
        let decoder = RunDecoder(reader: reader, seed: frontMatter.seed, optimizers: optimizers)
        guard let sweep else {
            if let member = expectations.first(where: { $0.member != nil }) {
                throw Diagnostic(.error, "'\(member.member ?? "")' names a sweep member, but this block is not a sweep",
                                 at: member.location, file: path, hint: "write the path without the brackets")
            }
            if let columnsNode {
                throw reader.error("'columns' chooses the table of a sweep or a comparison; this block is a single run", at: columnsNode,
                                   hint: "add a sweep, or show the values in prose with {\(name).metrics.…}")
            }
            var spec = try decoder.decode(tree, name: name, location: cell.location)
            spec.expectations = expectations
            return .single(spec)
        }
        var plan = try sweepPlan(tree, sweep, name: name, decoder: decoder, location: cell.location)
        if let columns, case .sweep(let sweepName, let key, var specs, let base, let axes) = plan {
            for index in specs.indices { specs[index].tableColumns = columns }
            plan = .sweep(name: sweepName, key: key, runs: specs, base: base, axes: axes)
        }
        return try attach(expectations, to: plan, name: name)
    }

    /// A sweep plan whose members carry the expectations that apply to them; a member selector that names no
    /// member is an error at its key.
    private func attach(_ expectations: [Expectation], to plan: RunPlan, name: String) throws -> RunPlan {
        guard case .sweep(let sweepName, let key, var specs, let base, let axes) = plan else { return plan }
        for expectation in expectations where !specs.contains(where: { expectation.applies(to: $0.name, cellName: name) }) {
            let members = specs.map { String($0.name.dropFirst(name.count)) }
            throw Diagnostic(.error, "no sweep member \(expectation.member ?? "")", at: expectation.location, file: path,
                             hint: Suggestion.hint(for: expectation.member ?? "", in: members))
        }
        for index in specs.indices {
            specs[index].expectations = expectations.filter { $0.applies(to: specs[index].name, cellName: name) }
        }
        return .sweep(name: sweepName, key: key, runs: specs, base: base, axes: axes)
    }

    /// The earlier cell `name`, which must be of one of `kinds` and not failed.
    @discardableResult
    private func requireEarlier(_ name: String, at node: YAMLNode, as kinds: Set<EarlierCell.Kind>, verb: String,
                                earlier: some CellLookup) throws -> EarlierCell {
        guard let cell = earlier.earlierCell(named: name) else {
            if let later = cellLocations[name], later > node.location {
                throw reader.error("'\(name)' is defined later, at line \(later.line); a block can only \(verb) an earlier run", at: node,
                                   hint: "move this block below line \(later.line)")
            }
            let candidates = earlier.earlierNames.filter { earlier.earlierCell(named: $0).map { kinds.contains($0.kind) } ?? false }.sorted()
            throw reader.error("no earlier run named '\(name)' to \(verb)", at: node,
                               hint: candidates.isEmpty ? "runs are named by the fence: ```config NAME" : Suggestion.hint(for: name, in: candidates))
        }
        guard kinds.contains(cell.kind) else { throw reader.error("'\(name)' is a \(cell.kind.rawValue), not a run to \(verb)", at: node) }
        if cell.failed {
            throw Diagnostic.dependent(on: .run(name), "run '\(name)' failed, so this cell cannot \(verb) it", at: node.location, file: path)
        }
        return cell
    }

    private func comparePlan(_ tree: YAMLNode, _ compare: YAMLNode, name: String, earlier: some CellLookup) throws -> RunPlan {
        _ = try reader.entries(tree, of: "compare block", allowed: ["compare", "show", "echo", "columns"])
        let names = try reader.list(compare, key: "compare")
        guard names.count >= 1 else { throw reader.error("'compare' needs at least one run name", at: compare) }
        var runs: [String] = []
        for node in names {
            let run = try reader.string(node, key: "compare")
            try requireEarlier(run, at: node, as: [.run, .sweep], verb: "compare", earlier: earlier)
            runs.append(run)
        }
        let show = try tree["show"].map(reader.showParts) ?? ShowPart.standard
        let echo = try tree["echo"].map { try reader.bool($0, key: "echo") } ?? true
        return .compare(name: name, runs: runs, show: show, showNode: tree["show"], echo: echo, columns: try tree["columns"].map(decodeColumns))
    }

    /// The comparison table's columns: result paths such as `metrics.validation_loss` or `config.optimizer.lr`.
    func decodeColumns(_ node: YAMLNode) throws -> [String] {
        let items = try reader.list(node, key: "columns")
        guard !items.isEmpty else { throw reader.error("'columns' lists result paths, e.g. [metrics.validation_loss, epochs]", at: node) }
        return try items.map { item in
            let text = try reader.string(item, key: "columns")
            guard case let .success(steps) = ValueReference.parsePath(text), case let .key(first)? = steps.first,
                  RunResult.jsonKeys.contains(first) else {
                throw reader.error("'\(text)' is not a result path", at: item,
                                   hint: Suggestion.hint(for: String(text.prefix { $0 != "." && $0 != "[" }), in: RunResult.jsonKeys))
            }
            return text
        }
    }

    private func sweepPlan(_ tree: YAMLNode, _ sweep: YAMLNode, name: String, decoder: RunDecoder,
                           location: SourceLocation) throws -> RunPlan {
        guard let entries = sweep.entries, !entries.isEmpty else {
            throw reader.error("'sweep' maps keys to lists of values, e.g. {optimizer.name: [gd, sgd]}", at: sweep)
        }
        let axes = try entries.map(sweepAxis)
        let count = axes.reduce(1) { $0 * $1.nodes.count }
        guard count <= 36 else {
            throw reader.error("this grid has \(count) runs; a sweep may have at most 36", at: sweep,
                               hint: "sweep fewer values, or split the study into several cells")
        }
        var runs: [RunSpec] = []
        for combination in Self.combinations(axes.map(\.nodes.count)) {
            var variant = tree
            for (axis, index) in zip(axes, combination) {
                variant = TreeOperations.setting(axis.path, to: axis.nodes[index], in: variant, keyLocation: axis.location)
            }
            let label = zip(axes, combination).map { $0.nodes[$1].flowText }.joined(separator: ",")
            runs.append(try decoder.decode(TreeOperations.normalize(variant), name: "\(name)[\(label)]", location: location))
        }
        let key = axes.map(\.axis.key).joined(separator: " × ")
        return .sweep(name: name, key: key, runs: runs, base: tree, axes: axes.map(\.axis))
    }

    /// One key of a sweep with its values (1 to 12 of them).
    private func sweepAxis(_ entry: YAMLNode.Entry) throws -> (axis: SweepAxis, path: [String], nodes: [YAMLNode], location: SourceLocation) {
        let path = entry.key.split(separator: ".").map(String.init)
        guard let root = path.first, Vocabulary.runKeys.contains(root), !["sweep", "extends", "compare", "expect"].contains(root) else {
            throw Diagnostic(.error, "cannot sweep over '\(entry.key)'", at: entry.keyLocation, file: reader.path,
                             hint: Suggestion.hint(for: path.first ?? "", in: Vocabulary.runKeys))
        }
        guard let values = entry.value.items, !values.isEmpty, values.count <= 12 else {
            throw reader.error("'\(entry.key)' in 'sweep' needs a list of 1 to 12 values", at: entry.value)
        }
        return (SweepAxis(key: entry.key, values: values.map(\.flowText)), path, values, entry.keyLocation)
    }

    /// Every index combination of axes of the given sizes, the first axis outermost.
    static func combinations(_ sizes: [Int]) -> [[Int]] {
        sizes.reduce([[]]) { partial, size in partial.flatMap { prefix in (0..<size).map { prefix + [$0] } } }
    }
}
