import Notebook
import Output

/// The executed form of one cell.
public enum CellResult: Equatable, Sendable {
    /// Prose: its blocks, its Markdown source, the error of each math span whose TeX is invalid, and the
    /// outcome of each inline value (both keyed by where the span starts).
    case prose(blocks: [Block], markdown: String, mathErrors: [SourceLocation: Diagnostic] = [:],
               values: [SourceLocation: InlineValue] = [:])
    /// A formula block: its TeX and its error (invalid TeX, or a name clash).
    case formula(name: String?, tex: String, error: Diagnostic?)
    /// A code block shown as is.
    case code(language: String, source: String)
    /// A config cell: its source and the run(s) it produced.
    case run(RunCell)
}

/// A config cell's output.
public struct RunCell: Equatable, Sendable {
    /// single, sweep or compare.
    public enum Kind: String, Sendable { case single, sweep, compare }
    /// Cell name.
    public var name: String
    /// Kind of cell.
    public var kind: Kind
    /// The YAML source.
    public var source: String
    /// Show the source.
    public var echo: Bool
    /// The runs (one for a single run; several for sweeps and compares).
    public var runs: [RunResult]
    /// For sweeps: the swept key (keys joined by ` × ` for a grid).
    public var sweepKey: String?
    /// For grid sweeps over several keys: each key with its values; the runs are in row-major order (first key
    /// outermost).
    public var grid: [SweepAxis]?
    /// Which parts to show.
    public var show: [ShowPart]
    /// The cell's own error (bad YAML, unknown names), when it did not run at all.
    public var error: Diagnostic?
    /// For sweeps and comparisons of one 2-argument formula: the contour under every path.
    public var contour: ContourPlot?
    /// How many `expect:` checks held (over every run of the cell).
    public var checksPassed = 0
    /// The `expect:` checks that failed, each located at its key; any of them fails the cell.
    public var failedChecks: [Diagnostic] = []
    /// The comparison table's columns (result paths such as `metrics.validation_loss`), when the block chose them.
    public var columns: [String]?
    /// Whether the block listed its `show` parts itself (then each must be drawn, and sweeps and comparisons
    /// draw fitted models and decision regions as small multiples).
    public var showRequested = false
    /// Requested output parts that cannot be drawn (`show: [boundary]` on a regression); any of them fails the cell.
    public var partErrors: [Diagnostic] = []

    /// Creates a run cell.
    public init(name: String, kind: Kind, source: String, echo: Bool, runs: [RunResult], sweepKey: String? = nil,
                show: [ShowPart], error: Diagnostic? = nil) {
        self.name = name
        self.kind = kind
        self.source = source
        self.echo = echo
        self.runs = runs
        self.sweepKey = sweepKey
        self.show = show
        self.error = error
    }
}

/// Everything a report needs about an executed notebook.
public struct NotebookResult: Equatable, Sendable {
    /// Notebook file name (e.g. `gd.md`).
    public var fileName: String
    /// Page title.
    public var title: String
    /// `<html lang>`.
    public var lang: String
    /// Headings for the table of contents.
    public var headings: [Heading]
    /// Cells in order.
    public var cells: [CellResult]
    /// Every error and warning, in document order.
    public var diagnostics: [Diagnostic]
    /// Front-matter `order:`, the chapter's place in a course without a syllabus.
    public var order: Int?
    /// Front-matter `description:`, for a course's landing page.
    public var description: String?
    /// The syllabus's repository and site address (`repository:`, `site_url:`, …); empty for a chapter.
    public var site = SiteSettings()
    /// The numeric front-matter params (after `-p` overrides) by name: the constants of formula objectives.
    public var constants: [String: Double] = [:]
    /// For a page rendered alone: the `data:` URL of each local file its prose uses (images, linked files), keyed
    /// by the destination as written; set by nbrun after the run (empty in a course, whose files are copied).
    public var embeddedFiles: [String: String] = [:]
    /// The cross-reference labels the notebook defines, in document order (equations, images, run figures).
    public var labels: [LabelDefinition] = []

    /// Creates a result.
    public init(fileName: String, title: String, lang: String, headings: [Heading], cells: [CellResult], diagnostics: [Diagnostic]) {
        self.fileName = fileName
        self.title = title
        self.lang = lang
        self.headings = headings
        self.cells = cells
        self.diagnostics = diagnostics
    }

    /// `true` when some cell failed.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// All runs in document order (sweep members individually; compare cells add none).
    public var runs: [RunResult] {
        cells.flatMap { cell -> [RunResult] in
            guard case let .run(run) = cell, run.kind != .compare else { return [] }
            return run.runs
        }
    }
}

/// What an inline value reference (`{RUN.PATH:FORMAT}`) came to.
public enum InlineValue: Equatable, Sendable {
    /// A number, whole number, text or flag, as it shows (formatted).
    case text(String)
    /// A run's status, which the report shows as a word of the page's language.
    case status(RunStatus)
    /// A run's status sentence (`status_line`), which the report writes in the page's language.
    case statusSentence(StatusDetail)
    /// `{SWEEP[*].PATH}`: the value of every member of the sweep `sweep`, in member order, each as it shows; the
    /// page shows the member its explorable chart selects (all of them, separated by ` / `, without script).
    case members(sweep: String, texts: [String])
    /// The located error: unknown run or path, a failed run, a format that does not apply.
    case failed(Diagnostic)
}
