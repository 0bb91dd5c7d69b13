/// The inline values inside a math span (`` $w = `{fit.params.weights[0]}`$ ``): a value's code span may stand in
/// TeX, and the runner puts the formatted number in its place before the TeX becomes MathML.
public enum MathValues {
    /// One `` `{RUN.PATH[:FORMAT]}` `` in a span's TeX.
    public struct Embedded: Hashable, Sendable {
        /// The reference.
        public var reference: ValueReference
        /// The code span's content as written, `{RUN.PATH}`.
        public var literal: String
        /// Where the code span stands in the TeX, backticks included.
        public var range: Range<String.Index>
        /// Where its opening backtick stands in the notebook file.
        public var location: SourceLocation
    }

    /// Each value of `tex`, the TeX of a math span that starts at `start`, in order. Code spans of one backtick
    /// whose whole content is a value reference count, exactly as in prose (`MathFinder` lets only those cross
    /// into a span).
    public static func find(in tex: String, start: SourceLocation) -> [Embedded] {
        var found: [Embedded] = []
        var index = tex.startIndex
        while let open = tex[index...].firstIndex(of: "`") {
            let afterOpen = tex.index(after: open)
            guard let close = tex[afterOpen...].firstIndex(of: "`") else { break }
            let content = String(tex[afterOpen..<close])
            if case let .success(reference)? = ValueReference.parse(content) {
                found.append(Embedded(reference: reference, literal: content, range: open..<tex.index(after: close),
                                      location: location(of: open, in: tex, start: start)))
                index = tex.index(after: close)
            } else {
                index = afterOpen
            }
        }
        return found
    }

    /// `tex` with each value replaced by the TeX that `replacement` gives for it.
    public static func substituting(_ tex: String, _ values: [Embedded], replacement: (Embedded) -> String) -> String {
        var result = "", index = tex.startIndex
        for value in values {
            result += tex[index..<value.range.lowerBound] + replacement(value)
            index = value.range.upperBound
        }
        return result + tex[index...]
    }

    /// The file location of `index` in `tex` (columns in UTF-8 bytes); on a later line of the span the column
    /// counts from the line's TeX, which is where it starts unless the span is indented or quoted.
    private static func location(of index: String.Index, in tex: String, start: SourceLocation) -> SourceLocation {
        let before = tex[..<index]
        let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1, let last = lines.last else {
            return SourceLocation(line: start.line, column: start.column + before.utf8.count)
        }
        return SourceLocation(line: start.line + lines.count - 1, column: last.utf8.count + 1)
    }
}
