import Notebook
import Output
import Results

/// Inline values: after every cell ran, each `{RUN.PATH:FORMAT}` in the prose is resolved against the runs of
/// the whole notebook (earlier or later), or becomes a located error.
extension NotebookRunner {
    /// Resolves the inline values of every prose cell; errors join the notebook's diagnostics.
    mutating func resolveValues(in cells: inout [CellResult]) {
        let runs = RunIndex(cells)
        for position in cells.indices {
            guard case let .prose(written, markdown, errors, _) = cells[position] else { continue }
            var mathErrors = errors
            let blocks = written.map { substituteValues(in: $0, runs: runs, mathErrors: &mathErrors) }
            var values: [SourceLocation: InlineValue] = [:]
            for block in blocks {
                block.forEachInline { inline in
                    guard let outcome = resolve(inline, runs: runs) else { return }
                    if case let .failed(diagnostic) = outcome { reportValueError(diagnostic, reading: inline) }
                    values[inline.range.start] = outcome
                }
            }
            if !values.isEmpty || blocks != written { cells[position] = .prose(blocks: blocks, markdown: markdown, mathErrors: mathErrors, values: values) }
        }
    }

    /// A value's error joins the diagnostics, unless it only follows from a failed run: then that failure's note
    /// counts it (and names the sweep member it reads, when the failure is the member's sweep).
    mutating func reportValueError(_ diagnostic: Diagnostic, reading inline: Inline) {
        if let dependency = diagnostic.dependsOn {
            var member: String?
            if case let .value(reference, _) = inline.kind, reference.run != dependency.name { member = reference.run }
            cascade.depends(.value, member: member, diagnostic)
        } else {
            diagnostics.append(diagnostic)
        }
    }

    /// The outcome of one inline, nil when it is not a value reference.
    func resolve(_ inline: Inline, runs: RunIndex) -> InlineValue? {
        let location = inline.range.start
        switch inline.kind {
        case let .malformedValue(error, literal):
            return .failed(Diagnostic(.error, "malformed value \(literal): \(error.message)", at: location, file: notebook.path, hint: error.hint))
        case let .value(reference, literal):
            do {
                return try value(reference, runs: runs)
            } catch let error as FailedDependency {
                return .failed(Diagnostic.dependent(on: .run(error.run), "\(literal): \(error.message)", at: location, file: notebook.path,
                                                    hint: error.hint))
            } catch let error as ValueReference.PathError {
                return .failed(Diagnostic(.error, "\(literal): \(error.message)", at: location, file: notebook.path, hint: error.hint))
            } catch let error as PythonFormat.Failure {
                return .failed(Diagnostic(.error, "\(literal): \(error.message)", at: location, file: notebook.path, hint: error.hint))
            } catch {
                return .failed(Diagnostic(.error, "\(literal): \(error)", at: location, file: notebook.path))
            }
        default:
            return nil
        }
    }

    private func value(_ reference: ValueReference, runs: RunIndex) throws -> InlineValue {
        if reference.run.hasSuffix("[*]") { return try memberValues(reference, runs: runs) }
        let run = try runs.run(named: reference.run)
        if let format = reference.format { _ = try PythonFormat(format) }  // an unknown or oversized format, --check included
        let isStatus = reference.path == [.key("status")], isSentence = reference.path == [.key("status_line")]
        if let error = run.error, !isStatus, !isSentence {
            throw FailedDependency(run: reference.run, message: "run '\(reference.run)' failed, so it has no \(reference.pathText)",
                                   hint: "fix its error first: \(error.headline)")
        }
        if options.checkOnly { return try checkedShape(reference) }
        if isStatus {
            _ = try reference.text(of: .string(run.status.rawValue))
            return .status(run.status)
        }
        if isSentence {
            if let format = reference.format {
                throw PythonFormat.Failure(message: "format '\(format)' does not apply to the status sentence", hint: "drop ':\(format)'")
            }
            return .statusSentence(run.detail)
        }
        let found = try reference.resolve(in: run.json(sentence: nil))
        return .text(try reference.text(of: found))
    }

    /// `{SWEEP[*].PATH}`: the value at PATH of every member of the sweep, for a page whose explorable chart
    /// (`show: [explore]`) selects the member shown.
    private func memberValues(_ reference: ValueReference, runs: RunIndex) throws -> InlineValue {
        let sweep = String(reference.run.dropLast(3))
        let members = try runs.members(of: sweep)
        if let format = reference.format { _ = try PythonFormat(format) }
        if reference.path == [.key("status_line")] {
            throw ValueReference.PathError("the status sentence cannot follow a slider", hint: "use {\(sweep)[*].status}, or name one member")
        }
        if options.checkOnly { _ = try checkedShape(reference); return .members(sweep: sweep, texts: members.map { _ in "…" }) }
        let texts = try members.map { run -> String in
            if let error = run.error, reference.path != [.key("status")] {
                throw FailedDependency(run: run.name, message: "member '\(run.name)' failed, so it has no \(reference.pathText)",
                                       hint: "fix its error first: \(error.headline)")
            }
            return try reference.text(of: reference.resolve(in: run.json(sentence: nil)))
        }
        return .members(sweep: sweep, texts: texts)
    }

    /// With `--check` nothing is trained: the path's first key (and a history column) is checked.
    private func checkedShape(_ reference: ValueReference) throws -> InlineValue {
        guard case let .key(first)? = reference.path.first, RunResult.jsonKeys.contains(first) else {
            let first = reference.path.first.map { String("\($0)".drop { $0 == "." }) } ?? ""
            throw ValueReference.PathError("a run has no key '\(first)'", hint: Suggestion.hint(for: first, in: RunResult.jsonKeys))
        }
        if first == "history", reference.path.count > 1 {
            let column = String("\(reference.path[1])".drop { $0 == "." })
            guard case .key = reference.path[1], RunResult.historyColumns.contains(column) else {
                throw ValueReference.PathError("a history has no column '\(column)'", hint: Suggestion.hint(for: column, in: RunResult.historyColumns))
            }
        }
        return .text("…")
    }
}

/// The runs of an executed notebook by name, for inline values.
struct RunIndex {
    private var runs: [String: RunResult] = [:]
    private var order: [String] = []
    private var sweeps: [String: [String]] = [:]
    private var comparisons: Set<String> = []
    private var failedCells: [String: Diagnostic] = [:]
    private var failedSweeps: Set<String> = []

    init(_ cells: [CellResult]) {
        for case let .run(cell) in cells {
            switch cell.kind {
            case .compare: comparisons.insert(cell.name)
            case .sweep: sweeps[cell.name] = cell.runs.map(\.name)
            case .single: break
            }
            if cell.kind != .compare {
                for run in cell.runs where runs[run.name] == nil {
                    runs[run.name] = run
                    order.append(run.name)
                }
            }
            if cell.runs.isEmpty, let error = cell.error {
                failedCells[cell.name] = error
                if NotebookRunner.blockKind(cell.source) == .sweep { failedSweeps.insert(cell.name) }
            }
        }
    }

    /// The members of the sweep `name` in order (`{name[*].PATH}`), or why it has none.
    func members(of name: String) throws -> [RunResult] {
        if let members = sweeps[name] { return members.compactMap { runs[$0] } }
        if let error = failedCells[name] {
            throw FailedDependency(run: name, message: "sweep '\(name)' failed, so it has no values", hint: "fix its error first: \(error.headline)")
        }
        throw ValueReference.PathError("[*] follows the members of a sweep, and no sweep is named '\(name)'",
                                       hint: sweeps.isEmpty ? "only a sweep's members can follow a slider" : Suggestion.hint(for: name, in: sweeps.keys.sorted()))
    }

    /// The run called `name`, or why there is none.
    func run(named name: String) throws -> RunResult {
        if let run = runs[name] { return run }
        if let members = sweeps[name] {
            throw ValueReference.PathError("'\(name)' is a sweep, not one run",
                                           hint: "name a member: " + members.prefix(6).joined(separator: ", "))
        }
        if comparisons.contains(name) {
            throw ValueReference.PathError("'\(name)' is a comparison, not a run", hint: "name one of the runs it compares")
        }
        if let error = failedCells[name] {
            throw FailedDependency(run: name, message: "run '\(name)' failed, so it has no values", hint: "fix its error first: \(error.headline)")
        }
        if let bracket = name.firstIndex(of: "["), name.hasSuffix("]"), let error = failedCells[String(name[..<bracket])] {
            let cell = String(name[..<bracket])
            let what = failedSweeps.contains(cell) ? "is a member of the failed sweep '\(cell)'" : "names a member of '\(cell)', which failed"
            throw FailedDependency(run: cell, message: "'\(name)' \(what)",
                                   hint: "fix its error first: \(error.headline)")
        }
        throw ValueReference.PathError("no run is named '\(name)'",
                                       hint: order.isEmpty ? "runs are named by their fence: ```config NAME" : Suggestion.hint(for: name, in: order))
    }
}
