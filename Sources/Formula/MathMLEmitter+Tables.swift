import Markup

/// Environments as `<mtable>`, with delimiters around them.
extension MathMLEmitter {
    /// Writes a table with its delimiters; alignment through CSS `text-align` (Chromium ignores `columnalign`).
    mutating func emitTable(_ table: MathNode.Table) {
        // amsmath sets aligned/gathered in display style; matrices and cases stay in text style.
        let displayEnvironments: Set<String> = ["aligned", "align", "align*", "split", "gathered", "gather", "gather*", "equation", "equation*"]
        let rows = table.rows.enumerated().map { index, row in
            MarkupNode.el("mtr", [], row.enumerated().map { column, cell in
                .el("mtd", cellStyle(table, row: index, column: column), nodes { $0.emitCell(cell, table: table, column: column) })
            })
        }
        var body = MarkupNode.el("mtable", displayEnvironments.contains(table.environment) ? [("displaystyle", "true")] : [], rows)
        if table.isSmall { body = .el("mstyle", [("scriptlevel", "1")], [body]) }
        guard table.open != nil || table.close != nil else {
            output.append(body)
            return
        }
        let open = table.open.map { [fence($0, form: "prefix")] } ?? []
        let close = table.close.map { [fence($0, form: "postfix")] } ?? []
        output.append(.el("mrow", [], open + [body] + close))
    }

    /// Cell contents; the right-hand cells of `aligned` start as if after an ordinary atom (`&=` spacing).
    private mutating func emitCell(_ cell: MathNode, table: MathNode.Table, column: Int) {
        let nodes: [MathNode]
        if case .row(let list) = cell.kind { nodes = list } else { nodes = [cell] }
        let startsWithOperator = nodes.first.map { [.rel, .bin].contains(Self.atomClass($0)) } ?? false
        if table.isAligned, column % 2 == 1, startsWithOperator {
            emitRow(nodes, leadingOrdinary: true)
        } else {
            emitRow(nodes)
        }
    }

    /// The `style` attribute of a cell: alignment, pair gluing for `aligned`, vertical rules for `array`.
    private func cellStyle(_ table: MathNode.Table, row: Int, column: Int) -> [(String, String)] {
        var rules: [String] = []
        let align = table.isAligned ? (column % 2 == 0 ? "right" : "left")
            : table.columnAlign[min(column, table.columnAlign.count - 1)]
        if align != "center" { rules.append("text-align:\(align)") }
        if table.isAligned {
            rules.append(column % 2 == 0 ? "padding-right:0" : "padding-left:0")
            if column % 2 == 0 { rules.append("padding-left:\(column == 0 ? "0" : "2em")") }
        }
        if table.environment == "cases" || table.environment == "rcases" {
            if column == 0 { rules.append("padding-left:0.2em") }
            if column > 0 { rules.append("padding-left:1em") }
        }
        if table.columnLines.contains(column) { rules.append("border-right:0.06em solid") }
        if table.rowLines.contains(row) { rules.append("border-top:0.06em solid") }
        if row == table.rows.count - 1, table.rowLines.contains(table.rows.count) { rules.append("border-bottom:0.06em solid") }
        return rules.isEmpty ? [] : [("style", rules.joined(separator: ";"))]
    }
}
