import Notebook

/// The errors that only follow from an earlier failure, folded into one note under that failure's own error.
///
/// A run that fails takes with it the inline values that read it, the blocks that extend it, reuse its data or
/// compare it, its `expect:` checks, and the members of a sweep that failed as a whole. Each of those would be
/// an error line of its own; the cascade counts them instead and gives one note per failure at its error:
/// `note: 3 values and 2 runs depend on the failed run 'fit'`, whose hint lists the lines they are on. A
/// dependent that failed itself passes its own dependents on to the failure it depends on.
struct FailureCascade {
    /// What depends on a failed run.
    enum Dependent: Int, CaseIterable, Comparable {
        case value, run, sweep, comparison, check

        static func < (lhs: Dependent, rhs: Dependent) -> Bool { lhs.rawValue < rhs.rawValue }

        /// `1 value`, `2 values`, ….
        func counted(_ count: Int) -> String {
            let word: String
            switch self {
            case .value: word = "value"
            case .run: word = "run"
            case .sweep: word = "sweep"
            case .comparison: word = "comparison"
            case .check: word = "check"
            }
            return "\(count) \(word)\(count == 1 ? "" : "s")"
        }
    }

    /// What failed on its own: a run, a sweep whose members all failed, or a formula.
    enum Failure: String {
        case run, sweep, formula
    }

    private var failures: [String: (kind: Failure, error: Diagnostic)] = [:]
    /// A failed name that only failed because of another failed name.
    private var causes: [String: String] = [:]
    private var dependents: [String: [(kind: Dependent, location: SourceLocation?)]] = [:]
    /// Sweep members that values named, by the failed sweep they belong to.
    private var members: [String: [String]] = [:]
    /// The sweep of each member of a sweep that failed as a whole.
    private var sweepOf: [String: String] = [:]
    /// Failed names in the order they were recorded, so the notes come out in a stable order.
    private var order: [String] = []

    /// Records that `name` failed on its own with `error`.
    mutating func failed(_ name: String, as kind: Failure, with error: Diagnostic) {
        guard failures[name] == nil, causes[name] == nil else { return }
        failures[name] = (kind, error)
        order.append(name)
    }

    /// Records `error`, which follows from the failure of `error.dependsOn`, as a dependent of kind `kind`; when the
    /// dependent has a name (a block), it counts as failed because of that failure.
    mutating func depends(_ kind: Dependent, named name: String? = nil, member: String? = nil, _ error: Diagnostic) {
        guard let cause = error.dependsOn?.name else { return }
        let (sweep, member) = sweepOf[cause].map { ($0, cause) } ?? (cause, member)
        if let member, !(members[sweep]?.contains(member) ?? false) { members[sweep, default: []].append(member) }
        if let name, name != cause, failures[name] == nil { causes[name] = cause }
        dependents[cause, default: []].append((kind, error.location))
    }

    /// Records that `name` failed only because `cause` failed: a sweep whose members all depend on it, or (as a
    /// `member`) a member of the sweep `cause` that failed as a whole, which the note then names as such.
    mutating func follows(_ name: String, from cause: String, member: Bool = false) {
        guard name != cause, failures[name] == nil else { return }
        causes[name] = cause
        if member { sweepOf[name] = cause }
    }

    /// The failure that `name` comes down to, following dependents that failed themselves.
    private func root(of name: String) -> String {
        var current = name, seen: Set<String> = [name]
        while let next = causes[current], seen.insert(next).inserted { current = next }
        return current
    }

    /// One note per failure that something depends on, located at the failure's error.
    func notes(file: String) -> [Diagnostic] {
        var gathered: [String: [(kind: Dependent, location: SourceLocation?)]] = [:]
        for (cause, items) in dependents { gathered[root(of: cause), default: []] += items }
        var named: [String: [String]] = [:]
        for (sweep, names) in members {
            named[root(of: sweep), default: []].append(Self.list(names.map { "'\($0)'" }) + (names.count == 1 ? " is a member" : " are members")
                                                       + " of the failed sweep '\(sweep)'")
        }
        let roots = order + gathered.keys.filter { failures[$0] == nil }.sorted()
        return roots.compactMap { name in
            guard let items = gathered[name], !items.isEmpty else { return nil }
            let counts = Dependent.allCases.compactMap { kind -> String? in
                let count = items.filter { $0.kind == kind }.count
                return count == 0 ? nil : kind.counted(count)
            }
            let verb = items.count == 1 ? "depends" : "depend"
            let failure = failures[name]
            let message = "\(Self.list(counts)) \(verb) on the failed \(failure?.kind.rawValue ?? "run") '\(name)'"
            let lines = Array(Set(items.compactMap { $0.location?.line })).sorted()
            let shown = lines.prefix(8).map(String.init) + (lines.count > 8 ? ["…"] : [])
            let place = lines.count == 1 ? "line " + shown[0] : "lines " + Self.list(shown)
            return Diagnostic(.note, message, at: failure?.error.location ?? items.first?.location, file: file,
                              hint: (["at " + place] + (named[name] ?? [])).joined(separator: "; ")
                                  + "; \(items.count == 1 ? "it works" : "they work") once this error is fixed")
        }
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
