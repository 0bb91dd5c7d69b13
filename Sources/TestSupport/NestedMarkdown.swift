/// Markdown nested a chosen number of levels deep, one construct at a time, for the nesting-limit tests: each
/// text holds exactly `levels` levels (block quotes, lists, `<details>` sections, emphases, strikethroughs, links
/// and images count one each) and says where the element at any level starts, so a test can expect the located error of
/// the first element past a limit.
public enum NestedMarkdown: CaseIterable, Sendable {
    /// `> > > x` written `>>> x`.
    case blockQuotes
    /// `- - - x`: each item starts a list.
    case lists
    /// `*x _x *x … y … x* x_ x*`: emphases alternating `*` and `_`, each with its own text.
    case emphasis
    /// `**x __x … y … x__ x**`.
    case strong
    /// `~x ~~x ~x … y … x~ x~~ x~`: strikethroughs alternating `~` and `~~`, each with its own text.
    case strikethrough
    /// One delimiter run, `****y****`: cmark nests a strong emphasis per two stars.
    case delimiterRun
    /// `![![![x](#u)](#u)](#u)`: images inside images (fragment destinations, never files nbrun would publish).
    case images
    /// Images inside images with a link innermost (a link cannot hold a link).
    case linkInImages
    /// `<details>` sections inside one another, a paragraph innermost.
    case details
    /// Half the levels `<details>` sections, the rest block quotes inside them.
    case quotesInDetails
    /// Block quotes, then a list, then an emphasis (at least three levels).
    case mixed

    /// A notebook body of `levels` levels of the construct (at least one; three for `mixed`).
    public func text(levels: Int) -> String {
        precondition(levels >= 1)
        let delimiters = (0..<levels).map { $0 % 2 == 0 ? "*" : "_" }
        switch self {
        case .blockQuotes: return String(repeating: ">", count: levels) + " x\n"
        case .lists: return String(repeating: "- ", count: levels) + "x\n"
        case .emphasis:
            return delimiters.map { $0 + "x " }.joined() + "y" + delimiters.reversed().map { " x" + $0 }.joined() + "\n"
        case .strong:
            return delimiters.map { $0 + $0 + "x " }.joined() + "y" + delimiters.reversed().map { " x" + $0 + $0 }.joined() + "\n"
        case .strikethrough:
            let tildes = (0..<levels).map { $0 % 2 == 0 ? "~" : "~~" }
            return tildes.map { $0 + "x " }.joined() + "y" + tildes.reversed().map { " x" + $0 }.joined() + "\n"
        case .delimiterRun: return String(repeating: "**", count: levels) + "y" + String(repeating: "**", count: levels) + "\n"
        case .images: return String(repeating: "![", count: levels) + "x" + String(repeating: "](#u)", count: levels) + "\n"
        case .linkInImages:
            return String(repeating: "![", count: levels - 1) + "[x](#v)" + String(repeating: "](#u)", count: levels - 1) + "\n"
        case .details: return Self.details(levels, around: "x\n\n")
        case .quotesInDetails:
            let sections = levels / 2
            return Self.details(sections, around: String(repeating: ">", count: levels - sections) + " x\n\n")
        case .mixed:
            precondition(levels >= 3)
            return String(repeating: ">", count: levels - 2) + " - *x*\n"
        }
    }

    private static func details(_ sections: Int, around inner: String) -> String {
        String(repeating: "<details>\n\n", count: sections) + inner + String(repeating: "</details>\n\n", count: sections)
    }

    /// Where the element at `level` (1 = outermost) of `text(levels: levels)` starts: line and byte column.
    public func start(ofLevel level: Int, in levels: Int) -> (line: Int, column: Int) {
        switch self {
        case .blockQuotes: return (1, level)
        case .lists, .delimiterRun, .images, .linkInImages: return (1, 2 * level - 1)
        case .emphasis: return (1, 3 * level - 2)
        case .strong: return (1, 4 * level - 3)
        case .strikethrough: return (1, 1 + (0..<(level - 1)).reduce(0) { $0 + ($1 % 2 == 0 ? 3 : 4) })
        case .details: return (2 * level - 1, 1)
        case .quotesInDetails:
            let sections = levels / 2
            return level <= sections ? (2 * level - 1, 1) : (2 * sections + 1, level - sections)
        case .mixed:
            let quotes = levels - 2
            if level <= quotes { return (1, level) }
            return level == quotes + 1 ? (1, quotes + 2) : (1, quotes + 4)
        }
    }
}
