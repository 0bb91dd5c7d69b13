import Notebook

/// Checks the cross-references and citations of one course (the notebooks of one folder; a language sub-course
/// is a course of its own, so a translation may reuse its original's labels): labels defined twice, an equation
/// label on math with its own `\tag`, unknown labels and citation keys (with a did-you-mean), and the cell options
/// of config blocks. Every error is located in its notebook; a notebook alone is a course of one.
public struct ReferenceCheck {
    /// What a course knows of its `references.bib`.
    public enum BibliographyFile: Sendable {
        /// No `references.bib` in the course folder (or above it, up to the course root); the path it would have.
        case missing(String)
        /// The file's entries.
        case loaded(Bibliography)
        /// The file is malformed; its error is reported once, and citations are not checked against it.
        case failed
    }

    private var errors: [String: [Diagnostic]] = [:]
    private let file: BibliographyFile

    /// The course's bibliography, when its `references.bib` could be read.
    public var bibliography: Bibliography? {
        if case let .loaded(bibliography) = file { return bibliography }
        return nil
    }

    /// The check of a course whose notebooks are `notebooks` (in file order: a label's first definition wins).
    public init(notebooks: [Notebook], bibliography: BibliographyFile) {
        self.file = bibliography
        var defined: [String: (path: String, location: SourceLocation)] = [:]
        var labels: [ReferenceLabel] = []
        for notebook in notebooks {
            var found = Self.optionErrors(notebook)
            for definition in notebook.labelDefinitions {
                let name = definition.label.name
                if let first = defined[name] {
                    let place = first.path == notebook.path ? "line \(first.location.line)" : "\(first.path):\(first.location)"
                    found.append(Diagnostic(.error, "label '\(name)' is defined twice (first at \(place))", at: definition.location,
                                            file: notebook.path, hint: "give each equation and figure its own label"))
                    continue
                }
                defined[name] = (notebook.path, definition.location)
                labels.append(definition.label)
                if definition.hasTag {
                    found.append(Diagnostic(.error, "equation '\(name)' has its own \\tag, so it would be numbered twice",
                                            at: definition.location, file: notebook.path,
                                            hint: "remove the \\tag to number it with the chapter, or remove {#\(name)} to keep the tag"))
                }
            }
            errors[notebook.path] = found
        }
        for notebook in notebooks { errors[notebook.path, default: []] += references(notebook, labels: labels) }
    }

    /// The errors (and warnings) of the notebook at `path`, in document order.
    public func diagnostics(for path: String) -> [Diagnostic] {
        (errors[path] ?? []).sorted { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) }
    }

    /// Unknown `@eq-`/`@fig-` labels and unknown citation keys of `notebook`.
    private func references(_ notebook: Notebook, labels: [ReferenceLabel]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let names = Set(labels.map(\.name))
        var hints: [String: String] = [:]
        for block in notebook.cells.flatMap(\.proseBlocks) {
            block.forEachInline { inline in
                switch inline.kind {
                case let .crossReference(label, _) where !names.contains(label.name):
                    let hint = hints[label.name] ?? Self.hint(for: label, among: labels)
                    hints[label.name] = hint
                    found.append(Diagnostic(.error, "unknown label '@\(label.name)'", at: inline.range.start, file: notebook.path, hint: hint))
                case let .citation(citation):
                    found += self.citation(citation, path: notebook.path)
                default:
                    break
                }
            }
        }
        return found
    }

    /// The closest label of the same kind, else how to define one.
    private static func hint(for label: ReferenceLabel, among labels: [ReferenceLabel]) -> String {
        let sameKind = labels.filter { $0.kind == label.kind }.map(\.name)
        if let closest = Suggestion.closest(to: label.name, in: sameKind) { return "did you mean '@\(closest)'?" }
        return label.kind == .equation ? "label a display equation with $$ … $$ {#\(label.name)}"
            : "label an image with ![caption](file.png){#\(label.name)} or a config block with #| label: \(label.name)"
    }

        /// Unknown keys of a bracketed citation (errors), and an in-text `@word` close to a key (a warning: it is shown
    /// as text).
    private func citation(_ citation: Citation, path: String) -> [Diagnostic] {
        switch file {
        case .failed:
            return []
        case let .missing(file):
            guard !citation.inText, let first = citation.items.first else { return [] }
            return [Diagnostic(.error, "citation \(citation.literal) but the course has no \(file)", at: first.location, file: path,
                               hint: "write the cited works into \(file) (BibTeX), beside index.md or the notebook")]
        case let .loaded(bibliography):
            return citation.items.compactMap { item in
                guard bibliography.entries[item.key] == nil else { return nil }
                let closest = Suggestion.closest(to: item.key, in: bibliography.keys)
                if citation.inText {
                    guard let closest else { return nil }
                    return Diagnostic(.warning, "'@\(item.key)' is not a key of \(bibliography.path), so it is shown as text",
                                      at: item.location, file: path, hint: "did you mean '@\(closest)'?")
                }
                return Diagnostic(.error, "unknown citation key '\(item.key)': \(bibliography.path) has no such entry", at: item.location,
                                  file: path, hint: closest.map { "did you mean '\($0)'?" } ?? "add an entry @type{\(item.key), …} to \(bibliography.path)")
            }
        }
    }

    /// Unknown `#|` options and labels that do not name a figure, on the config blocks of `notebook`.
    private static func optionErrors(_ notebook: Notebook) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for cell in notebook.cells {
            for option in cell.options {
                if !CellOption.keys.contains(option.key) {
                    found.append(Diagnostic(.error, "unknown cell option '\(option.key)'", at: option.location, file: notebook.path,
                                            hint: Suggestion.hint(for: option.key, in: CellOption.keys)))
                } else if option.key == "slide-echo", option.value != "true", option.value != "false" {
                    found.append(Diagnostic(.error, "slide-echo is true or false, not '\(option.value)'", at: option.valueLocation,
                                            file: notebook.path, hint: "write #| slide-echo: true to show the block's YAML on its slide"))
                } else if option.key == "label", ReferenceLabel(option.value)?.kind != .figure {
                    found.append(Diagnostic(.error, "a config block's label must name a figure, fig-NAME, not '\(option.value)'",
                                            at: option.valueLocation, file: notebook.path,
                                            hint: "write #| label: fig-\(Slug.make(option.value.hasPrefix("eq-") ? String(option.value.dropFirst(3)) : option.value))"))
                }
            }
        }
        return found
    }
}
