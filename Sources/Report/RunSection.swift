import Charts
import Markup
import Notebook
import Output
import Results

/// The HTML of a config cell: source, status, metrics, parameters, charts and the loss table.
enum RunSection {
    /// `python`, when given, is shown in a collapsed "Python" section after the output.
    static func render(_ run: RunCell, words: ReportStrings, python: String? = nil, ids: inout PageIDs) -> MarkupNode {
        let single = run.kind == .single ? run.runs.first : nil
        let badge = badge(run, single: single, words: words)
        var header: [MarkupNode] = [.el("span", class: "name", [.text(run.name)]),
                                  .el("span", class: "kind", [.text(kindLabel(run, words: words))])]
        header.append(.el("span", class: "badge status-\(badge.kind)", [.text(badge.text)]))
        var children: [MarkupNode] = [.el("header", [], header)]
        if run.echo || run.error != nil {
            children.append(.el("pre", class: "source", [.el("code", class: "language-yaml", [.text(CellOption.removing(from: run.source))])]))
        }
        var body: [MarkupNode] = []
        if let error = run.error {
            body.append(DependentNotice.block(error, words: words) ?? HTMLReport.errorBox(error))
        } else if let single {
            body += SingleRunView(run: single, show: Set(run.show), words: words).render(ids: &ids)
        } else {
            body += GroupRunView(cell: run, show: Set(run.show), words: words).render(ids: &ids)
        }
        body += checks(run, words: words)
        if let python { body.append(PythonExport.collapsed(python, words: words)) }
        children.append(.el("div", class: "body", body))
        return .el("section", [("class", "run"), ("id", ids.run(run.name))], children)
    }

    /// The failed `expect:` checks and undrawable parts in place, and a short note of the checks that held.
    private static func checks(_ run: RunCell, words: ReportStrings) -> [MarkupNode] {
        var nodes = (run.partErrors + run.failedChecks).map(HTMLReport.errorBox)
        if run.checksPassed > 0 { nodes.append(.el("p", class: "checks", [.text("✓ " + words.checksPassed(run.checksPassed))])) }
        return nodes
    }

    /// The header badge: an error, a failed check (warning colour), else the run's status; a single run that did
    /// every planned epoch says how many ("ran 300 epochs"), in neutral colour.
    private static func badge(_ run: RunCell, single: RunResult?, words: ReportStrings) -> (kind: String, text: String) {
        if run.error != nil { return ("error", words.badgeWords("error")) }
        if !run.failedChecks.isEmpty, single?.status != .error { return ("check_failed", words.checkFailed) }
        guard let single else { return (groupStatus(run), words.badgeWords(groupStatus(run))) }
        return (single.status.rawValue, statusBadge(single, words: words))
    }

    /// A run's status as a badge or table word: "ran 300 epochs" for a run that did every planned epoch.
    static func statusBadge(_ run: RunResult, words: ReportStrings) -> String {
        if case let .maxEpochs(epoch) = run.detail.stop { return words.ran(epoch, run.detail.subject) }
        return words.badgeWords(run.status.rawValue)
    }

    private static func kindLabel(_ run: RunCell, words: ReportStrings) -> String {
        switch run.kind {
        case .single: return words.run
        case .sweep: return words.sweepOver(run.sweepKey ?? "")
        case .compare: return words.comparison
        }
    }

    private static func groupStatus(_ run: RunCell) -> String {
        if run.kind == .compare { return run.runs.first?.status == .checked ? "checked" : "compare" }
        if run.runs.contains(where: { $0.status == .error }) { return "error" }
        if run.runs.contains(where: { $0.status == .diverged }) { return "diverged" }
        if run.runs.contains(where: { $0.status == .timedOut }) { return "timed_out" }
        return run.runs.first?.status.rawValue ?? "error"
    }
}

/// Number formatting for tables.
enum TableFormat {
    static func number(_ value: Double) -> String { NumberFormat.significant(value, digits: 5) }
}

/// Builds `<table>`s.
enum TableBuilder {
    static func table(header: [String], rows: [[MarkupNode]], caption: String? = nil) -> MarkupNode {
        var children: [MarkupNode] = []
        if let caption { children.append(.el("caption", [], [.text(caption)])) }
        children.append(.el("thead", [], [.el("tr", [], header.map { .el("th", [("scope", "col")], [.text($0)]) })]))
        children.append(.el("tbody", [], rows.map { .el("tr", [], $0) }))
        return .el("table", [], children)
    }

    /// A number cell with the report's 5 significant digits, or `digits` of them (`precision:`).
    static func cell(_ value: Double, markZero: Bool = false, digits: Int? = nil) -> MarkupNode {
        if markZero, value == 0 { return .el("td", class: "zero", [.text("0")]) }
        return .el("td", [], [.text(digits.map { NumberFormat.significant(value, digits: $0) } ?? TableFormat.number(value))])
    }

    static func cell(_ text: String) -> MarkupNode { .el("td", [], [.text(text)]) }

    /// About ten evenly spaced entries plus the last one.
    static func sampledIndices(count: Int, target: Int = 10) -> [Int] {
        guard count > 0 else { return [] }
        if count <= target + 1 { return Array(0..<count) }
        let step = Double(count - 1) / Double(target)
        var indices = (0...target).map { Int((Double($0) * step).rounded()) }
        if indices.last != count - 1 { indices.append(count - 1) }
        var seen = Set<Int>()
        return indices.filter { seen.insert($0).inserted }
    }
}
