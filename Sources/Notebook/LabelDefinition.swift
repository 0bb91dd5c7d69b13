/// Where a cross-reference label is defined: a labeled display equation, a labeled image, or a config block with
/// `#| label: fig-NAME`; numbered in document order, equations and figures apart.
public struct LabelDefinition: Hashable, Sendable {
    /// The label.
    public var label: ReferenceLabel
    /// Where its `{#…}` (or its `#| label:` value) stands.
    public var location: SourceLocation
    /// A figure's caption: an image's description, or a run's `fig-cap`; empty for equations.
    public var caption: [Inline]
    /// The config cell whose charts form the figure (1-based cell number); nil for equations and images.
    public var cellNumber: Int?
    /// For an equation: whether its TeX has its own `\tag` (then the label would number it twice).
    public var hasTag: Bool

    /// Creates a definition.
    public init(label: ReferenceLabel, location: SourceLocation, caption: [Inline] = [], cellNumber: Int? = nil, hasTag: Bool = false) {
        self.label = label
        self.location = location
        self.caption = caption
        self.cellNumber = cellNumber
        self.hasTag = hasTag
    }
}

extension Notebook {
    /// Every label the notebook defines, in document order.
    public var labelDefinitions: [LabelDefinition] {
        var definitions: [LabelDefinition] = []
        for cell in cells {
            switch cell.kind {
            case let .prose(blocks, _):
                for block in blocks { block.forEachInlineList { definitions += Self.labels(in: $0) } }
            case .config:
                guard let option = cell.options.first(where: { $0.key == "label" }), let label = ReferenceLabel(option.value),
                      label.kind == .figure else { continue }
                let caption = cell.options.first { $0.key == "fig-cap" }
                definitions.append(LabelDefinition(label: label, location: option.valueLocation,
                                                   caption: caption.map { [Inline(.text($0.value), range: SourceRange(at: $0.valueLocation))] } ?? [],
                                                   cellNumber: cell.number))
            case .formula, .code:
                continue
            }
        }
        return definitions
    }

    /// The labels of one inline list: each `.label` with the equation or image before it.
    private static func labels(in inlines: [Inline]) -> [LabelDefinition] {
        var definitions: [LabelDefinition] = []
        for (index, inline) in inlines.enumerated() {
            guard case let .label(label) = inline.kind, index > 0 else { continue }
            switch inlines[index - 1].kind {
            case let .math(tex, _):
                definitions.append(LabelDefinition(label: label, location: inline.range.start, hasTag: TeXTag.isTagged(tex)))
            case let .image(_, _, children):
                definitions.append(LabelDefinition(label: label, location: inline.range.start, caption: children))
            default:
                continue
            }
        }
        return definitions
    }
}

extension Block {
    /// Calls `visit` with every list of inlines in the block, in document order: each paragraph's and heading's,
    /// table cell's, and the children of emphasis, strong emphasis, strikethrough and links.
    public func forEachInlineList(_ visit: ([Inline]) -> Void) {
        func walk(_ inlines: [Inline]) {
            visit(inlines)
            for inline in inlines where !inline.children.isEmpty { walk(inline.children) }
        }
        switch kind {
        case let .paragraph(inlines), let .heading(_, _, inlines): walk(inlines)
        case let .blockQuote(blocks), let .details(_, _, blocks), let .callout(_, blocks): blocks.forEach { $0.forEachInlineList(visit) }
        case let .list(_, items): items.joined().forEach { $0.forEachInlineList(visit) }
        case let .table(table): table.allCells.forEach(walk)
        case let .footnotes(notes): notes.flatMap(\.blocks).forEach { $0.forEachInlineList(visit) }
        case .codeBlock, .html, .thematicBreak: break
        }
    }
}

/// Whether TeX has a `\tag` or `\tag*` of its own.
enum TeXTag {
    static func isTagged(_ tex: String) -> Bool {
        var rest = tex[...]
        while let range = rest.range(of: "\\tag") {
            let after = rest[range.upperBound...]
            if !(after.first?.isLetter ?? false) {
                let before = rest[..<range.lowerBound].reversed().prefix { $0 == "\\" }.count
                if before % 2 == 0 { return true }
            }
            rest = after
        }
        return false
    }
}
