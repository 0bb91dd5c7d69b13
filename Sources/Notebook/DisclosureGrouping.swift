/// Turns the flat sequence `<details>` marker, blocks, `</details>` marker (how CommonMark parses a collapsed
/// section) into one `Block.Kind.details` holding its blocks. A marker without its partner is shown as text, as
/// any other raw HTML is in safe mode.
enum DisclosureGrouping {
    /// One collapsed section among sibling blocks: the indexes of its opening and closing markers.
    struct Pair: Equatable {
        var opening: Int
        var closing: Int
    }

    /// The sections that `tags` (one per sibling block, nil for a block that is no marker) form: each closing
    /// marker closes the latest opening one not yet closed; a closing marker with none open, and an opening one
    /// never closed, pair with nothing. Ordered by closing marker.
    static func pairs(_ tags: [DisclosureTag?]) -> [Pair] {
        var open: [Int] = []
        var pairs: [Pair] = []
        for (index, tag) in tags.enumerated() {
            switch tag {
            case .opening?: open.append(index)
            case .closing?: if let opening = open.popLast() { pairs.append(Pair(opening: opening, closing: index)) }
            case nil: break
            }
        }
        return pairs
    }

    /// For each of `count` siblings, how many sections of `pairs` hold it (a marker is not inside its own section).
    static func enclosingCounts(_ pairs: [Pair], count: Int) -> [Int] {
        var steps = [Int](repeating: 0, count: count + 1)
        for pair in pairs {
            steps[pair.opening + 1] += 1
            steps[pair.closing] -= 1
        }
        var running = 0
        return steps.dropLast().map { step in
            running += step
            return running
        }
    }

    /// `blocks` with every balanced pair of markers, and what lies between, made one details block.
    static func group(_ blocks: [Block]) -> [Block] {
        let tags = blocks.map(tag)
        let pairs = pairs(tags)
        let openings = Set(pairs.map(\.opening)), closings = Set(pairs.map(\.closing))
        var stack: [(opening: Block, summary: String?, open: Bool, children: [Block])] = []
        var top: [Block] = []
        func append(_ block: Block) {
            if stack.isEmpty { top.append(block) } else { stack[stack.count - 1].children.append(block) }
        }
        for (index, block) in blocks.enumerated() {
            if openings.contains(index), case let .opening(summary, open)? = tags[index] {
                stack.append((block, summary, open, []))
            } else if closings.contains(index), let frame = stack.popLast() {
                let range = SourceRange(start: frame.opening.range.start, end: block.range.end)
                append(Block(.details(summary: frame.summary, open: frame.open, frame.children), range: range))
            } else {
                append(tags[index] == nil ? block : asText(block))
            }
        }
        return top
    }

    /// The marker a block is, if it is one (safe mode keeps raw HTML only for markers).
    private static func tag(_ block: Block) -> DisclosureTag? {
        guard case let .html(literal) = block.kind else { return nil }
        return DisclosureTag(literal)
    }

    private static func asText(_ block: Block) -> Block {
        guard case var .html(literal) = block.kind else { return block }
        while literal.hasSuffix("\n") { literal.removeLast() }
        return Block(.paragraph([Inline(.text(literal), range: block.range)]), range: block.range)
    }
}
