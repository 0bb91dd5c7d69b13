import Config
import Notebook
import Results

/// Requested output parts that cannot be drawn are errors, never silently dropped.
extension NotebookRunner {
    /// A located error for each part that the block listed in `show` (`showNode`) but that its runs cannot draw
    /// (`DrawableParts`), at the part in the list. What is known before training is checked under `--check` too;
    /// runs that failed are left out (their error is reported), and a sweep or comparison needs one run that can
    /// draw a part (it draws the part for those).
    func undrawableParts(_ cell: RunCell, records: [RunRecord], showNode: YAMLNode?) -> [Diagnostic] {
        guard let showNode else { return [] }
        let finished = records.filter { $0.result.error == nil }
        guard !finished.isEmpty else { return [] }
        var errors: [Diagnostic] = []
        // A single run's cell shows what its result asks for, which `--check` leaves empty: its spec has the list.
        for part in cell.kind == .single ? records.first?.spec.show ?? [] : cell.show {
            guard let reason = reason(part, cell: cell, finished: finished) else { continue }
            let item = showNode.items?.first { $0.scalar == part.rawValue }
            let subject = cell.kind == .single ? "'\(cell.name)'" : "any run of '\(cell.name)'"
            errors.append(Diagnostic(.error, "show: '\(part.rawValue)' cannot be drawn for \(subject): \(reason)",
                                     at: item?.location ?? showNode.location, file: notebook.path,
                                     hint: "remove '\(part.rawValue)' from show"))
        }
        return errors
    }

    /// Why `cell` cannot draw `part`, nil when it can.
    private func reason(_ part: ShowPart, cell: RunCell, finished: [RunRecord]) -> String? {
        func member(_ record: RunRecord) -> String? {
            if let planned = DrawableParts.plannedReason(part, record) { return planned }
            guard !options.checkOnly else { return nil }
            if cell.kind != .single, part == .curve {
                return record.result.history.epoch.count > 1 ? nil : "no run has a history of more than one entry"
            }
            if cell.kind != .single, part == .params {
                return record.result.parameters.isEmpty ? "its runs are networks, whose layers are not tabulated side by side" : nil
            }
            return cell.kind == .single || part != .contour ? DrawableParts.drawnReason(part, record.result) : nil
        }
        if part == .explore { return exploreReason(cell, finished: finished) }
        if cell.kind == .single { return finished.first.flatMap(member) }
        if let reason = DrawableParts.groupReason(part, records: finished) { return reason }
        let reasons = finished.map(member)
        guard let first = reasons.first ?? nil, reasons.allSatisfy({ $0 != nil }) else {
            let sampled = part == .contour && !options.checkOnly && cell.contour == nil
            return sampled ? "the contour of the objective could not be sampled around the paths" : nil
        }
        return first
    }

    /// Why `cell` cannot be explored: only a sweep or grid has members to switch between, and one of them must
    /// have a curve.
    private func exploreReason(_ cell: RunCell, finished: [RunRecord]) -> String? {
        switch cell.kind {
        case .single: return "a single run has no members to switch between (explore a sweep or grid)"
        case .compare: return "a comparison's runs are not the values of one key (explore a sweep or grid)"
        case .sweep:
            guard !options.checkOnly else { return nil }
            let fits = cell.show.contains(.fit) && finished.contains { $0.result.fit != nil }
            return fits || finished.contains { $0.result.history.epoch.count > 2 } ? nil
                : "no run has a curve of more than two entries (a closed-form sweep explores its fitted models: add fit to show)"
        }
    }
}
