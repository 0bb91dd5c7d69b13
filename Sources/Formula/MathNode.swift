/// A node of the math syntax tree parsed from TeX, with its UTF-8 byte span in the TeX string.
///
/// The same tree feeds the MathML emitter (presentation) and the expression compiler (semantics),
/// so nodes keep both what is shown and what was written (`name`).
struct MathNode {
    /// The role of an operator, following TeX's atom classes.
    enum OperatorRole: Equatable {
        case binary, relation, open, close, punctuation, ordinary, fence
    }

    /// How a fraction is set.
    enum FractionStyle: Equatable {
        case auto, display, text, binomial
    }

    /// Where limits of a large operator or limit-taking function go.
    enum LimitsPlacement: Equatable {
        /// Under/over in display mode, as scripts inline (TeX's default for `\sum`).
        case auto
        /// Always under/over (`\limits`).
        case limits
        /// Always as scripts (`\nolimits`, TeX's default for `\int`).
        case scripts
    }

    /// A delimiter sized by `\big`-style commands or stretched by `\left`/`\right`.
    struct Delimiter: Equatable {
        /// The delimiter character; empty for the null delimiter `.`.
        var text: String
        /// The TeX spelling, e.g. `(` or `\|`.
        var name: String
    }

    /// An environment (`matrix`, `cases`, `aligned`, `array`, …) laid out as a table.
    struct Table {
        /// Environment name.
        var environment: String
        /// Cells, row by row; each cell is a row node.
        var rows: [[MathNode]]
        /// Alignment per column: "left", "center" or "right"; the last entry repeats.
        var columnAlign: [String]
        /// Vertical rules after column i (from an `array` spec such as `{cc|c}`).
        var columnLines: Set<Int>
        /// Opening and closing delimiters drawn around the table.
        var open: String?
        /// Closing delimiter.
        var close: String?
        /// Alternating right/left alignment glued in pairs, as in `aligned`.
        var isAligned: Bool
        /// Cells set in script size (`smallmatrix`).
        var isSmall: Bool
        /// Horizontal rules (`\hline`) above row i; `rows.count` is a rule under the last row.
        var rowLines: Set<Int> = []
    }

    /// What the node is.
    indirect enum Kind {
        /// A letter or name; `text` is shown, `name` is the semantic name (`x`, `lambda`, `𝐱`, `lr`).
        case identifier(text: String, name: String, upright: Bool)
        /// A decimal number as written.
        case number(String)
        /// An operator or delimiter symbol; `name` is the TeX spelling.
        case symbol(text: String, name: String, role: OperatorRole)
        /// A named function such as `\log` or `\min`; `limits` when it takes under-scripts.
        case function(text: String, name: String, limits: LimitsPlacement?)
        /// `\sum`, `\prod`, `\int`, …
        case largeOperator(text: String, name: String, limits: LimitsPlacement)
        /// `\text{…}` content.
        case text(String)
        /// Horizontal space in em (may be negative for `\!`).
        case space(Double)
        /// A braced group or sequence.
        case row([MathNode])
        /// `\frac`, `\dfrac`, `\tfrac`, `\binom`.
        case fraction(MathNode, MathNode, FractionStyle)
        /// `\sqrt[index]{radicand}`.
        case root(MathNode, index: MathNode?)
        /// Sub- and superscripts on a base.
        case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
        /// An accent over (or under) a base; `mark` is the accent character.
        case accent(MathNode, mark: String, stretchy: Bool, below: Bool)
        /// `\underbrace`/`\overbrace` (a label is attached later as a script).
        case brace(MathNode, mark: String, below: Bool)
        /// `\overset`/`\underset`/`\stackrel`: `annotation` set over or under `base`.
        case stack(base: MathNode, annotation: MathNode, below: Bool)
        /// `\left … \middle … \right`; `parts` are the rows between delimiters.
        case fenced(delimiters: [Delimiter], parts: [MathNode])
        /// A delimiter with a fixed size from `\big`, `\Bigl`, …; `size` in em.
        case sizedDelimiter(Delimiter, size: Double, role: OperatorRole)
        /// An environment.
        case table(Table)
        /// A node inside an element with attributes: `\boxed` (`mrow` with a border), `\color` and `\textcolor`
        /// (`mathcolor`), `\phantom` (`mphantom`); semantically the node itself.
        case wrapped(MathNode, element: String, attributes: [(String, String)])
        /// `\displaystyle`/`\textstyle`/… applied to the rest of the group.
        case style(display: Bool, scriptLevel: Int, MathNode)
    }

    /// What the node is.
    var kind: Kind
    /// UTF-8 byte offset of the first byte of its source.
    var offset: Int
    /// UTF-8 byte offset just past its source.
    var end: Int
}
