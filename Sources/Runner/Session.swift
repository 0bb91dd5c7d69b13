import Config
import Notebook

/// The one table of a notebook's names while it executes: every config cell (run, sweep, comparison, or a cell
/// that failed to resolve) and every formula (a definition, or a display). Owned by the runner; config
/// resolution reads it through `CellLookup`, and nothing else keeps state by name.
struct Session: CellLookup {
    /// What a name stands for.
    enum Entry {
        /// A single run (its result may be an error).
        case run(RunRecord)
        /// A sweep: its config without `sweep`, and one record per value.
        case sweep(base: YAMLNode, runs: [RunRecord])
        /// A comparison of earlier runs.
        case compare([RunRecord])
        /// A formula block that defines a function (`objective:` can name it).
        case formula(FormulaEntry)
        /// A formula block that only displays math (where it starts; `nil` when its TeX is invalid).
        case display(SourceLocation?)
        /// A config cell that did not resolve.
        case failed
    }

    private(set) var entries: [String: Entry] = [:]
    private var order: [String] = []

    /// The entry called `name`.
    subscript(name: String) -> Entry? { entries[name] }

    /// Records `entry` under `name` unless the name is taken (the first cell keeps a name).
    mutating func record(_ name: String, _ entry: Entry) {
        guard entries[name] == nil else { return }
        entries[name] = entry
        order.append(name)
    }

    /// Records a formula under `name`: the first formula keeps a name, except that a definition replaces a
    /// display of the same name (so `objective:` can call it).
    mutating func recordFormula(_ name: String, _ entry: Entry) {
        if case .display? = entries[name], case .formula = entry { entries[name] = entry }
        record(name, entry)
    }

    /// The single run called `name`, if it is one.
    func run(_ name: String) -> RunRecord? {
        if case let .run(record)? = entries[name] { return record }
        return nil
    }

    /// The runs a comparison of `name` draws: a run's own, or every run of a sweep.
    func runs(of name: String) -> [RunRecord] {
        switch entries[name] {
        case let .run(record)?: return [record]
        case let .sweep(_, records)?: return records
        default: return []
        }
    }

    /// Every function definition's name, sorted (for did-you-mean).
    var formulaNames: [String] {
        entries.compactMap { if case .formula = $0.value { return $0.key } else { return nil } }.sorted()
    }

    func earlierCell(named name: String) -> EarlierCell? {
        switch entries[name] {
        case nil: return nil
        case let .run(record)?: return EarlierCell(kind: .run, failed: record.result.error != nil, tree: record.spec.resolved)
        case let .sweep(base, records)?:
            return EarlierCell(kind: .sweep, failed: records.allSatisfy { $0.result.error != nil }, tree: base)
        case .compare?: return EarlierCell(kind: .compare)
        case .formula?, .display?: return EarlierCell(kind: .formula)
        case .failed?: return EarlierCell(kind: .run, failed: true)
        }
    }

    var earlierNames: [String] { order }
}
