import Formula
import Markup
import Notebook
import Results

/// Renders prose blocks to HTML the way libcmark-gfm's HTML renderer does with its GitHub extensions (same tags,
/// line breaks and escaping, so pages stay byte-identical), plus what cmark cannot do: math as MathML, anchors on
/// top-level headings, callouts, and a scrolling wrapper around tables (`ProseRenderer+GitHub`).
struct ProseRenderer {
    var output = ""
    /// The error of each math span whose TeX is invalid, keyed by where the span starts.
    let mathErrors: [SourceLocation: Diagnostic]
    /// The outcome of each inline value, keyed by where the span starts.
    let values: [SourceLocation: InlineValue]
    /// The report's words in the page's language (status values are shown as words).
    let words: ReportStrings
    /// The `data:` URL of each file a page rendered alone embeds, keyed by the destination as written
    /// (`NotebookResult.embeddedFiles`); an embedded link also gets a `download` name.
    let files: [String: String]
    /// The numbers of the course's labels and its bibliography; nil renders labels and references unnumbered.
    let references: PageReferences?

    /// The HTML of `blocks`.
    static func html(_ blocks: [Block], mathErrors: [SourceLocation: Diagnostic] = [:],
                     values: [SourceLocation: InlineValue] = [:], words: ReportStrings = .english,
                     files: [String: String] = [:], references: PageReferences? = nil) -> String {
        var renderer = ProseRenderer(mathErrors: mathErrors, values: values, words: words, files: files, references: references)
        renderer.render(blocks, tight: false)
        return renderer.output
    }

    private init(mathErrors: [SourceLocation: Diagnostic], values: [SourceLocation: InlineValue], words: ReportStrings,
                 files: [String: String], references: PageReferences?) {
        self.mathErrors = mathErrors
        self.values = values
        self.words = words
        self.files = files
        self.references = references
    }

    /// Starts a new line unless the output is empty or already at one (cmark's `cr`).
    mutating func newline() {
        if let last = output.utf8.last, last != UInt8(ascii: "\n") { output += "\n" }
    }

    mutating func text(_ text: String) {
        output += MarkupEscaping.escape(text)
    }

    /// Renders `blocks`; `tight` drops the `<p>` of paragraphs that are direct children of a tight list item.
    mutating func render(_ blocks: [Block], tight: Bool) {
        for block in blocks { render(block, tight: tight) }
    }

    private mutating func render(_ block: Block, tight: Bool) {
        switch block.kind {
        case let .paragraph(inlines):
            if let (image, label) = Self.figure(inlines) { return figure(image, label: label) }
            if tight { return render(inlines) }
            newline()
            output += "<p>"
            render(inlines)
            output += "</p>\n"
        case let .heading(level, anchor, inlines):
            heading(level: level, anchor: anchor, inlines)
        case let .blockQuote(blocks):
            newline()
            output += "<blockquote>\n"
            render(blocks, tight: false)
            newline()
            output += "</blockquote>\n"
        case let .list(style, items):
            list(style, items)
        case let .details(summary, open, blocks):
            newline()
            output += open ? "<details open>\n" : "<details>\n"
            if let summary {
                output += "<summary>"
                text(summary)
                output += "</summary>\n"
            }
            render(blocks, tight: false)
            newline()
            output += "</details>\n"
        case let .codeBlock(info, literal, _):
            newline()
            let language = info.prefix { !$0.isWhitespace }
            output += language.isEmpty ? "<pre><code>" : "<pre><code class=\"language-"
            if !language.isEmpty {
                text(String(language))
                output += "\">"
            }
            text(literal)
            output += "</code></pre>\n"
        case let .html(literal):
            newline()
            output += RawImageTag.replacingSources(in: literal, with: files)
            newline()
        case .thematicBreak:
            newline()
            output += "<hr />\n"
        case let .table(table):
            self.table(table)
        case let .callout(kind, blocks):
            callout(kind, blocks)
        case let .footnotes(notes):
            footnotes(notes)
        }
    }

    private mutating func heading(level: Int, anchor: String?, _ inlines: [Inline]) {
        newline()
        output += "<h\(level)"
        if let anchor { output += " id=\"\(anchor)\"" }
        output += ">"
        render(inlines)
        if let anchor { output += "<a class=\"anchor\" href=\"" + URLEscaping.fragment(anchor) + "\" aria-label=\"" + MarkupEscaping.escape(words.references.sectionLink) + "\">#</a>" }
        output += "</h\(level)>\n"
    }

    private mutating func list(_ style: Block.ListStyle, _ items: [[Block]]) {
        newline()
        if !style.ordered {
            output += "<ul>\n"
        } else {
            output += style.start == 1 ? "<ol>\n" : "<ol start=\"\(style.start)\">\n"
        }
        for (index, item) in items.enumerated() {
            newline()
            output += "<li>"
            if let checked = style.task(index) { output += checked ? "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> " : "<input type=\"checkbox\" disabled=\"\" /> " }
            render(item, tight: style.tight)
            output += "</li>\n"
        }
        output += style.ordered ? "</ol>\n" : "</ul>\n"
    }

    mutating func render(_ inlines: [Inline]) {
        for (index, inline) in inlines.enumerated() {
            if index + 1 < inlines.count, case let .label(label) = inlines[index + 1].kind {
                if case let .math(tex, true) = inline.kind {
                    equation(tex, label: label, at: inline.range.start)
                    continue
                }
                if case .image = inline.kind { output += "<span class=\"figure-anchor\" id=\"" + MarkupEscaping.escape(label.name) + "\"></span>" }
            }
            if case .softBreak = inline.kind, breakVanishes(in: inlines, at: index) { continue }
            render(inline)
        }
    }

    /// Whether the soft break `inlines[index]` renders as nothing (`SoftBreak`). Kept out of `render(_:)`, whose
    /// stack frame every nesting level of the prose pays for (`NestingLimitRenderingTests`), and `mutating` so
    /// that calling it from there borrows the renderer instead of copying it (with its words) onto that frame.
    @inline(never)
    private mutating func breakVanishes(in inlines: [Inline], at index: Int) -> Bool {
        index > 0 && index + 1 < inlines.count
            && SoftBreak.vanishes(between: shownText(inlines[index - 1]).unicodeScalars.last,
                                  and: shownText(inlines[index + 1]).unicodeScalars.first)
    }

    /// The text a reader sees for `inline`, as far as a soft break beside it cares: a computed value's words
    /// (a status "已收敛" is Chinese, its `{fit.status}` is not), else the inline's plain text.
    private func shownText(_ inline: Inline) -> String {
        guard case .value = inline.kind else { return inline.plainText }
        return shown(values[inline.range.start]) ?? inline.plainText
    }

    /// The words a computed value shows on the page (a status as a word, a status sentence in the page's
    /// language); nil for a sweep's members, an error or a value not computed, which are drawn otherwise.
    private func shown(_ value: InlineValue?) -> String? {
        switch value {
        case let .text(shown)?: return shown
        case let .status(status)?: return words.statusWords(status.rawValue)
        case let .statusSentence(detail)?: return words.statusSentence(detail)
        default: return nil
        }
    }

    mutating func render(_ inline: Inline) {
        switch inline.kind {
        case let .text(literal): text(literal)
        case let .code(literal):
            output += "<code>"
            text(literal)
            output += "</code>"
        case let .value(_, literal), let .malformedValue(_, literal):
            value(literal, at: inline.range.start)
        case let .math(tex, display): math(tex, display: display, at: inline.range.start)
        case let .html(literal): output += RawImageTag.replacingSources(in: literal, with: files)
        case let .emphasis(children):
            output += "<em>"
            render(children)
            output += "</em>"
        case let .strong(children):
            output += "<strong>"
            render(children)
            output += "</strong>"
        case let .strikethrough(children):
            output += "<del>"
            render(children)
            output += "</del>"
        case let .footnoteReference(reference):
            footnoteReference(reference)
        case let .link(destination, title, children):
            output += "<a href=\"" + URLEscaping.href(files[destination] ?? NotebookLink.pageURL(destination)) + "\""
            if files[destination] != nil, let name = FileReference.localPath(destination)?.split(separator: "/").last {
                output += " download=\""
                text(String(name))
                output += "\""
            }
            if !title.isEmpty {
                output += " title=\""
                text(title)
                output += "\""
            }
            output += ">"
            render(children)
            output += "</a>"
        case let .image(source, title, children):
            image(source: source, title: title, children)
        case .softBreak: output += "\n"
        case .lineBreak: output += "<br />\n"
        case .label: break
        case let .crossReference(label, literal): crossReference(label, literal: literal)
        case let .citation(citation): self.citation(citation)
        }
    }

    /// `<img src alt title />`, the description as plain `alt` text.
    mutating func image(source: String, title: String, _ children: [Inline]) {
        output += "<img src=\"" + URLEscaping.href(files[source] ?? source) + "\" alt=\""
        text(children.map(\.plainText).joined())
        output += "\""
        if !title.isEmpty {
            output += " title=\""
            text(title)
            output += "\""
        }
        output += " />"
    }

    /// `<span class="value" data-ref="RUN.PATH">shown</span>`.
    private func valueSpan(_ literal: String, _ shown: String) -> String {
        let reference = String(literal.dropFirst().dropLast())
        return MarkupNode.el("span", [("class", "value"), ("data-ref", reference)], [.text(shown)]).render()
    }

    /// A computed value as text (a status as a word, a status sentence in the page's language), or a visible
    /// marker with the located error as tooltip.
    private mutating func value(_ literal: String, at location: SourceLocation) {
        if let text = shown(values[location]) {
            output += valueSpan(literal, text)
            return
        }
        switch values[location] {
        case .text, .status, .statusSentence:
            break  // shown above
        case let .members(sweep, texts)?:
            output += ExploreView.valueSpan(reference: String(literal.dropFirst().dropLast()), sweep: sweep, texts: texts).render()
        case let .failed(diagnostic)?:
            if let notice = DependentNotice.value(diagnostic, literal: literal) {
                output += notice.render()
                return
            }
            output += MarkupNode.el("span", [("class", "value-error"), ("title", diagnostic.headline)], [.text("⚠ " + literal)]).render()
        case nil:
            output += MarkupNode.el("span", [("class", "value-error"), ("title", "not computed")], [.text("⚠ " + literal)]).render()
        }
    }

    /// MathML (display math inside a `span.math-display` that scrolls sideways on a narrow screen, since a `<math>`
    /// element does not clip its own overflow), or the TeX in an error span whose tooltip is the located error.
    mutating func math(_ tex: String, display: Bool, at location: SourceLocation) {
        if mathErrors[location] == nil, let mathML = try? MathML.render(tex, display: display) {
            output += display ? "<span class=\"math-display\">" + mathML + "</span>" : mathML
            return
        }
        let title = mathErrors[location]?.headline ?? "invalid TeX"
        output += MarkupNode.el("span", [("class", "math-error"), ("title", title)], [.text(display ? "$$\(tex)$$" : "$\(tex)$")]).render()
    }
}
