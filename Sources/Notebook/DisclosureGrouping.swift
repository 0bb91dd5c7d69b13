/// Turns the flat sequence `<details>` marker, blocks, `</details>` marker (how CommonMark parses a collapsed
/// section) into one `Block.Kind.details` holding its blocks. A marker without its partner is shown as text, as
/// any other raw HTML is in safe mode.
enum DisclosureGrouping {
    /// `blocks` with every balanced pair of markers, and what lies between, made one details block.
    static func group(_ blocks: [Block]) -> [Block] {
        var stack: [(opening: Block, tag: DisclosureTag, children: [Block])] = []
        var top: [Block] = []
        func append(_ block: Block) {
            if stack.isEmpty { top.append(block) } else { stack[stack.count - 1].children.append(block) }
        }
        for block in blocks {
            guard case let .html(literal) = block.kind, let tag = DisclosureTag(literal) else {
                append(block)
                continue
            }
            switch tag {
            case .opening:
                stack.append((block, tag, []))
            case .closing:
                guard let frame = stack.popLast(), case let .opening(summary, open) = frame.tag else {
                    append(asText(block))
                    continue
                }
                let range = SourceRange(start: frame.opening.range.start, end: block.range.end)
                append(Block(.details(summary: summary, open: open, frame.children), range: range))
            }
        }
        while let frame = stack.popLast() {  // unclosed: the opening tag is text, its blocks stay where they were
            append(asText(frame.opening))
            frame.children.forEach(append)
        }
        return top
    }

    private static func asText(_ block: Block) -> Block {
        guard case var .html(literal) = block.kind else { return block }
        while literal.hasSuffix("\n") { literal.removeLast() }
        return Block(.paragraph([Inline(.text(literal), range: block.range)]), range: block.range)
    }
}
