import Foundation

/// Checks YAML text before Yams composes it, so that no input can make nbrun do unbounded work.
///
/// Yams expands every alias into a copy of its anchor's node, and hashes mapping keys node by node: nine anchors,
/// each a list of nine aliases of the previous one, are under 600 bytes and expand to 9⁹ nodes. nbrun refuses
/// anchors and aliases outright (config blocks share settings with `extends:` instead), before composing, and
/// refuses a document larger than `maxBytes`. Nesting depth is bounded later, while converting (`maxDepth`), and
/// libyaml itself stops at 1000 levels.
struct YAMLGuard {
    /// Largest YAML document (a config block or front matter), in UTF-8 bytes.
    static let maxBytes = 65_536
    /// Deepest nesting of sequences and mappings.
    static let maxDepth = 32
    /// Most nodes one document may hold.
    static let maxNodes = 20_000

    /// A refused construct: what it is and where (1-based line, 1-based column in Unicode scalars, as Yams marks).
    struct Finding: Equatable {
        /// `"anchor"` or `"alias"`.
        let kind: String
        /// The anchor name.
        let name: String
        /// Line in the YAML text, from 1.
        let line: Int
        /// Column in Unicode scalars, from 1.
        let column: Int
    }

    /// The first anchor (`&name`) or alias (`*name`) in `text`, outside quoted scalars, comments and block scalars.
    static func firstAnchorOrAlias(in text: String) -> Finding? {
        var blockIndent: Int?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            let indent = scalars.prefix { $0 == " " }.count
            if let block = blockIndent {
                if indent > block || indent == scalars.count { continue }
                blockIndent = nil
            }
            if let found = scan(scalars, line: index + 1) { return found }
            if opensBlockScalar(scalars) { blockIndent = indent }
        }
        return nil
    }

    /// Scans one line; `&` or `*` counts only where a YAML node may start (after an indicator or at line start).
    private static func scan(_ scalars: [Unicode.Scalar], line: Int) -> Finding? {
        var quote: Unicode.Scalar?
        var previous: Unicode.Scalar = " "
        var nodeMayStart = true
        for (offset, scalar) in scalars.enumerated() {
            if let open = quote {
                if scalar == open, !(open == "\"" && previous == "\\") { quote = nil }
                previous = scalar
                continue
            }
            if scalar == "#", previous == " " || previous == "\t" { return nil }
            if nodeMayStart, scalar == "&" || scalar == "*" {
                let name = String(String.UnicodeScalarView(scalars[(offset + 1)...].prefix(while: isNameScalar)))
                if !name.isEmpty {
                    return Finding(kind: scalar == "&" ? "anchor" : "alias", name: name, line: line, column: offset + 1)
                }
            }
            if nodeMayStart, scalar == "\"" || scalar == "'" { quote = scalar }
            if scalar != " " && scalar != "\t" {
                let next: Unicode.Scalar = offset + 1 < scalars.count ? scalars[offset + 1] : " "
                let indicator = "-?:".unicodeScalars.contains(scalar) && (next == " " || next == "\t")
                nodeMayStart = indicator || "[{,".unicodeScalars.contains(scalar)
            }
            previous = scalar
        }
        return nil
    }

    /// Anchor names run up to whitespace or a flow indicator.
    private static func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        !" \t\r[]{},".unicodeScalars.contains(scalar)
    }

    /// Whether the line ends by opening a literal or folded block scalar (`key: |`, `- >-`).
    private static func opensBlockScalar(_ scalars: [Unicode.Scalar]) -> Bool {
        var text = String(String.UnicodeScalarView(scalars))
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        guard let last = text.split(separator: " ").last, let first = last.first else { return false }
        return (first == "|" || first == ">") && last.dropFirst().allSatisfy { "+-0123456789".contains($0) }
    }
}
