import Notebook

/// The ids nbrun itself puts on a page (the navigation toggle, run sections, chart clip paths), chosen so that
/// every id on the page is unique: a generated id never equals a heading's anchor or another generated id.
///
/// Headings keep the anchors they were given when the notebook was parsed (links from other notebooks are
/// checked against those, and a reader's bookmark of a heading must not move); a generated id that is taken gets
/// `-2`, `-3`, … (`run-sgd-2`), and a chart takes the next number whose ids are free. Pages without clashes get the
/// same ids as always: `nav-toggle`, `run-NAME`, `c1-plot`, `c2-plot`, ….
struct PageIDs {
    private var used: Set<String>
    private var charts = 0

    /// The ids of a page whose headings are `headings`.
    init(headings: [Heading]) {
        used = Set(headings.map(\.id))
    }

    /// `base`, or `base-2`, `base-3`, … whichever is free first; taken from now on.
    mutating func claim(_ base: String) -> String {
        var candidate = base, number = 1
        while used.contains(candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        used.insert(candidate)
        return candidate
    }

    /// The id of the navigation's collapse checkbox.
    mutating func navigationToggle() -> String { claim("nav-toggle") }

    /// The id of the section of the run (or comparison) `name`: `run-` and the name's slug.
    mutating func run(_ name: String) -> String { claim("run-" + Slug.make(name)) }

    /// The id prefix of the next chart (`c1`, `c2`, …), whose ids inside the SVG are the prefix, `-` and a word
    /// (`c1-plot`); a number is skipped when any id on the page already starts with its prefix.
    mutating func chartPrefix() -> String {
        while true {
            charts += 1
            let prefix = "c\(charts)"
            guard used.contains(where: { $0 == prefix || $0.hasPrefix(prefix + "-") }) else {
                used.insert(prefix + "-plot")
                return prefix
            }
        }
    }
}
