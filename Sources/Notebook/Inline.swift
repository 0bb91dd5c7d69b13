/// An inline node of the document tree: text, code, math, emphasis, links and breaks, with where it stands in
/// the notebook file.
///
/// Produced by `CommonMarkConverter` from cmark's inlines; math (`$…$`, `$$…$$`) is found in text nodes only,
/// so code spans, link destinations, autolinks, raw HTML and image descriptions never hold math.
public struct Inline: Hashable, Sendable {
    /// What the node is.
    public indirect enum Kind: Hashable, Sendable {
        /// Plain text (backslash escapes and entities already resolved).
        case text(String)
        /// A code span's content.
        case code(String)
        /// A code span holding `{RUN.PATH}` or `{RUN.PATH:FORMAT}`: a value computed by a run; the literal is the
        /// span's content as written.
        case value(ValueReference, literal: String)
        /// A code span that looks like a value reference but is malformed; shown as code, reported as an error.
        case malformedValue(ValueReference.SyntaxError, literal: String)
        /// A math span: its TeX source exactly as written, inline (`$`) or display (`$$`); it may hold inline
        /// values (`` `{RUN.PATH}` ``, found by `MathValues`) that the runner replaces with their numbers.
        case math(tex: String, display: Bool)
        /// Raw inline HTML, kept only when unsafe HTML is allowed (otherwise it arrives as `text`).
        case html(String)
        /// `*…*` or `_…_`.
        case emphasis([Inline])
        /// `**…**` or `__…__`.
        case strong([Inline])
        /// `~~…~~` or `~…~` (GitHub's strikethrough).
        case strikethrough([Inline])
        /// `[^label]`: a reference to a footnote defined on the page.
        case footnoteReference(FootnoteReference)
        /// A link (inline, reference or autolink); the destination is empty when it was refused as unsafe.
        case link(destination: String, title: String, [Inline])
        /// An image; its children are the description, shown as plain `alt` text.
        case image(source: String, title: String, [Inline])
        /// A line end inside a paragraph.
        case softBreak
        /// A hard line break (backslash or two spaces before the line end).
        case lineBreak
        /// `{#eq-NAME}` right after display math, or `{#fig-NAME}` right after an image: labels that equation or
        /// figure (`ReferenceFinder`).
        case label(ReferenceLabel)
        /// `@eq-NAME` or `@fig-NAME`: a reference to a numbered equation or figure; the literal is as written.
        case crossReference(ReferenceLabel, literal: String)
        /// `[@key]`, `[@a; @b]`, `[@key, p. 12]` or `@key` in the text: a citation of `references.bib`.
        case citation(Citation)
    }

    /// What the node is.
    public var kind: Kind
    /// Where the node stands in the notebook file; for math, `start` is the first character of the TeX.
    public var range: SourceRange

    /// Creates an inline node.
    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The node's child inlines (empty for leaves).
    public var children: [Inline] {
        switch kind {
        case let .emphasis(children), let .strong(children), let .strikethrough(children), let .link(_, _, children),
             let .image(_, _, children):
            return children
        default:
            return []
        }
    }

    /// The text a reader sees, for heading anchors and titles: text, code, TeX of math, breaks as spaces.
    public var plainText: String {
        switch kind {
        case let .text(text), let .code(text), let .value(_, text), let .malformedValue(_, text): return text
        case let .math(tex, _): return tex
        case let .crossReference(_, literal): return literal
        case let .citation(citation): return citation.literal
        case .html, .label, .footnoteReference: return ""
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }
}
