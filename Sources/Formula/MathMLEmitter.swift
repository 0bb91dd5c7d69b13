import Foundation
import Markup

/// Builds MathML Core markup (`MarkupNode`s) for a `MathNode` tree.
///
/// Spacing follows TeX's atom classes where Chromium's operator dictionary would differ: unary minus,
/// function names, delimiters set with explicit `form`, ordinary symbols with zero spacing.
struct MathMLEmitter {
    /// TeX atom classes used for spacing decisions.
    enum AtomClass {
        case ord, op, bin, rel, open, close, punct, inner
    }

    /// Display mode (`<math display="block">`): large operators take limits under/over.
    let display: Bool
    /// The elements written so far.
    var output: [MarkupNode] = []
    /// How many script levels deep the current node is; TeX drops binary and relation spacing there.
    var scriptDepth = 0

    /// An emitter for a fragment at the same depth.
    func child() -> MathMLEmitter {
        var emitter = MathMLEmitter(display: display)
        emitter.scriptDepth = scriptDepth
        return emitter
    }

    /// The elements `body` writes on a child emitter at the same depth.
    func nodes(_ body: (inout MathMLEmitter) -> Void) -> [MarkupNode] {
        var emitter = child()
        body(&emitter)
        return emitter.output
    }

    /// Writes an element whose children are what `body` writes.
    mutating func wrap(_ name: String, _ attributes: [(String, String)] = [], _ body: (inout MathMLEmitter) -> Void) {
        output.append(.el(name, attributes, nodes(body)))
    }

    /// Writes `node` as a script (sub, sup, limit, index).
    mutating func emitScript(_ node: MathNode) {
        scriptDepth += 1
        emitRow([node])
        scriptDepth -= 1
    }

    /// Writes `nodes` as one element: a single node as itself, otherwise an `<mrow>`.
    mutating func emitRow(_ nodes: [MathNode], leadingOrdinary: Bool = false) {
        if nodes.count == 1, !leadingOrdinary {
            emit(nodes[0], previous: nil, next: nil)
            return
        }
        wrap("mrow") { row in
            if leadingOrdinary { row.output.append(.el("mi")) }
            var previous: AtomClass? = leadingOrdinary ? .ord : nil
            for (index, node) in nodes.enumerated() {
                let next = nodes[(index + 1)...].lazy.compactMap(Self.atomClass).first
                row.emit(node, previous: previous, next: next)
                if let atom = Self.atomClass(node) {
                    previous = row.adjusted(atom, previous: previous, next: next)
                }
            }
        }
    }

    /// The class of a binary operator after TeX's rule: no left operand makes it ordinary (unary).
    func adjusted(_ atom: AtomClass, previous: AtomClass?, next: AtomClass?) -> AtomClass {
        guard atom == .bin else { return atom }
        switch previous {
        case nil, .bin?, .op?, .rel?, .open?, .punct?: return .ord
        default: return next == nil || next == .rel || next == .close || next == .punct ? .ord : .bin
        }
    }

    /// The spacing class of a node, or nil for spaces (which are transparent).
    static func atomClass(_ node: MathNode) -> AtomClass? {
        switch node.kind {
        case .space: return nil
        case .symbol(_, _, let role), .sizedDelimiter(_, _, let role):
            switch role {
            case .binary: return .bin
            case .relation: return .rel
            case .open: return .open
            case .close: return .close
            case .punctuation: return .punct
            case .ordinary, .fence: return .ord
            }
        case .function, .largeOperator: return .op
        case .scripts(let base, _, _): return atomClass(base) ?? .ord
        case .stack(let base, _, _): return atomClass(base) ?? .ord
        case .wrapped(let inner, _, _): return atomClass(inner) ?? .ord
        case .fenced: return .inner
        case .row(let nodes) where nodes.isEmpty: return .ord
        default: return .ord
        }
    }

    /// Writes one node; `previous` and `next` are the classes of its neighbours in the row.
    mutating func emit(_ node: MathNode, previous: AtomClass?, next: AtomClass?) {
        switch node.kind {
        case .identifier(let text, _, let upright):
            output.append(.el("mi", upright ? [("mathvariant", "normal")] : [], [.text(text)]))
        case .number(let text):
            output.append(.el("mn", [], [.text(text)]))
        case .symbol(let text, _, let role):
            emitSymbol(text, role: role, previous: previous, next: next)
        case .text(let text):
            output.append(.el("mtext", [], [.text(Self.protectEdgeSpaces(text))]))
        case .space(let em):
            output.append(.el("mspace", em < 0 ? [("style", "margin-left:" + Self.em(em))] : [("width", Self.em(em))]))
        case .row(let nodes):
            emitRow(nodes)
        case .function, .largeOperator:
            emitOperator(node, sub: nil, sup: nil, previous: previous, next: next)
        case .scripts(let base, let sub, let sup):
            emitScripts(base: base, sub: sub, sup: sup, previous: previous, next: next)
        case .fraction(let numerator, let denominator, let style):
            emitFraction(numerator, denominator, style)
        case .root(let radicand, let index):
            emitRoot(radicand, index: index)
        case .accent(let base, let mark, let stretchy, let below):
            emitAccent(base, mark: mark, stretchy: stretchy, below: below)
        case .brace(let base, let mark, let below):
            emitBrace(base, mark: mark, below: below)
        case .stack(let base, let annotation, let below):
            var core = nodes { $0.emit(base, previous: previous, next: next) }
            if core.count != 1 { core = [.el("mrow", [], core)] }
            wrap(below ? "munder" : "mover") { stack in
                stack.output = core
                stack.emitScript(annotation)
            }
        case .fenced(let delimiters, let parts):
            emitFenced(delimiters, parts: parts)
        case .sizedDelimiter(let delimiter, let size, let role):
            emitSized(delimiter, size: size, role: role)
        case .table(let table):
            emitTable(table)
        case .wrapped(let inner, let element, let attributes):
            wrap(element, attributes) { $0.emitRow([inner]) }
        case .style(let displayStyle, let level, let inner):
            wrap("mstyle", [("displaystyle", "\(displayStyle)"), ("scriptlevel", "\(level)")]) { $0.emitRow([inner]) }
        }
    }

    /// Writes an operator symbol with the form and spacing TeX would give it.
    private mutating func emitSymbol(_ text: String, role: MathNode.OperatorRole, previous: AtomClass?, next: AtomClass?) {
        var attributes: [(String, String)] = []
        let tight = [("lspace", "0em"), ("rspace", "0em")]
        switch role {
        case .binary:
            if adjusted(.bin, previous: previous, next: next) == .ord {
                attributes = [("form", "prefix")] + tight
            } else if scriptDepth > 0 {
                attributes = tight
            }
        case .open: attributes = [("form", "prefix"), ("stretchy", "false")]
        case .close: attributes = [("form", "postfix"), ("stretchy", "false")]
        case .fence: attributes = [("stretchy", "false")] + tight
        case .ordinary: attributes = tight
        case .relation:
            if (previous == nil && next == nil) || scriptDepth > 0 { attributes = tight }
        case .punctuation:
            attributes = [("separator", "true")] + (scriptDepth > 0 ? tight : [])
        }
        output.append(.el("mo", attributes, [.text(text)]))
    }

    /// Leading spaces in `<mtext>` would be collapsed; make edge spaces non-breaking.
    static func protectEdgeSpaces(_ text: String) -> String {
        var characters = Array(text)
        var index = 0
        while index < characters.count, characters[index] == " " { characters[index] = "\u{A0}"; index += 1 }
        index = characters.count - 1
        while index >= 0, characters[index] == " " { characters[index] = "\u{A0}"; index -= 1 }
        return String(characters)
    }

    /// An em length with at most four decimals and no trailing zeros, e.g. `0.1667em`, `1em`, `-0.1667em`.
    static func em(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        if text == "-0" { text = "0" }
        return text + "em"
    }
}
