import ArgumentParser
import Foundation
import Report

/// A file `nbrun` writes for each notebook (`--to`).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// `NAME.html`, the self-contained report.
    case html
    /// `NAME.json`, every run's config, history, params and metrics.
    case json
    /// `NAME.ipynb`, a Jupyter notebook with the outputs.
    case ipynb
    /// `NAME.py`, every run as a plain Python program.
    case py
    /// `NAME.slides.html`, the notebook as a slide deck (`SlideDeck`).
    case slides

    /// The file extension, with its dot.
    var fileExtension: String { self == .slides ? SlideDeck.fileSuffix : "." + rawValue }
}

/// The value of `--to`: one or more formats separated by commas (`html,json,ipynb`), in the order given,
/// without repeats.
struct OutputFormats: ExpressibleByArgument, Equatable {
    /// The formats, in the order given.
    var formats: [OutputFormat]

    /// Formats from a list (repeats dropped).
    init(_ formats: [OutputFormat]) {
        self.formats = formats.reduce(into: []) { list, format in if !list.contains(format) { list.append(format) } }
    }

    /// Parses `html,json`; nil when the list is empty or names an unknown format.
    init?(argument: String) {
        let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let formats = names.filter { !$0.isEmpty }.map(OutputFormat.init(argument:))
        guard !formats.isEmpty, !formats.contains(where: { $0 == nil }) else { return nil }
        self.init(formats.compactMap { $0 })
    }

    /// Whether `format` is among them.
    func contains(_ format: OutputFormat) -> Bool { formats.contains(format) }

    /// The allowed format names, listed in help and in the error for a bad value.
    static var allValueStrings: [String] { OutputFormat.allValueStrings }

    /// `html,json` as the user would write it.
    var defaultValueDescription: String { formats.map(\.rawValue).joined(separator: ",") }
}
